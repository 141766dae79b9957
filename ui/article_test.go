package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"newsatlas/atlas"
	"newsatlas/places"
)

// newTestArticle shows an article in a panel of its own and records the
// places its mentions are tapped for.
func newTestArticle(t *testing.T, art *atlas.Article) (*articlePanel, *[]int) {
	t.Helper()
	test.NewTempApp(t)
	var tapped []int
	p := newArticlePanel(func(place int) { tapped = append(tapped, place) })
	p.set(art)
	w := test.NewWindow(p.object())
	t.Cleanup(w.Close)
	w.Resize(fyne.NewSize(400, 600))
	return p, &tapped
}

func testGazetteer(t *testing.T) *places.Gazetteer {
	t.Helper()
	g, err := places.LoadGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func TestMultiWordMentionIsOneLink(t *testing.T) {
	art := atlas.DefaultArticle(testGazetteer(t))
	p, tapped := newTestArticle(t, art)
	mentions, links := 0, 0
	for _, pl := range art.Places {
		mentions += len(pl.Mentions)
	}
	for _, para := range p.paras {
		links += len(para.links)
	}
	if links != mentions {
		t.Errorf("%d links for %d mentions", links, mentions)
	}
	for _, name := range []string{"Saudi Arabia", "United States"} {
		m := p.mention(name)
		if m == nil {
			t.Fatalf("no %q mention link", name)
		}
		if len(m.parts) != 2 {
			t.Fatalf("%q is laid out in %d parts, want 2 (one a word)", name, len(m.parts))
		}
		*tapped = nil
		for _, w := range m.parts {
			test.Tap(w)
		}
		if len(*tapped) != 2 || (*tapped)[0] != (*tapped)[1] || art.Places[(*tapped)[0]].Name != name {
			t.Errorf("taps on the words of %q chose places %v", name, *tapped)
		}
		p.highlight(m.place)
		for _, w := range m.parts {
			if !w.highlighted {
				t.Errorf("%q: part %q not highlighted with its mention", name, w.Text)
			}
		}
		// The first word's link runs on under the space: one underline.
		first, second := m.parts[0], m.parts[1]
		if gap := second.Position().X - (first.Position().X + first.Size().Width); second.Position().Y == first.Position().Y && gap > 0.5 {
			t.Errorf("%q: %.1f px gap between the words' links", name, gap)
		}
	}
}
