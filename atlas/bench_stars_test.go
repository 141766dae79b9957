package atlas

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"github.com/paulmach/orb"

	"newsatlas/bench/gen"
)

// BenchmarkIdentifyStars is a click on the 114 MB file of 200,000 polygons
// once it is open (bench/data/stars.geojson, or the same bytes generated),
// at random places in a view at zoom 5, as the window and `identify` do:
// hit tests on every layer and the properties of what is hit.
func BenchmarkIdentifyStars(b *testing.B) {
	p := gen.DataPath("stars.geojson")
	if p == "" {
		p = filepath.Join(b.TempDir(), "stars.geojson")
		if err := os.WriteFile(p, gen.StarsBytes(), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	a, err := New()
	if err != nil {
		b.Fatal(err)
	}
	l, err := a.OpenLayer(p)
	if err != nil {
		b.Fatal(err)
	}
	l.Index() // as the window does once a file is loaded
	r := rand.New(rand.NewPCG(3, 4))
	pts := make([]orb.Point, 4096)
	for i := range pts {
		pts[i] = orb.Point{-180 + 360*r.Float64(), -75 + 150*r.Float64()}
	}
	v := FitBound(orb.Bound{Min: orb.Point{0, 40}, Max: orb.Point{40, 55}}, 1280, 800)
	hits := 0
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		hits += len(a.Identify(pts[i%len(pts)], v))
	}
	b.StopTimer()
	if b.N >= len(pts) && hits == 0 {
		b.Fatal("nothing identified")
	}
	b.ReportMetric(float64(hits)/float64(b.N), "hits/op")
}
