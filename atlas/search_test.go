package atlas

import (
	"path/filepath"
	"testing"
)

func TestFinderFindsAnOpenedLayersFeature(t *testing.T) {
	a, err := NewWith(Options{Skip: []string{AleppoControl}})
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), "depots.geojson")
	writeInput(t, p, `{"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"name":"Grain depot"},"geometry":{"type":"Point","coordinates":[37.1,36.2]}},
{"type":"Feature","properties":{"name":"Ḥaydariyya depot"},"geometry":{"type":"Polygon","coordinates":[[[37,36],[37.2,36],[37.2,36.3],[37,36]]]}}]}`)
	if _, err := a.OpenLayer(p); err != nil {
		t.Fatal(err)
	}
	f := NewFinder(a)
	got := f.Find("haydar", 8)
	if len(got) == 0 || got[0].Name != "Ḥaydariyya depot" {
		t.Fatalf("Find(haydar) = %v, want the depot first", got)
	}
	d := got[0]
	if !d.Feature.Valid() || d.Feature.Layer.Name != "depots" || d.Feature.Feature != 1 {
		t.Errorf("Find(haydar) feature = %+v, want depots #1", d.Feature)
	}
	if !d.HasBound() || d.Bound.Min[0] != 37 || d.Bound.Max[1] != 36.3 {
		t.Errorf("Find(haydar) bound = %v, want the polygon's", d.Bound)
	}
	if got := f.Find("grain depot", 8); len(got) != 1 || got[0].Feature.Feature != 0 {
		t.Errorf("Find(grain depot) = %v, want the depot alone", got)
	}
}

func TestFinderPlaces(t *testing.T) {
	a, err := NewWith(Options{Skip: []string{AleppoControl}})
	if err != nil {
		t.Fatal(err)
	}
	f := NewFinder(a)
	tests := []struct {
		query, first string
		bound        bool // a country or region with its outline
	}{
		{"Alep", "Aleppo", false}, // the city
		{"damas", "Damascus", false},
		{"france", "France", true},
		{"", "", false},
	}
	for _, tt := range tests {
		got := f.Find(tt.query, 8)
		if tt.first == "" {
			if len(got) != 0 {
				t.Errorf("Find(%q) = %v, want nothing", tt.query, got)
			}
			continue
		}
		if len(got) == 0 || got[0].Name != tt.first || got[0].HasBound() != tt.bound {
			t.Errorf("Find(%q) = %v, want %s first (bound %v)", tt.query, got, tt.first, tt.bound)
			continue
		}
		if got[0].HasBound() && !got[0].Bound.Contains(got[0].At) {
			t.Errorf("Find(%q) bound %v does not hold %v", tt.query, got[0].Bound, got[0].At)
		}
	}
	region := false
	for _, g := range f.Find("Alep", 8) {
		region = region || g.Name == "Aleppo" && g.HasBound() && g.Detail == "region, SY"
	}
	if !region {
		t.Errorf("Find(Alep) = %v, want the governorate with its outline", f.Find("Alep", 8))
	}
	// Metropolitan France and Corsica, not French Guiana or Réunion.
	if got := f.Find("france", 8)[0]; got.Bound.Min[0] < -6 || got.Bound.Max[0] < 9 || got.Bound.Max[0] > 10 || got.Bound.Min[1] < 41 {
		t.Errorf("France's bound %v, want metropolitan France with Corsica", got.Bound)
	}
}

// BenchmarkFinder runs Find at each keystroke of "Damascus" over the built-in layers.
func BenchmarkFinder(b *testing.B) {
	a, err := NewWith(Options{Skip: []string{AleppoControl}})
	if err != nil {
		b.Fatal(err)
	}
	f := NewFinder(a)
	b.ReportAllocs()
	for b.Loop() {
		for i := 1; i <= len("Damascus"); i++ {
			f.Find("Damascus"[:i], 8)
		}
	}
}
