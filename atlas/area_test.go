package atlas

import (
	"testing"

	"github.com/paulmach/orb"
)

// TestArea: the region a click asks the archive about is the topmost
// area under it, past pins above it: an Aleppo zone in the city at the
// opening date, the governorate outside the zones, the country outside
// Syria, none at sea.
func TestArea(t *testing.T) {
	a, err := New()
	if err != nil {
		t.Fatal(err)
	}
	v := a.OpeningView(1280, 800)
	tests := []struct {
		name  string
		at    orb.Point
		layer string // "" for none
	}{
		{"east Aleppo", orb.Point{37.19, 36.2}, AleppoControl},
		{"Deir ez-Zor", orb.Point{40.14, 35.33}, SyriaGovernorates},
		{"Ankara", orb.Point{32.85, 39.93}, Countries},
		{"the Mediterranean", orb.Point{33.0, 34.0}, ""},
	}
	for _, tt := range tests {
		h, g, ok := Area(a.Identify(tt.at, v))
		if ok != (tt.layer != "") || h.Layer != tt.layer {
			t.Errorf("%s: area in %q (ok %v), want %q", tt.name, h.Layer, ok, tt.layer)
			continue
		}
		if !ok {
			continue
		}
		switch g.(type) {
		case orb.Polygon, orb.MultiPolygon:
		default:
			t.Errorf("%s: geometry %T, want an area", tt.name, g)
		}
		if h.Name() == "" {
			t.Errorf("%s: the area in %s has no name", tt.name, h.Layer)
		}
	}
	if _, _, ok := Area(nil); ok {
		t.Error("an area among no hits")
	}
}
