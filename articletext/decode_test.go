package articletext

import (
	"strings"
	"testing"
)

// TestHTMLText reduces pages to the text the window shows and maps every word back to
// its bytes in the page.
func TestHTMLText(t *testing.T) {
	tests := []struct {
		name, page, want string
	}{
		{"paragraphs", "<p>One  two</p>\n\n<p>three</p>", "One two\n\nthree"},
		{"line break", "<div>a<br>b</div>", "a\nb"},
		{"inline markup inside a word", "<p>Ale<b>ppo</b>, <a href='x'>Syria</a></p>", "Aleppo, Syria"},
		{"cells are words apart", "<table><tr><td>Homs</td><td>Hama</td></tr></table>", "Homs Hama"},
		{"head, scripts and attributes", `<html><head><title>T</title><script>x</script></head><body title="Moscow"><p>Geneva</p><script src="a"></script><style>p{}</style></body></html>`, "Geneva"},
		{"head without its end tag", "<head><meta charset=utf-8><body>Geneva", "Geneva"},
		{"self-closing script", "<script/>x</script><p>Geneva</p>", "Geneva"},
		{"entities", "Gen&egrave;ve&nbsp;&amp; Lyon &ampx &#233;", "Genève & Lyon &x é"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, m := htmlText(tt.page)
			if got != tt.want {
				t.Fatalf("text %q, want %q", got, tt.want)
			}
			// every byte of a word maps into the page, in order
			last := 0
			for i := 0; i < len(got); i++ {
				if got[i] == ' ' || got[i] == '\n' {
					continue
				}
				s, e := m.start(i), m.end(i+1)
				if s < last || e <= s || e > len(tt.page) {
					t.Fatalf("text byte %d (%q) maps to page bytes %d-%d (after %d)", i, got[i], s, e, last)
				}
				last = s
			}
		})
	}
}

// TestArticleText decodes each encoding an article may come in and maps offsets in its
// text back to the file.
func TestArticleText(t *testing.T) {
	tests := []struct {
		name, file string
		data       []byte
		want       string
		word       string // a word of want, found in the file at [start, end)
		start, end int
	}{
		{"UTF-8", "a.txt", []byte("in Aleppo"), "in Aleppo", "Aleppo", 3, 9},
		{"UTF-8 BOM", "a.txt", []byte("\ufeffin Aleppo"), "in Aleppo", "Aleppo", 6, 12},
		{"UTF-16 LE", "a.txt", []byte("\xff\xfei\x00n\x00 \x00\xe9\x00A\x00"), "in éA", "éA", 8, 12},
		{"UTF-16 BE", "a.txt", []byte("\xfe\xff\x00i\x00n\x00 \xd8\x3d\xde\x00\x00A"), "in 😀A", "😀A", 8, 14},
		{"HTML in UTF-16", "a.html", []byte("\xff\xfe<\x00p\x00>\x00A\x00b\x00<\x00/\x00p\x00>\x00"), "Ab", "Ab", 8, 12},
		{"HTML sniffed on standard input", "-", []byte("<!DOCTYPE html><p>Aleppo</p>"), "Aleppo", "Aleppo", 18, 24},
		{"not HTML by its name", "a.txt", []byte("<html><p>Aleppo</p>"), "<html><p>Aleppo</p>", "Aleppo", 9, 15},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tx, err := Decode(tt.file, tt.data)
			if err != nil {
				t.Fatal(err)
			}
			got := tx.Text
			if got != tt.want {
				t.Fatalf("text %q, want %q", got, tt.want)
			}
			i := strings.Index(got, tt.word)
			start, end := tx.FileSpan(i, i+len(tt.word))
			if start != tt.start || end != tt.end {
				t.Errorf("%q at file bytes %d-%d, want %d-%d", tt.word, start, end, tt.start, tt.end)
			}
		})
	}
}

// TestHTMLTextPieces: a paragraph of words with single spaces is one piece of the map, so
// that a long page's map stays small.
func TestHTMLTextPieces(t *testing.T) {
	text, m := htmlText("<html><body><p>Talks in Geneva on Aleppo, and in Moscow.</p>\n<p>Then Tehran.</p></body></html>")
	if text != "Talks in Geneva on Aleppo, and in Moscow.\n\nThen Tehran." || len(m.pieces) != 3 {
		t.Errorf("text %q in %d pieces %+v, want 3", text, len(m.pieces), m.pieces)
	}
}

// FuzzArticleText reads any bytes as a text or HTML article: no panic, and every byte of
// the text maps to file offsets in order and within the file.
func FuzzArticleText(f *testing.F) {
	for _, s := range []string{"in Aleppo", "\ufeffin Aleppo", "\xff\xfeA\x00\x3d\xd8\x00\xde", "\xfe\xff\xd8\x3d",
		"<p>Gen&egrave;ve &amp;&nbsp;x</p><script>y", "<head><body>a<br/>b</p>", "&#x1F600;&#;&"} {
		f.Add(s, true)
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, data string, page bool) {
		name := "a.txt"
		if page {
			name = "a.html"
		}
		tx, err := Decode(name, []byte(data))
		if err != nil {
			return
		}
		text := tx.Text
		last := 0
		for i := 0; i < len(text); i++ {
			start, end := tx.FileSpan(i, i+1)
			if start < last || end < start || end > len(data) {
				t.Fatalf("text byte %d maps to %d-%d (after %d) in %d bytes", i, start, end, last, len(data))
			}
			last = start
		}
	})
}
