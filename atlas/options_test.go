package atlas

import (
	"image/color"
	"strings"
	"testing"

	"github.com/paulmach/orb"

	"newsatlas/control"
	"newsatlas/render"
	"newsatlas/style"
)

func TestNewWithSkip(t *testing.T) {
	a, err := NewWith(Options{Skip: []string{Countries, Basemap, SyriaGovernorates, Places}})
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{Countries, Basemap, SyriaGovernorates, Places} {
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
	// A zone's name or the legend would cover the pixels looked at.
	s := a.Scene(v)
	s.Legend = nil
	for i := range s.Layers {
		s.Layers[i].Labels = false
	}
	img := a.Renderer.Render(s, v)
	// Masaken Hanano, held by the opposition, is its fill over the sea
	// (no basemap: it was skipped); west of the city there is sea alone.
	opp, _ := style.Faction(control.Opposition)
	hanano := orb.Point{37.20323, 36.22773}
	west := v.PixelToLonLat(8, 100)
	if hits := a.Identify(west, v); len(hits) != 0 {
		t.Fatalf("%v is not empty: %v", west, hits)
	}
	tests := []struct {
		name string
		at   orb.Point
		want color.RGBA
	}{
		{"Masaken Hanano", hanano, over(opp.Fill, render.Sea)},
		{"west of Aleppo", west, over(render.Sea, render.Sea)},
	}
	for _, tt := range tests {
		x, y := v.LonLatToPixel(tt.at)
		if got := img.RGBAAt(int(x), int(y)); !near(got, tt.want, 2) {
			t.Errorf("%s: pixel %v, want %v", tt.name, got, tt.want)
		}
	}
	if hits := a.Identify(orb.Point{37.20323, 36.22773}, v); len(hits) == 0 || hits[0].Layer != AleppoControl {
		t.Errorf("identify = %v, want the control zone", hits)
	}

	full, err := New()
	if err != nil {
		t.Fatal(err)
	}
	if full.Article == nil || full.Gazetteer == nil {
		t.Fatal("New did not load the article and the gazetteer")
	}
	if n, want := len(full.Layer(Places).Features), len(full.Article.Places); n != want || n == 0 {
		t.Errorf("%d pins for the article's %d places", n, want)
	}
	// Every built-in layer is there, shown, and answers at Masaken Hanano
	// (the basemap with its neighbourhood and district: one layer).
	var layers []string
	for _, h := range full.Identify(hanano, v) {
		if len(layers) == 0 || layers[len(layers)-1] != h.Layer {
			layers = append(layers, h.Layer)
		}
	}
	if got, want := strings.Join(layers, ","), strings.Join([]string{AleppoControl, SyriaGovernorates, Basemap, Countries}, ","); got != want {
		t.Errorf("the full atlas at Masaken Hanano: %s, want %s", got, want)
	}
}

// over is the opaque colour of c drawn over the opaque colour bg.
func over(c, bg color.NRGBA) color.RGBA {
	a := uint32(c.A)
	mix := func(f, b uint8) uint8 { return uint8((uint32(f)*a + uint32(b)*(255-a) + 127) / 255) }
	return color.RGBA{mix(c.R, bg.R), mix(c.G, bg.G), mix(c.B, bg.B), 255}
}

// near reports whether a and b differ by at most tol in every channel.
func near(a, b color.RGBA, tol int) bool {
	d := func(x, y uint8) bool { return int(x)-int(y) <= tol && int(y)-int(x) <= tol }
	return d(a.R, b.R) && d(a.G, b.G) && d(a.B, b.B) && d(a.A, b.A)
}
