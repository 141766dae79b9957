package articletext

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// htmlText reduces an HTML page to its readable text: no head, scripts, styles, attributes
// or anything fetched. Block elements become line breaks (at most one blank line between
// paragraphs), other tags that are not inline word breaks, and runs of white space one
// space. The map leads the text's byte offsets back to the page's: a word to its bytes in
// the page, a decoded entity to the entity.
func htmlText(s string) (string, sourceMap) {
	var r htmlReducer
	z := html.NewTokenizer(strings.NewReader(s))
	pos := 0
	for {
		tt := z.Next()
		raw := z.Raw()
		at := pos
		pos += len(raw)
		switch tt {
		case html.ErrorToken:
			return r.tb.b.String(), r.tb.m
		case html.StartTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			r.tag(string(name), tt == html.StartTagToken, false)
		case html.EndTagToken:
			name, _ := z.TagName()
			r.tag(string(name), false, true)
		case html.TextToken:
			if r.skip == 0 && !r.inHead {
				r.text(s[at:pos], at)
			}
		}
	}
}

// htmlReducer is the state of htmlText between tokens.
type htmlReducer struct {
	tb     textBuilder
	skip   int  // depth in elements whose text is not read (script, style...)
	inHead bool // in <head>, which <body> also ends
	breaks int  // line breaks due before the next word
	space  bool // a space is due before the next word
	// spaceAt is the page offset of the one ' ' the due space stands for, or -1
	spaceAt int
}

// tag notes what a start, self-closing or end tag does to the text.
func (r *htmlReducer) tag(name string, start, end bool) {
	switch {
	case name == "head":
		r.inHead = start
	case name == "body":
		r.inHead = false
	case skippedElements[name]:
		if start || !end && rawText[name] {
			r.skip++
		} else if end && r.skip > 0 {
			r.skip--
		}
	case name == "br" || blockElements[name]:
		r.breaks++
	case !inlineElements[name]:
		r.space, r.spaceAt = true, -1
	}
}

// text appends the words of a text token, raw as the page has it at offset at: entities are
// decoded, white space collapsed.
func (r *htmlReducer) text(raw string, at int) {
	for i := 0; i < len(raw); {
		if raw[i] == '&' {
			if n, dec := entityAt(raw[i:]); n > 0 {
				if strings.TrimSpace(dec) == "" {
					r.space, r.spaceAt = true, -1
				} else {
					r.flush(at + i)
					r.tb.stand(dec, at+i, at+i+n)
				}
				i += n
				continue
			}
		}
		c, n := utf8.DecodeRuneInString(raw[i:])
		if unicode.IsSpace(c) {
			if c == ' ' && !r.space {
				r.spaceAt = at + i
			} else {
				r.spaceAt = -1
			}
			r.space = true
		} else {
			r.flush(at + i)
			r.tb.copy(raw[i:i+n], at+i)
		}
		i += n
	}
}

// flush writes the line breaks or the space due before a word at page offset at.
func (r *htmlReducer) flush(at int) {
	if r.tb.len() > 0 {
		switch {
		case r.breaks >= 2:
			r.tb.stand("\n\n", at, at)
		case r.breaks == 1:
			r.tb.stand("\n", at, at)
		case r.space && r.spaceAt >= 0:
			r.tb.copy(" ", r.spaceAt) // the page's own space: the piece before goes on
		case r.space:
			r.tb.stand(" ", at, at)
		}
	}
	r.breaks, r.space = 0, false
}

// entityAt reads the character reference s starts with (&amp;, &#233;, &eacute), returning
// its length in s and what it decodes to, or 0 when s does not start with one.
func entityAt(s string) (int, string) {
	j := 1
	for j < len(s) && j < 40 && (isAlnum(s[j]) || j == 1 && s[j] == '#') {
		j++
	}
	if j < len(s) && s[j] == ';' {
		j++
	}
	// the shortest prefix that decodes as the whole does: "&ampx" is "&amp" and "x"
	whole := html.UnescapeString(s[:j])
	for k := 2; k <= j; k++ {
		if dec := html.UnescapeString(s[:k]); dec != s[:k] && dec+s[k:j] == whole {
			return k, dec
		}
	}
	return 0, ""
}

func isAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// skippedElements are the elements whose text is not the article's.
var skippedElements = map[string]bool{"script": true, "style": true, "noscript": true, "template": true, "svg": true, "math": true, "iframe": true, "object": true}

// rawText are the skipped elements whose text runs to their end tag even when the start
// tag closes itself (<script/> opens a script, as in a browser).
var rawText = map[string]bool{"script": true, "style": true, "noscript": true, "iframe": true}

// blockElements are the elements that start and end a line.
var blockElements = map[string]bool{
	"p": true, "div": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"li": true, "ul": true, "ol": true, "dl": true, "dt": true, "dd": true, "tr": true, "table": true,
	"section": true, "article": true, "header": true, "footer": true, "blockquote": true, "title": true,
	"figure": true, "figcaption": true, "pre": true, "hr": true, "main": true, "aside": true, "nav": true,
	"address": true, "caption": true,
}

// inlineElements are the elements inside a word or a sentence: they break neither.
var inlineElements = map[string]bool{
	"a": true, "abbr": true, "b": true, "bdi": true, "bdo": true, "cite": true, "code": true, "data": true,
	"dfn": true, "em": true, "font": true, "i": true, "kbd": true, "mark": true, "q": true, "s": true,
	"samp": true, "small": true, "span": true, "strong": true, "sub": true, "sup": true, "time": true,
	"u": true, "var": true, "wbr": true, "ins": true, "del": true,
}
