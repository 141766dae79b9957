// Package assets embeds the app's icon and the article it opens on.
package assets

import _ "embed"

// DefaultArticle is the built-in article: Tasnim News Agency, 19 October
// 2016, "US, Russian Officials Meet in Geneva on Aleppo".
//
//go:embed geneva-aleppo-2016.txt
var DefaultArticle string

// Icon is the app icon, a 256x256 PNG.
//
//go:embed icon.png
var Icon []byte
