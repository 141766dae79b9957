package atlas

import (
	"fmt"
	"image/color"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geojson"

	"newsatlas/assets"
	"newsatlas/layer"
	"newsatlas/places"
	"newsatlas/style"
)

// MaxArticleBytes is the largest article opened.
const MaxArticleBytes = 8 << 20

// Article is a text and the places it names.
type Article struct {
	Path   string // "" for the built-in article
	Title  string // its first non-blank line
	Text   string
	Places []places.Place
}

// DefaultArticle is the built-in October 2016 article on the Geneva talks
// about Aleppo, with its places found.
func DefaultArticle(g *places.Gazetteer) *Article {
	return NewArticle("", assets.DefaultArticle, g)
}

// NewArticle finds the places in text.
func NewArticle(path, text string, g *places.Gazetteer) *Article {
	a := &Article{Path: path, Text: text, Places: g.Find(text)}
	for _, line := range strings.Split(text, "\n") {
		if t := strings.TrimSpace(line); t != "" {
			a.Title = t
			break
		}
	}
	return a
}

// IsArticle reports whether a path names an article rather than a layer.
func IsArticle(path string) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".txt", ".md", ".markdown", ".text", ".htm", ".html":
		return true
	}
	return false
}

// LoadArticle reads an article file: plain text, Markdown or HTML (reduced
// to its text). The error names the file.
func LoadArticle(path string, g *places.Gazetteer) (*Article, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, unwrap(err))
	}
	if fi.IsDir() {
		return nil, fmt.Errorf("%s: is a directory, not an article", path)
	}
	if fi.Size() > MaxArticleBytes {
		return nil, fmt.Errorf("%s: too large for an article (%d MiB; up to %d MiB)", path, fi.Size()>>20, MaxArticleBytes>>20)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, unwrap(err))
	}
	text, err := articleText(path, b)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return NewArticle(path, text, g), nil
}

// articleText checks an article is text and reduces HTML to its text.
func articleText(path string, b []byte) (string, error) {
	if strings.TrimSpace(string(b)) == "" {
		return "", fmt.Errorf("empty file, no text in it")
	}
	if len(b) >= 2 && (b[0] == 0xff && b[1] == 0xfe || b[0] == 0xfe && b[1] == 0xff) {
		return "", fmt.Errorf("UTF-16 text; save it as UTF-8")
	}
	if strings.IndexByte(string(b[:min(len(b), 4096)]), 0) >= 0 {
		return "", fmt.Errorf("binary data, not an article")
	}
	if !utf8.Valid(b) {
		return "", fmt.Errorf("not UTF-8 text; save it as UTF-8")
	}
	s := strings.TrimPrefix(string(b), "\ufeff")
	switch strings.ToLower(filepath.Ext(path)) {
	case ".htm", ".html":
		return htmlText(s), nil
	}
	return s, nil
}

// pinStyle is how the article's places are pinned.
func pinStyle() style.Style {
	s := style.Spec
	s.MarkerColor = color.NRGBA{0xd7, 0x26, 0x3d, 0xff}
	s.MarkerSize = "medium"
	return s
}

// Layer is the article's places as the pins layer: one point per place
// with its name, kind and mention count.
func (a *Article) Layer() *layer.Layer {
	fc := geojson.NewFeatureCollection()
	for _, p := range a.Places {
		f := geojson.NewFeature(orb.Point{p.Lon, p.Lat})
		f.Properties["name"] = p.Name
		f.Properties["kind"] = p.Kind
		f.Properties["mentions"] = len(p.Mentions)
		fc.Append(f)
	}
	st := pinStyle()
	return layer.FromCollection(Places, "places named in the article, found with the built-in gazetteer", fc, func(*geojson.Feature) style.Style { return st })
}

// PlaceIndex is the index of the place a pin feature stands for.
func (a *Article) PlaceIndex(feature int) int { return feature }
