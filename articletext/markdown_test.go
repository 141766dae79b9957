package articletext

import (
	"strings"
	"testing"

	"newsatlas/assets"
)

// TestMarkdownText renders Markdown to the words the window shows, one block a paragraph,
// and maps every word back to its bytes in the source.
func TestMarkdownText(t *testing.T) {
	tests := []struct {
		name, src, want string
		blocks          []Block // Start, End, Heading, List, Marker, Quote, Code checked
	}{
		{"heading and a wrapped paragraph", "# Talks in Geneva\n\nTroops moved\ninto Aleppo.\n",
			"Talks in Geneva\n\nTroops moved into Aleppo.",
			[]Block{{Start: 0, End: 15, Heading: 1}, {Start: 17, End: 42}}},
		{"emphasis and links leave their words", "In **Saudi Arabia** and *Iran*, [Homs](http://x) too.",
			"In Saudi Arabia and Iran, Homs too.",
			[]Block{{Start: 0, End: 35}}},
		{"lists", "- Homs\n- Hama\n\n3. one\n4. two\n",
			"Homs\n\nHama\n\none\n\ntwo",
			[]Block{{Start: 0, End: 4, List: 1, Marker: "•"}, {Start: 6, End: 10, List: 1, Marker: "•"}, {Start: 12, End: 15, List: 1, Marker: "3."}, {Start: 17, End: 20, List: 1, Marker: "4."}}},
		{"quote", "> Aleppo\n> burns", "Aleppo burns", []Block{{Start: 0, End: 12, Quote: 1}}},
		{"code", "    a := 1\n    b := 2\n", "a := 1\nb := 2", []Block{{Start: 0, End: 13, Code: true}}},
		{"escapes and entities", `Gen&egrave;ve \*not\* A&amp;B`, "Genève *not* A&B", []Block{{Start: 0, End: 17}}},
		{"html and images dropped", "<div>x</div>\n\nAleppo ![map](m.png)", "Aleppo ", []Block{{Start: 0, End: 7}}},
		{"table", "Held:\n\n| City | By |\n|---|--:|\n| **Aleppo** | army |\n| Homs \\| Hama |\n\nAfter.",
			"Held:\n\nCity\tBy\nAleppo\tarmy\nHoms | Hama\t\n\nAfter.",
			[]Block{{Start: 0, End: 5}, {Start: 7, End: 39}, {Start: 41, End: 47}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, m, blocks := markdownText(tt.src)
			if got != tt.want {
				t.Fatalf("text %q, want %q", got, tt.want)
			}
			if len(blocks) != len(tt.blocks) {
				t.Fatalf("%d blocks %+v, want %d", len(blocks), blocks, len(tt.blocks))
			}
			for i, b := range blocks {
				w := tt.blocks[i]
				if b.Start != w.Start || b.End != w.End || b.Heading != w.Heading || b.List != w.List || b.Marker != w.Marker || b.Quote != w.Quote || b.Code != w.Code {
					t.Errorf("block %d: %+v, want %+v", i, b, tt.blocks[i])
				}
			}
			// every letter maps to the same letter in the source, in order
			last := 0
			for i := 0; i < len(got); i++ {
				c := got[i]
				if c == ' ' || c == '\n' || c == '\t' || c >= 0x80 || c == '*' || c == '&' || c == '|' {
					continue
				}
				s := m.start(i)
				if s < last || s >= len(tt.src) || tt.src[s] != c {
					t.Fatalf("text byte %d (%q) maps to source byte %d (after %d)", i, c, s, last)
				}
				last = s
			}
		})
	}
}

// TestMarkdownTable reads a pipe table's cells, row by row, each a block of the text
// with its spans, and leads each cell back to its bytes in the source.
func TestMarkdownTable(t *testing.T) {
	src := "> | City | Held by |\n> | :--- | ---: |\n> | *Aleppo* | [army](https://a.example) |\n> | `Idlib` |\n"
	text, m, blocks := markdownText(src)
	if len(blocks) != 1 || blocks[0].Table == nil {
		t.Fatalf("blocks %+v, want one table", blocks)
	}
	tb := blocks[0]
	if tb.Quote != 1 || tb.Start != 0 || tb.End != len(text) {
		t.Errorf("table block %+v in %q: want the whole text, in a quote", tb, text)
	}
	want := [][]string{{"City", "Held by"}, {"Aleppo", "army"}, {"Idlib", ""}}
	styles := [][]SpanStyle{{0, 0}, {Italic, Link}, {Code, 0}}
	if len(tb.Table) != len(want) {
		t.Fatalf("%d rows %+v, want %d", len(tb.Table), tb.Table, len(want))
	}
	for r, row := range tb.Table {
		if len(row) != len(want[r]) {
			t.Fatalf("row %d: %d cells, want %d", r, len(row), len(want[r]))
		}
		for c, cell := range row {
			if got := text[cell.Start:cell.End]; got != want[r][c] {
				t.Errorf("cell %d,%d: %q, want %q", r, c, got, want[r][c])
			}
			var st SpanStyle
			for _, s := range cell.Spans {
				st |= s.Style
			}
			if st != styles[r][c] {
				t.Errorf("cell %d,%d: style %d, want %d", r, c, st, styles[r][c])
			}
			if cell.Start < cell.End {
				if s, e := m.start(cell.Start), m.end(cell.End); src[s:e] != want[r][c] {
					t.Errorf("cell %d,%d maps to source %q", r, c, src[s:e])
				}
			}
		}
	}
}

// TestMarkdownSpans finds the styled runs: bold, italic, code and links with their
// destinations.
func TestMarkdownSpans(t *testing.T) {
	text, _, blocks := markdownText("A **bold _both_** `code` [Homs](https://homs.example) <https://a.example>")
	if len(blocks) != 1 {
		t.Fatalf("%d blocks, want 1", len(blocks))
	}
	type sp struct {
		text  string
		style SpanStyle
		url   string
	}
	var got []sp
	for _, s := range blocks[0].Spans {
		got = append(got, sp{text[s.Start:s.End], s.Style, s.URL})
	}
	want := []sp{{"bold both", Bold, ""}, {"both", Italic, ""}, {"code", Code, ""}, {"Homs", Link, "https://homs.example"}, {"https://a.example", Link, "https://a.example"}}
	if len(got) != len(want) {
		t.Fatalf("spans %+v, want %+v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("span %d: %+v, want %+v", i, got[i], want[i])
		}
	}
}

// BenchmarkMarkdownText renders a Markdown article of about 8 KB: the built-in article's
// paragraphs as Markdown with headings, emphasis, links and a list.
func BenchmarkMarkdownText(b *testing.B) {
	var sb strings.Builder
	for i, para := range strings.Split(assets.DefaultArticle, "\n") {
		switch {
		case strings.TrimSpace(para) == "":
			continue
		case i%5 == 0:
			sb.WriteString("## " + para + "\n\n")
		case i%5 == 1:
			sb.WriteString("- **" + para + "**\n- [a link](https://example.org) and *more*\n\n")
		default:
			sb.WriteString(strings.ReplaceAll(para, ". ", ".\n") + "\n\n")
		}
	}
	src := sb.String()
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		markdownText(src)
	}
}
