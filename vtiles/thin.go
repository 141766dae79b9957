package vtiles

import (
	"github.com/paulmach/orb"
	"github.com/paulmach/orb/simplify"
)

// simplified is g drawn to within tol: points nearer than tol to the last
// one kept are dropped first (one pass, cheap: tiles hold many points a
// pixel), then Douglas-Peucker keeps the shape of what is left. Rings
// keep their closing point.
func simplified(g orb.Geometry, tol float64) orb.Geometry {
	switch g := g.(type) {
	case orb.LineString:
		g = thin(g, tol)
	case orb.MultiLineString:
		for i := range g {
			g[i] = thin(g[i], tol)
		}
	case orb.Polygon:
		for i := range g {
			g[i] = orb.Ring(thin(orb.LineString(g[i]), tol))
		}
	case orb.MultiPolygon:
		for _, p := range g {
			for i := range p {
				p[i] = orb.Ring(thin(orb.LineString(p[i]), tol))
			}
		}
	default:
		return g
	}
	return simplify.DouglasPeucker(tol).Simplify(g)
}

// thin drops, in place, the points nearer than tol to the last point
// kept, keeping the first and the last.
func thin(ls orb.LineString, tol float64) orb.LineString {
	if len(ls) < 3 {
		return ls
	}
	t2 := tol * tol
	out := ls[:1]
	for _, p := range ls[1 : len(ls)-1] {
		q := out[len(out)-1]
		if dx, dy := p[0]-q[0], p[1]-q[1]; dx*dx+dy*dy >= t2 {
			out = append(out, p)
		}
	}
	return append(out, ls[len(ls)-1])
}
