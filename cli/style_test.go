package cli

import (
	"fmt"
	"image/color"
	"path/filepath"
	"strings"
	"testing"

	"github.com/paulmach/orb"

	"newsatlas/internal/golden"
	"newsatlas/render"
	"newsatlas/style"
)

// TestRenderStyleCategories renders squares styled by their kind with
// --style and finds each kind's colour at its square; bad values are
// usage errors naming what is wrong.
func TestRenderStyleCategories(t *testing.T) {
	dir := t.TempDir()
	kinds := []string{"b", "a", "c", "a"}
	var fs []string
	for i, k := range kinds {
		lon := 10 + float64(i)*0.2
		fs = append(fs, fmt.Sprintf(`{"type":"Feature","properties":{"kind":%q,"n":%d},"geometry":{"type":"Polygon","coordinates":[[[%g,0],[%g,0],[%g,0.1],[%g,0.1],[%g,0]]]}}`, k, i, lon, lon+0.1, lon+0.1, lon, lon))
	}
	in := filepath.Join(dir, "squares.geojson")
	writeInput(t, in, `{"type":"FeatureCollection","features":[`+strings.Join(fs, ",")+`]}`)
	out := filepath.Join(dir, "kinds.png")
	bbox := "9.9,-0.1,10.9,0.2"
	if code, _, errs := run(t, "render", "--size", "500x200", "--bbox", bbox, "--hide", "places", "--style", "squares:category=kind", in, "-o", out); code != OK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	img := golden.Read(t, out)
	v := render.Fit(orb.Bound{Min: orb.Point{9.9, -0.1}, Max: orb.Point{10.9, 0.2}}, 500, 200, 0)
	classes := style.Categorize([]any{"b", "a", "c", "a"}, 0) // a, b, c
	land := style.Land
	for i := range kinds {
		x, y := v.LonLatToPixel(orb.Point{10 + float64(i)*0.2 + 0.05, 0.05})
		got := img.RGBAAt(int(x), int(y))
		c := classes.Colours[classes.Of[i]]
		want := style.Over(color.NRGBA{c.R, c.G, c.B, 0xcc}, land)
		if d := style.DeltaE(color.NRGBA{got.R, got.G, got.B, 0xff}, want); d > 3 {
			t.Errorf("square %d (%s) drawn %v, want its class colour %v (ΔE %.1f)", i, kinds[i], got, want, d)
		}
	}
	for _, c := range []struct{ value, want string }{
		{"squares:category=colour", `no feature has a property "colour" (properties: kind, n)`},
		{"nothing:category=kind", "no layer nothing"},
		{"squares:graduated=n,method=jenks", "want quantile or equal"},
		{"squares", "want LAYER:"},
	} {
		code, _, errs := run(t, "render", "--size", "100x100", "--style", c.value, in, "-o", filepath.Join(dir, "x.png"))
		if code != Usage || !strings.Contains(errs, c.want) {
			t.Errorf("--style %s: exit %d, stderr %q; want %d saying %q", c.value, code, errs, Usage, c.want)
		}
	}
}
