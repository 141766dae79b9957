package atlas

import (
	"testing"

	"github.com/paulmach/orb"
)

func TestNewWithSkip(t *testing.T) {
	a, err := NewWith(Options{Skip: []string{Countries, SyriaGovernorates, Places}})
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{Countries, SyriaGovernorates, Places} {
		l := a.Layer(name)
		if l == nil || !l.Hidden || len(l.Features) != 0 {
			t.Errorf("%s: want a hidden, empty stand-in, got %+v", name, l)
		}
	}
	if c := a.Layer(AleppoControl); c == nil || c.Hidden || len(c.Features) == 0 {
		t.Errorf("%s: want it loaded and shown", AleppoControl)
	}
	if a.Article != nil || a.Gazetteer != nil {
		t.Error("skipping places should skip the article and the gazetteer")
	}
	v := FitBound(orb.Bound{Min: orb.Point{37.05, 36.13}, Max: orb.Point{37.25, 36.27}}, 320, 200)
	if img := a.Renderer.Render(a.Scene(), v); img.Bounds().Dx() != 320 {
		t.Error("no image")
	}
	if hits := a.Identify(orb.Point{37.20323, 36.22773}, v); len(hits) == 0 || hits[0].Layer != AleppoControl {
		t.Errorf("identify = %v, want the control zone", hits)
	}

	full, err := New()
	if err != nil {
		t.Fatal(err)
	}
	if full.Article == nil || len(full.Layer(Countries).Features) == 0 || len(full.Layer(Places).Features) == 0 {
		t.Error("New should load everything")
	}
}
