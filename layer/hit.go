package layer

import (
	"sort"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"

	"newsatlas/webmerc"
)

// Hits returns the features under the lon/lat point p, topmost (drawn
// last) first: polygons that contain it, and points and lines within tol
// world units of it (tol is a few pixels at the current zoom). A point is
// also hit within tol of where its pin's head is drawn, lift world units
// above it.
func (l *Layer) Hits(p orb.Point, tol, lift float64) []int {
	q := webmerc.Point(p)
	var out []int
	seen := map[int]bool{}
	// Geometry unwrapped past the antimeridian sits one world away.
	for _, dx := range []float64{0, 1, -1} {
		qq := orb.Point{q[0] + dx, q[1]}
		b := orb.Bound{Min: orb.Point{qq[0] - tol, qq[1] - tol}, Max: orb.Point{qq[0] + tol, qq[1] + tol + lift}}
		l.Search(b, func(i int) bool {
			if !seen[i] && l.Features[i].hit(qq, tol, lift) {
				seen[i] = true
				out = append(out, i)
			}
			return true
		})
	}
	// Topmost first: later features are drawn over earlier ones.
	sort.Sort(sort.Reverse(sort.IntSlice(out)))
	return out
}

// hit tests the feature's projected geometry against q. The parts of a
// multipolygon are first checked against their bounds, kept at load, so a
// click does not walk every vertex of a country's islands.
func (f *Feature) hit(q orb.Point, tol, lift float64) bool {
	mp, ok := f.Proj.(orb.MultiPolygon)
	if !ok || len(f.parts) != len(mp) {
		return hit(f.Proj, q, tol, lift)
	}
	for i, p := range mp {
		if f.parts[i].Contains(q) && polygonContains(p, q) {
			return true
		}
	}
	return false
}

func hit(g orb.Geometry, q orb.Point, tol, lift float64) bool {
	switch g := g.(type) {
	case orb.Polygon:
		return polygonContains(g, q)
	case orb.MultiPolygon:
		for _, p := range g {
			if polygonContains(p, q) {
				return true
			}
		}
		return false
	case orb.Collection:
		for _, c := range g {
			if hit(c, q, tol, lift) {
				return true
			}
		}
		return false
	case orb.Point:
		return planar.Distance(g, q) <= tol || planar.Distance(orb.Point{g[0], g[1] - lift}, q) <= tol
	case orb.MultiPoint:
		for _, pt := range g {
			if hit(pt, q, tol, lift) {
				return true
			}
		}
		return false
	case orb.LineString, orb.MultiLineString:
		return planar.DistanceFrom(g, q) <= tol
	}
	return false
}

// partBounds are the bounds of a multipolygon's parts; nil for anything
// else.
func partBounds(g orb.Geometry) []orb.Bound {
	mp, ok := g.(orb.MultiPolygon)
	if !ok || len(mp) < 2 {
		return nil
	}
	out := make([]orb.Bound, len(mp))
	for i, p := range mp {
		if len(p) > 0 {
			out[i] = boundOf(p[0])
		}
	}
	return out
}
