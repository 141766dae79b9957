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

type lodCache struct {
	once  [maxLOD + 1]sync.Once
	geoms [maxLOD + 1][]orb.Geometry
}

// Simplified returns the projected geometries simplified for drawing at
// zoom level z (256·2^z pixels to the world): Douglas-Peucker with a
// quarter-pixel tolerance, computed on first use for each level and kept.
// The slice is indexed like Features; do not modify it.
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
		out := make([]orb.Geometry, len(l.Features))
		parallel(len(out), func(lo, hi int) {
			for i := lo; i < hi; i++ {
				g := l.Features[i].Proj
				switch g.(type) {
				case orb.Polygon, orb.MultiPolygon, orb.LineString, orb.MultiLineString, orb.Collection:
					out[i] = dp.Simplify(orb.Clone(g))
				default:
					out[i] = g
				}
			}
		})
		l.lod.geoms[level] = out
	})
	return l.lod.geoms[level]
}
