package layer

import (
	"context"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"github.com/paulmach/orb"

	"newsatlas/bench/gen"
)

// starsFile is the benchmark star file: bench/data/stars.geojson, or the
// same bytes written to a temporary file.
func starsFile(b *testing.B) string {
	if p := gen.DataPath("stars.geojson"); p != "" {
		return p
	}
	p := filepath.Join(b.TempDir(), "stars.geojson")
	if err := os.WriteFile(p, gen.StarsBytes(), 0o644); err != nil {
		b.Fatal(err)
	}
	return p
}

// BenchmarkLoadStars loads the 114 MB file of 200,000 polygons from disk.
func BenchmarkLoadStars(b *testing.B) {
	p := starsFile(b)
	fi, err := os.Stat(p)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(fi.Size())
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		l, err := LoadContext(context.Background(), p, Options{}, nil)
		if err != nil {
			b.Fatal(err)
		}
		if len(l.Features) != gen.StarCount {
			b.Fatalf("%d features", len(l.Features))
		}
	}
}

// BenchmarkHitsStars is one hit test on the loaded star file at a random
// place, with the tolerance of a click at zoom 5.
func BenchmarkHitsStars(b *testing.B) {
	l, err := LoadContext(context.Background(), starsFile(b), Options{}, nil)
	if err != nil {
		b.Fatal(err)
	}
	l.Index()
	r := rand.New(rand.NewPCG(1, 2))
	pts := make([]orb.Point, 4096)
	for i := range pts {
		pts[i] = orb.Point{-180 + 360*r.Float64(), -80 + 160*r.Float64()}
	}
	tol := 6 / (256 * 32.0)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		l.Hits(pts[i%len(pts)], tol, 0)
	}
}
