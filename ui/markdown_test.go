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
// emphasis, a web link, a list and a quote.
const testMarkdown = "# Talks on *Aleppo* resume\n\n" +
	"Envoys from **Saudi Arabia** met\nin Lausanne, said [the report](https://example.org/r).\n\n" +
	"- Homs\n- _Hama_\n\n" +
	"> Damascus waits.\n"

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
	if len(p.paras) != 5 {
		var got []string
		for _, para := range p.paras {
			got = append(got, para.text)
		}
		t.Fatalf("%d paragraphs %q, want 5 (heading, the wrapped paragraph joined, two items, a quote)", len(p.paras), got)
	}
	// No markup is shown.
	for _, para := range p.paras {
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
	for _, name := range []string{"Aleppo", "Lausanne", "Homs", "Hama", "Damascus"} {
		if p.mention(name) == nil {
			t.Errorf("no %s mention link", name)
		}
	}
}

// TestGoldenMarkdownArticle compares the article panel showing a Markdown
// article with testdata/markdown-article.png: a heading, a paragraph of
// joined lines with bold and a web link, bullets, a quote with its bar.
// Set NEWSATLAS_UPDATE_GOLDEN=1 to write it again.
func TestGoldenMarkdownArticle(t *testing.T) {
	p, _ := newTestArticle(t, markdownArticle(t))
	c := fyne.CurrentApp().Driver().CanvasForObject(p.object())
	if c == nil {
		t.Fatal("the panel is in no window")
	}
	golden.Check(t, "markdown-article.png", c.Capture(), golden.Noise)
}
