package ui

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"newsatlas/atlas"
	"newsatlas/internal/golden"
)

// testMarkdown is a Markdown article with a heading, hard-wrapped lines,
// emphasis, a web link, a list, a quote and a table.
const testMarkdown = "# Talks on *Aleppo* resume\n\n" +
	"Envoys from **Saudi Arabia** met\nin Lausanne, said [the report](https://example.org/r).\n\n" +
	"- Homs\n- _Hama_\n\n" +
	"> Damascus waits.\n\n" +
	"| Town | Held by |\n| --- | --- |\n| Idlib | *rebels* since 2015 |\n| Palmyra | ISIL |\n"

func markdownArticle(t *testing.T) *atlas.Article {
	t.Helper()
	art, err := atlas.ReadArticle("talks.md", strings.NewReader(testMarkdown), testGazetteer(t))
	if err != nil {
		t.Fatal(err)
	}
	return art
}

// words are a paragraph's words as the panel draws them, with their
// styles: plain texts and links alike.
func words(para *paragraph) (out []string, styles []fyne.TextStyle) {
	for _, o := range para.flow.words {
		switch o := o.(type) {
		case *canvas.Text:
			if o.Text != " " && o.Text != "\n" {
				out, styles = append(out, o.Text), append(styles, o.TextStyle)
			}
		case *linkWord:
			out, styles = append(out, strings.TrimSpace(o.Text)), append(styles, o.style)
		}
	}
	return out, styles
}

func TestMarkdownArticlePanel(t *testing.T) {
	art := markdownArticle(t)
	if got := Title(&atlas.Atlas{Article: art}); got != "News Atlas - Talks on Aleppo resume" {
		t.Errorf("title %q", got)
	}
	p, tapped := newTestArticle(t, art)
	if len(p.paras) != 6 {
		var got []string
		for _, para := range p.paras {
			got = append(got, para.text)
		}
		t.Fatalf("%d paragraphs %q, want 6 (heading, the wrapped paragraph joined, two items, a quote, a table)", len(p.paras), got)
	}
	// No markup is shown.
	var all []*paragraph
	for _, para := range p.paras {
		if para.cells == nil {
			all = append(all, para)
		}
		for _, row := range para.cells {
			all = append(all, row...)
		}
	}
	for _, para := range all {
		ws, _ := words(para)
		for _, w := range ws {
			if strings.ContainsAny(w, "#*_[]>") {
				t.Errorf("markup %q shown in %q", w, para.text)
			}
		}
	}
	head, body := p.paras[0], p.paras[1]
	if ws, st := words(head); len(ws) != 4 || !st[0].Bold || !st[2].Bold || !st[2].Italic {
		t.Errorf("heading words %q styles %+v: want bold, Aleppo bold italic", ws, st)
	}
	if h, b := head.flow.words[0].(*canvas.Text).TextSize, theme.TextSize(); h <= b {
		t.Errorf("heading size %.0f, body %.0f", h, b)
	}
	ws, st := words(body)
	if want := []string{"Envoys", "from", "Saudi", "Arabia", "met", "in", "Lausanne", ",", "said", "the", "report", "."}; !slices.Equal(ws, want) {
		t.Errorf("body words %q, want %q (the wrapped lines joined)", ws, want)
	}
	for i, w := range ws {
		if (w == "Saudi" || w == "Arabia") != st[i].Bold {
			t.Errorf("%q bold %t", w, st[i].Bold)
		}
	}
	// The web link is a link, not a place.
	var web *linkWord
	for _, o := range body.flow.words {
		if l, ok := o.(*linkWord); ok && l.Text == "report" {
			web = l
		}
	}
	if web == nil {
		t.Error("the report link is no link")
	}
	// Saudi Arabia is one mention in two words, and taps as its place.
	m := p.mention("Saudi Arabia")
	if m == nil || len(m.parts) != 2 {
		t.Fatalf("Saudi Arabia mention %+v", m)
	}
	test.Tap(m.parts[1])
	if len(*tapped) != 1 || art.Places[(*tapped)[0]].Name != "Saudi Arabia" {
		t.Errorf("tapped %v", *tapped)
	}
	// The list items carry their bullets; the quote its bar.
	for _, i := range []int{2, 3} {
		if p.paras[i].block.Marker != "•" || p.paras[i].obj == fyne.CanvasObject(p.paras[i].flow) {
			t.Errorf("list item %q: marker %q, not indented", p.paras[i].text, p.paras[i].block.Marker)
		}
	}
	if ws, st := words(p.paras[3]); len(ws) != 1 || !st[0].Italic {
		t.Errorf("item Hama: %q %+v", ws, st)
	}
	if q := p.paras[4]; q.block.Quote != 1 || q.obj == fyne.CanvasObject(q.flow) || q.flow.Position().X <= 0 {
		t.Errorf("quote %q at x %.0f, not set off", q.text, q.flow.Position().X)
	}
	for _, name := range []string{"Aleppo", "Lausanne", "Homs", "Hama", "Damascus", "Idlib", "Palmyra"} {
		if p.mention(name) == nil {
			t.Errorf("no %s mention link", name)
		}
	}
}

