package render

import (
	"image/color"
	"strings"
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geojson"

	"newsatlas/layer"
	"newsatlas/style"
)

// zones is two control zones side by side, SDF (yellow) west of
// opposition (green), on a white background.
func zones() *layer.Layer {
	fc := geojson.NewFeatureCollection()
	for i, c := range []string{"sdf", "opposition"} {
		x := 37.0 + 0.1*float64(i)
		f := geojson.NewFeature(orb.Polygon{{{x, 36.1}, {x + 0.1, 36.1}, {x + 0.1, 36.2}, {x, 36.2}, {x, 36.1}}})
		f.Properties["control"] = c
		fc.Append(f)
	}
	return layer.FromCollection("zones", "test", fc, func(f *geojson.Feature) style.Style {
		st, _ := style.Faction(f.Properties.MustString("control", ""))
		return st
	})
}

// TestHighlightKeepsFill checks that a hovered or selected zone keeps its
// fill colour inside, and that its outline is drawn over the edge.
func TestHighlightKeepsFill(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	z := zones()
	v := Fit(orb.Bound{Min: orb.Point{36.98, 36.08}, Max: orb.Point{37.22, 36.22}}, 480, 280, 0)
	scene := func(sel, hover *layer.Ref) *Scene {
		return &Scene{Layers: []Layer{{Layer: z, Opacity: 1}}, Background: color.NRGBA{0xff, 0xff, 0xff, 0xff}, Selected: sel, Hover: hover}
	}
	plain := r.Render(scene(nil, nil), v)
	for _, tc := range []struct {
		name     string
		feature  int
		lon      float64 // a point inside the zone, away from its outline
		selected bool
	}{
		{"selected sdf", 0, 37.05, true},
		{"hovered sdf", 0, 37.05, false},
		{"selected opposition", 1, 37.15, true},
		{"hovered opposition", 1, 37.15, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ref := &layer.Ref{Layer: z, Feature: tc.feature}
			s := scene(nil, ref)
			if tc.selected {
				s = scene(ref, nil)
			}
			img := r.Render(s, v)
			save(t, img, "highlight-"+strings.ReplaceAll(tc.name, " ", "-")+".png")
			x, y := v.LonLatToPixel(orb.Point{tc.lon, 36.15})
			if got, want := img.RGBAAt(int(x), int(y)), plain.RGBAAt(int(x), int(y)); got != want {
				t.Errorf("inside at (%.0f, %.0f): %v, unhighlighted %v", x, y, got, want)
			}
			// The zone's northern edge, half way along.
			ex, ey := v.LonLatToPixel(orb.Point{tc.lon, 36.2})
			got, was := img.RGBAAt(int(ex), int(ey)), plain.RGBAAt(int(ex), int(ey))
			if got == was {
				t.Errorf("edge at (%.0f, %.0f) unchanged %v: no outline drawn", ex, ey, got)
			}
			if got.B <= got.R || got.B <= got.G {
				t.Errorf("edge at (%.0f, %.0f) is %v, not the highlight's blue", ex, ey, got)
			}
		})
	}
}
