package ui

import (
	"image/color"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"github.com/paulmach/orb"

	"newsatlas/atlas"
	"newsatlas/places"
	"newsatlas/render"
)

// newTestArticle shows an article in a panel of its own and records the
// places its mentions are tapped for.
func newTestArticle(t *testing.T, art *atlas.Article) (*articlePanel, *[]int) {
	t.Helper()
	newLoopApp(t)
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

func TestDemonymLinkIsLighter(t *testing.T) {
	art := atlas.DefaultArticle(testGazetteer(t))
	p, _ := newTestArticle(t, art)
	demonym, name := p.mention("Syrian"), p.mention("Aleppo")
	if demonym == nil || name == nil {
		t.Fatal("no Syrian or Aleppo mention link")
	}
	if !demonym.demonym || name.demonym {
		t.Fatalf("demonym flags: Syrian %t, Aleppo %t", demonym.demonym, name.demonym)
	}
	dr := test.WidgetRenderer(demonym.parts[0]).(*linkRenderer)
	nr := test.WidgetRenderer(name.parts[0]).(*linkRenderer)
	if dr.text.Color == nr.text.Color {
		t.Errorf("demonym and name links share the text colour %v", dr.text.Color)
	}
	if nr.line.FillColor == color.Transparent || dr.line.FillColor != color.Transparent {
		t.Errorf("solid underline: name %v, demonym %v", nr.line.FillColor, dr.line.FillColor)
	}
	if dr.dotColor == color.Transparent || nr.dotColor != color.Transparent {
		t.Errorf("dotted underline: demonym %v, name %v", dr.dotColor, nr.dotColor)
	}
	// The dots are drawn: some pixels of the underline are set, some not.
	img := dr.dots.Generator(8, 1)
	if _, _, _, a := img.At(0, 0).RGBA(); a == 0 {
		t.Error("the dotted underline starts with a gap")
	}
	if _, _, _, a := img.At(2, 0).RGBA(); a != 0 {
		t.Error("the dotted underline has no gaps")
	}
}

func TestDemonymFitsItsCountry(t *testing.T) {
	w := newTestWindow(t)
	m := w.article.mention("Syrian")
	if m == nil {
		t.Fatal("no Syrian mention link")
	}
	w.Map.SetView(render.Viewport{Center: eastAleppo, Zoom: 13}) // a city view, as after a city's mention
	await(w.Map.WaitIdle)
	test.Tap(m.parts[0])
	await(w.Map.WaitIdle)
	if got := w.Atlas.Article.Places[m.place].Name; got != "Syria" {
		t.Fatalf("Syrian names %q", got)
	}
	size := w.Map.Size()
	// Syria's corners are all in view, and it is not a world view.
	for _, c := range []orb.Point{{35.7, 32.4}, {42.3, 32.4}, {35.7, 37.3}, {42.3, 37.3}} {
		if pos := w.Map.PositionOf(c); pos.X < 0 || pos.Y < 0 || pos.X > size.Width || pos.Y > size.Height {
			t.Errorf("Syria's corner %v at %v, outside the map's %v", c, pos, size)
		}
	}
	if z := w.Map.View().Zoom; z < 4 {
		t.Errorf("zoom %.1f after Syrian: wider than the country", z)
	}
	sel := w.Map.Selected()
	if sel == nil || sel.Layer.Name != atlas.Places || sel.Feature != m.place {
		t.Errorf("selected %+v, want the Syria pin", sel)
	}
}
