package atlas

import (
	"testing"

	"github.com/paulmach/orb"

	"newsatlas/render"
)

// BenchmarkHoverClusters is the hit test of a pointer moving over a map
// of 1000 clustered points, with the last view's clusters kept
// ("cached", as the window runs) and listed anew each time ("uncached").
func BenchmarkHoverClusters(b *testing.B) {
	for _, c := range []struct {
		name  string
		cache bool
	}{{"uncached", false}, {"cached", true}} {
		b.Run(c.name, func(b *testing.B) {
			a := &Atlas{dated: &datedCache{}}
			if c.cache {
				a.clusters = &clusterCache{}
			}
			a.AddLayer(parseLayer(b, "sites", gridLayer(1000, 37.1, 36.2)))
			v := render.Viewport{Center: orb.Point{37.12, 36.212}, Zoom: 13, Width: 1280, Height: 800}
			b.ReportAllocs()
			for i := 0; b.Loop(); i++ {
				a.Identify(v.PixelToLonLat(float64(i%1280), 400), v)
			}
		})
	}
}
