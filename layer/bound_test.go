package layer

import (
	"testing"

	"github.com/paulmach/orb"
)

func TestBoundOf(t *testing.T) {
	r := orb.Ring{{0, 0}, {3, -1}, {2, 4}, {0, 0}}
	h := orb.Ring{{1, 0}, {2, 0}, {1, 1}, {1, 0}}
	for _, g := range []orb.Geometry{
		orb.Point{1, 2}, orb.MultiPoint{{1, 2}, {-3, 5}}, orb.MultiPoint{}, orb.LineString{{1, 1}, {0, 2}},
		r, orb.Polygon{r, h}, orb.Polygon{}, orb.MultiPolygon{{r}, {orb.Ring{{5, 5}, {6, 5}, {6, 7}, {5, 5}}}},
		orb.MultiPolygon{}, orb.MultiPolygon{{}}, orb.Collection{r, orb.Point{9, 9}}, orb.MultiLineString{{{1, 1}, {4, 0}}},
	} {
		if got, want := boundOf(g), g.Bound(); got != want {
			t.Errorf("%T %v: boundOf = %v, want %v", g, g, got, want)
		}
	}
}
