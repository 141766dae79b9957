package timeline

import (
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geojson"
	"github.com/paulmach/orb/planar"

	"newsatlas/control"
)

// Points inside known neighbourhoods (polygon centroids, checked by name;
// Sheikh Maqsoud's matches Wikipedia's 36.2361N 37.1517E within 150 m).
var knownPoints = []struct {
	name string
	pt   orb.Point
}{
	{"New Aleppo", orb.Point{37.09389, 36.20050}},
	{"Hanano", orb.Point{37.20323, 36.22773}}, // Masaken Hanano
	{"ash-Sheikh Maqsoud", orb.Point{37.15402, 36.23679}},
	{"Bustan al-Qaser", orb.Point{37.14430, 36.19054}},
	{"as-Sukkari", orb.Point{37.14245, 36.17498}},
}

func contains(g orb.Geometry, pt orb.Point) bool {
	switch g := g.(type) {
	case orb.Polygon:
		return planar.PolygonContains(g, pt)
	case orb.MultiPolygon:
		return planar.MultiPolygonContains(g, pt)
	}
	return false
}

// under returns the features of fc whose geometry contains pt.
func under(fc *geojson.FeatureCollection, pt orb.Point) []*geojson.Feature {
	var out []*geojson.Feature
	for _, f := range fc.Features {
		if contains(f.Geometry, pt) {
			out = append(out, f)
		}
	}
	return out
}

func TestPointInNeighbourhood(t *testing.T) {
	tl := mustLoad(t)
	fc := tl.At(date("2016-10-19"))
	for _, kp := range knownPoints {
		got := under(fc, kp.pt)
		if len(got) != 1 || got[0].Properties["name"] != kp.name {
			var names []any
			for _, f := range got {
				names = append(names, f.Properties["name"])
			}
			t.Errorf("%v: in %v, want only %s", kp.pt, names, kp.name)
		}
	}
}

func TestPointInZone(t *testing.T) {
	tl := mustLoad(t)
	tests := []struct {
		date, name, want string
	}{
		{"2016-10-19", "New Aleppo", control.Government},
		{"2016-10-19", "Hanano", control.Opposition},
		{"2016-10-19", "ash-Sheikh Maqsoud", control.SDF},
		{"2016-10-19", "Bustan al-Qaser", control.Opposition},
		{"2016-12-23", "Hanano", control.Government},
		{"2016-12-23", "as-Sukkari", control.Government},
		{"2016-12-23", "ash-Sheikh Maqsoud", control.SDF},
	}
	for _, tt := range tests {
		var pt orb.Point
		for _, kp := range knownPoints {
			if kp.name == tt.name {
				pt = kp.pt
			}
		}
		got := under(tl.Zones(date(tt.date)), pt)
		if len(got) != 1 {
			t.Errorf("%s %s: in %d zones, want 1", tt.date, tt.name, len(got))
			continue
		}
		if c := got[0].Properties["control"]; c != tt.want {
			t.Errorf("%s %s: zone %v, want %s", tt.date, tt.name, c, tt.want)
		}
	}
}
