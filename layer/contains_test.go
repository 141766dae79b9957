package layer

import (
	"math/rand/v2"
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"
)

// TestPolygonContains checks polygonContains against orb's
// planar.PolygonContains on random points, vertices and edge midpoints.
func TestPolygonContains(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for k := 0; k < 200; k++ {
		var p orb.Polygon
		for h := 0; h < 1+k%3; h++ {
			var ring orb.Ring
			n := 3 + r.IntN(12)
			for i := 0; i < n; i++ {
				// Coarse coordinates make shared x values and vertical edges.
				ring = append(ring, orb.Point{float64(r.IntN(9)), float64(r.IntN(9))})
			}
			ring = append(ring, ring[0])
			p = append(p, ring)
		}
		var qs []orb.Point
		for i := 0; i < 50; i++ {
			qs = append(qs, orb.Point{r.Float64()*10 - 0.5, r.Float64()*10 - 0.5}, orb.Point{float64(r.IntN(10)), float64(r.IntN(10))})
		}
		for _, ring := range p {
			for i := 1; i < len(ring); i++ {
				qs = append(qs, ring[i], orb.Point{(ring[i][0] + ring[i-1][0]) / 2, (ring[i][1] + ring[i-1][1]) / 2})
			}
		}
		for _, q := range qs {
			if got, want := polygonContains(p, q), planar.PolygonContains(p, q); got != want {
				t.Fatalf("polygon %v, point %v: %v, planar says %v", p, q, got, want)
			}
		}
	}
}