// TestMarkdownTablePanel lays a Markdown table out as a grid: the header
// row bold, the cells of a row side by side, the rows one under the
// other, a mention in a cell a link that taps and highlights as its place.
func TestMarkdownTablePanel(t *testing.T) {
	art := markdownArticle(t)
	p, tapped := newTestArticle(t, art)
	tbl := p.paras[len(p.paras)-1]
	if len(tbl.cells) != 3 || len(tbl.cells[0]) != 2 {
		t.Fatalf("table cells %+v, want 3 rows of 2", tbl.cells)
	}
	want := [][]string{{"Town", "Held by"}, {"Idlib", "rebels since 2015"}, {"Palmyra", "ISIL"}}
	for r, row := range tbl.cells {
		for c, cell := range row {
			ws, st := words(cell)
			if got := strings.Join(ws, " "); got != want[r][c] {
				t.Errorf("cell %d,%d: %q, want %q", r, c, got, want[r][c])
			}
			if st[0].Bold != (r == 0) {
				t.Errorf("cell %d,%d: bold %t", r, c, st[0].Bold)
			}
		}
	}
	if _, st := words(tbl.cells[1][1]); !st[0].Italic {
		t.Errorf("rebels not italic: %+v", st)
	}
	// The grid: a row's cells side by side, the rows one under the other,
	// all within the panel.
	pos := func(r, c int) fyne.Position { return tbl.cells[r][c].flow.Position() }
	for r := range tbl.cells {
		left, right := tbl.cells[r][0].flow, tbl.cells[r][1].flow
		if right.Position().X < left.Position().X+left.Size().Width || right.Position().Y != left.Position().Y {
			t.Errorf("row %d: cells at %v and %v (width %.0f), not side by side", r, left.Position(), right.Position(), left.Size().Width)
		}
		if r > 0 && pos(r, 0).Y <= pos(r-1, 0).Y+tbl.cells[r-1][0].flow.Size().Height {
			t.Errorf("row %d at y %.0f, not under row %d at %.0f", r, pos(r, 0).Y, r-1, pos(r-1, 0).Y)
		}
	}
	if w := tbl.obj.Size().Width; w <= 0 || w > p.box.Size().Width {
		t.Errorf("table %.0f wide in a panel %.0f wide", w, p.box.Size().Width)
	}
	if tbl.obj.Size().Height < 3*tbl.cells[0][0].flow.Size().Height {
		t.Errorf("table %.0f high for 3 rows of %.0f", tbl.obj.Size().Height, tbl.cells[0][0].flow.Size().Height)
	}
	// In a narrow panel the wide column wraps and the narrow one keeps its
	// width: the table still fits.
	oneLine := tbl.cells[1][1].flow.Size().Height
	town := tbl.cells[1][0].flow.Size().Width
	fyne.CurrentApp().Driver().CanvasForObject(p.object()).Content().Resize(fyne.NewSize(150, 600))
	for range 3 { // the cells find their heights, the panel lays out again
		p.box.Refresh()
	}
	if right := tbl.cells[1][1].flow; right.Position().X+right.Size().Width > p.box.Size().Width+1 || right.Size().Height <= oneLine {
		t.Errorf("narrow panel %.0f: the wide cell at x %.0f, %.0f by %.0f (one line %.0f): not wrapped within it",
			p.box.Size().Width, right.Position().X, right.Size().Width, right.Size().Height, oneLine)
	}
	if w := tbl.cells[1][0].flow.Size().Width; w != town {
		t.Errorf("the narrow column went from %.0f to %.0f wide", town, w)
	}
	m := p.mention("Idlib")
	if m == nil {
		t.Fatal("no Idlib link in the table")
	}
	test.Tap(m.parts[0])
	if len(*tapped) != 1 || art.Places[(*tapped)[0]].Name != "Idlib" {
		t.Fatalf("tapped %v", *tapped)
	}
	p.highlight(m.place)
	if !m.parts[0].highlighted {
		t.Error("the Idlib link in the table is not highlighted with its place")
	}
}

// TestGoldenMarkdownArticle compares the article panel showing a Markdown
// article with testdata/markdown-article.png: a heading, a paragraph of
// joined lines with bold and a web link, bullets, a quote with its bar, a
// table with its header band.
// Set NEWSATLAS_UPDATE_GOLDEN=1 to write it again.
func TestGoldenMarkdownArticle(t *testing.T) {
	p, _ := newTestArticle(t, markdownArticle(t))
	c := fyne.CurrentApp().Driver().CanvasForObject(p.object())
	if c == nil {
		t.Fatal("the panel is in no window")
	}
	golden.Check(t, "markdown-article.png", c.Capture(), golden.Noise)
}
