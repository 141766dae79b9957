package ui

import (
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"github.com/paulmach/orb"
)

// TestRepinFromInfoPanel picks Paris, US in the info panel's list of
// readings: the pin moves at once, stays selected, and the choice comes
// back when the article is opened again.
func TestRepinFromInfoPanel(t *testing.T) {
	w := newTestWindow(t)
	dir := t.TempDir()
	story := filepath.Join(dir, "paris.txt")
	writeInput(t, story, "Talks in Paris\n\nMinisters met in Paris on Monday, then left Paris at noon.\n")
	w.OpenFiles([]string{story})
	test.Tap(w.article.link("Paris"))
	await(w.Map.WaitIdle)
	if !w.info.pinBox.Visible() || len(w.info.pinTo.Options) < 2 {
		t.Fatalf("no list of readings: visible %t, options %q", w.info.pinBox.Visible(), w.info.pinTo.Options)
	}
	if got := w.info.pinTo.Selected; !strings.Contains(got, "Paris, FR") {
		t.Errorf("selected reading %q, want Paris, FR", got)
	}
	us := -1
	for i, o := range w.info.pinTo.Options {
		if strings.Contains(o, "Paris, US") {
			us = i
		}
	}
	if us < 0 {
		t.Fatalf("no Paris, US among %q", w.info.pinTo.Options)
	}
	want := w.info.cands[us]
	w.info.pinTo.SetSelectedIndex(us)
	await(w.Map.WaitIdle)
	i := w.article.mention("Paris").place
	p := w.Atlas.Article.Places[i]
	if p.Country != "US" || p.Lat != want.Lat || p.Lon != want.Lon {
		t.Fatalf("Paris after the re-pin: %+v, want at %v, %v", p, want.Lat, want.Lon)
	}
	sel := w.Map.Selected()
	if sel == nil || sel.Feature != i {
		t.Fatalf("selection %+v after the re-pin, want the Paris pin", sel)
	}
	if pt, ok := sel.Layer.Features[i].Geometry.(orb.Point); !ok || pt != (orb.Point{want.Lon, want.Lat}) {
		t.Errorf("the selected pin is at %v, want %v", sel.Layer.Features[i].Geometry, orb.Point{want.Lon, want.Lat})
	}
	if info := w.info.Text(); !strings.Contains(info, "also possible: Paris, FR") {
		t.Errorf("info after the re-pin:\n%s", info)
	}
	if got := w.info.pinTo.Selected; !strings.Contains(got, "Paris, US") {
		t.Errorf("selected reading after the re-pin %q", got)
	}
	if rs := w.Session().Repins[w.Atlas.Article.Key()]; len(rs) != 1 || rs[0].Country != "US" {
		t.Errorf("session re-pins %+v", w.Session().Repins)
	}
	// Another article, then this one again: Paris is still in the US.
	other := filepath.Join(dir, "other.txt")
	writeInput(t, other, "Elsewhere\n\nRain in Geneva.\n")
	w.OpenFiles([]string{other})
	w.OpenFiles([]string{story})
	if p := w.Atlas.Article.Places[w.article.mention("Paris").place]; p.Country != "US" {
		t.Errorf("Paris reopened: %+v, want the re-pin kept", p)
	}
}
