package layer

import (
	"math"
	"sync"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/simplify"
)

// maxLOD is the deepest zoom level with its own simplified geometry; past
// it the full geometry is drawn.
const maxLOD = 20

// DotPixels is the size in pixels under which a renderer draws an area as
// a dot from its bound rather than from its geometry; Simplified leaves
// such areas alone.
const DotPixels = 3

type lodCache struct {
	once  [maxLOD + 1]sync.Once
	geoms [maxLOD + 1][]orb.Geometry
}

// Simplified returns the projected geometries simplified for drawing at
// zoom level z (256·2^z pixels to the world): Douglas-Peucker with a
// quarter-pixel tolerance, computed on first use for each level and kept.
// Areas smaller than DotPixels at every zoom of the level are not
// simplified, nor lines and areas whose vertices lie a pixel or more apart
// on average. The slice is indexed like Features; do not modify it.
func (l *Layer) Simplified(z float64) []orb.Geometry {
	level := int(math.Floor(z))
	if level < 0 {
		level = 0
	}
	if level > maxLOD {
		level = maxLOD
	}
	l.lod.once[level].Do(func() {
		tol := 0.25 / (256 * math.Exp2(float64(level)))
		dp := simplify.DouglasPeucker(tol)
		// Areas under DotPixels at every zoom of the level are drawn as
		// dots from their bound: they keep their full geometry, shared.
		finest := 256 * math.Exp2(float64(level+1)) // pixels to the world at the level's deepest zoom
		dot := DotPixels / finest
		out := make([]orb.Geometry, len(l.Features))
		parallel(len(out), func(lo, hi int) {
			for i := lo; i < hi; i++ {
				g := l.Features[i].Proj
				b := l.Features[i].Bound
				switch g.(type) {
				case orb.Polygon, orb.MultiPolygon, orb.LineString, orb.MultiLineString:
					switch {
					case isArea(g) && b.Max[0]-b.Min[0] < dot && b.Max[1]-b.Min[1] < dot:
						out[i] = g
					case float64(vertices(g)) <= 2*(b.Max[0]-b.Min[0]+b.Max[1]-b.Min[1])*finest:
						// Vertices a pixel or more apart on average leave
						// Douglas-Peucker little to drop: drawing them
						// costs less than simplifying (a view of thousands
						// of small shapes would copy each).
						out[i] = g
					default:
						out[i] = tight(dropTiny(dp.Simplify(orb.Clone(g)), 2*tol))
					}
				case orb.Collection:
					out[i] = tight(dropTiny(dp.Simplify(orb.Clone(g)), 2*tol))
				default:
					out[i] = g
				}
			}
		})
		l.lod.geoms[level] = out
	})
	return l.lod.geoms[level]
}

// tight copies a simplified geometry's points into one slice of their
// exact number. Douglas-Peucker simplifies a clone in place, and each
// shortened line kept the clone's whole array alive: a world view's levels
// held the countries' every point five times over (36 of 48 MiB for
// levels 0 to 8).
func tight(g orb.Geometry) orb.Geometry {
	pts := make([]orb.Point, 0, vertices(g))
	take := func(ps []orb.Point) []orb.Point {
		lo := len(pts)
		pts = append(pts, ps...)
		return pts[lo:len(pts):len(pts)]
	}
	switch g := g.(type) {
	case orb.LineString:
		return orb.LineString(take(g))
	case orb.MultiLineString:
		for i := range g {
			g[i] = take(g[i])
		}
	case orb.Polygon:
		for i := range g {
			g[i] = take(g[i])
		}
	case orb.MultiPolygon:
		for _, p := range g {
			for i := range p {
				p[i] = take(p[i])
			}
		}
	case orb.Collection:
		for i := range g {
			g[i] = tight(g[i])
		}
	}
	return g
}

// dropTiny removes the parts of a simplified area smaller than tol on both
// sides (sub-pixel islands and holes); a feature is kept whole when all
// its parts are tiny, so it can still be drawn as a dot.
func dropTiny(g orb.Geometry, tol float64) orb.Geometry {
	small := func(r orb.Ring) bool {
		b := r.Bound()
		return b.Max[0]-b.Min[0] < tol && b.Max[1]-b.Min[1] < tol
	}
	poly := func(p orb.Polygon) orb.Polygon {
		out := p[:1]
		for _, h := range p[1:] {
			if !small(h) {
				out = append(out, h)
			}
		}
		return out
	}
	switch g := g.(type) {
	case orb.Polygon:
		if len(g) > 1 {
			return poly(g)
		}
	case orb.MultiPolygon:
		out := make(orb.MultiPolygon, 0, len(g))
		for _, p := range g {
			if len(p) > 0 && !small(p[0]) {
				out = append(out, poly(p))
			}
		}
		if len(out) == 0 && len(g) > 0 {
			return g[:1]
		}
		return out
	}
	return g
}

// isArea reports whether g is a Polygon or MultiPolygon.
func isArea(g orb.Geometry) bool {
	switch g.(type) {
	case orb.Polygon, orb.MultiPolygon:
		return true
	}
	return false
}

// vertices counts the positions of a line or area.
func vertices(g orb.Geometry) int {
	n := 0
	switch g := g.(type) {
	case orb.LineString:
		n = len(g)
	case orb.MultiLineString:
		for _, l := range g {
			n += len(l)
		}
	case orb.Polygon:
		for _, r := range g {
			n += len(r)
		}
	case orb.MultiPolygon:
		for _, p := range g {
			for _, r := range p {
				n += len(r)
			}
		}
	}
	return n
}
