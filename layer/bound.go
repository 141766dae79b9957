package layer

import "github.com/paulmach/orb"

// boundOf is g.Bound() in one tight loop over the points of the common
// shapes (orb's extends a bound point by point through calls); other
// shapes, and empty parts, go to orb.
func boundOf(g orb.Geometry) orb.Bound {
	switch g := g.(type) {
	case orb.Ring:
		return pointsBound(g, g)
	case orb.LineString:
		return pointsBound(g, g)
	case orb.MultiPoint:
		return pointsBound(g, g)
	case orb.Polygon:
		if len(g) > 0 {
			return pointsBound(g[0], g)
		}
	case orb.MultiPolygon:
		if len(g) == 0 {
			break
		}
		var b orb.Bound
		for i, p := range g {
			if len(p) == 0 || len(p[0]) == 0 {
				return g.Bound()
			}
			pb := pointsBound(p[0], p)
			if i == 0 {
				b = pb
			} else {
				b = b.Union(pb)
			}
		}
		return b
	}
	return g.Bound()
}

// pointsBound bounds ps, or returns whole.Bound() when ps is empty.
func pointsBound(ps []orb.Point, whole orb.Geometry) orb.Bound {
	if len(ps) == 0 {
		return whole.Bound()
	}
	b := orb.Bound{Min: ps[0], Max: ps[0]}
	for _, p := range ps[1:] {
		b.Min[0] = min(b.Min[0], p[0])
		b.Min[1] = min(b.Min[1], p[1])
		b.Max[0] = max(b.Max[0], p[0])
		b.Max[1] = max(b.Max[1], p[1])
	}
	return b
}
