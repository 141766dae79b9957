package postgis

import (
	"context"
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/paulmach/orb"

	"newsatlas/render"
)

// BenchmarkFetch times a new view of 1280x800 over the million-point
// table at a few zooms, each iteration somewhere else (no view is asked
// for twice), from the query to the layer built.
func BenchmarkFetch(b *testing.B) {
	src := openTest(b, "points")
	for _, zoom := range []float64{2, 4, 6, 8, 11} {
		b.Run(fmt.Sprintf("zoom=%g", zoom), func(b *testing.B) {
			rng := rand.New(rand.NewPCG(1, uint64(zoom)))
			b.ReportAllocs()
			features := 0
			for b.Loop() {
				v := render.Viewport{Center: orb.Point{rng.Float64()*300 - 150, rng.Float64()*120 - 60}, Zoom: zoom, Width: 1280, Height: 800}
				l, err := src.Fetch(context.Background(), query(v))
				if err != nil {
					b.Fatal(err)
				}
				features += len(l.Features)
			}
			b.ReportMetric(float64(features)/float64(b.N), "features/view")
		})
	}
}

// BenchmarkFetchCountries times a new view of the countries at a few
// zooms: the polygons simplified by the server.
func BenchmarkFetchCountries(b *testing.B) {
	src := openTest(b, "countries")
	for _, zoom := range []float64{2, 5, 8} {
		b.Run(fmt.Sprintf("zoom=%g", zoom), func(b *testing.B) {
			rng := rand.New(rand.NewPCG(2, uint64(zoom)))
			b.ReportAllocs()
			for b.Loop() {
				v := render.Viewport{Center: orb.Point{rng.Float64()*60 - 10, rng.Float64()*40 + 10}, Zoom: zoom, Width: 1280, Height: 800}
				if _, err := src.Fetch(context.Background(), query(v)); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
