package layer

import (
	"bytes"
	"compress/gzip"
	"context"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"testing"

	"github.com/paulmach/orb"
	"github.com/tidwall/gjson"

	"newsatlas/bench/gen"
	"newsatlas/data"
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

var countriesOnce = sync.OnceValues(func() ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data.CountriesGz))
	if err != nil {
		return nil, err
	}
	return io.ReadAll(zr)
})

// countries is the built-in Natural Earth countries file, unzipped: 258
// features, some (Russia, Canada) far larger than bigFeature.
func countries(tb testing.TB) []byte {
	b, err := countriesOnce()
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// BenchmarkParseCountries parses the built-in countries from memory.
func BenchmarkParseCountries(b *testing.B) {
	src := countries(b)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse("countries", src, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoadCountries loads the built-in countries from a file, in
// chunks (the window's path).
func BenchmarkLoadCountries(b *testing.B) {
	p := filepath.Join(b.TempDir(), "countries.geojson")
	if err := os.WriteFile(p, countries(b), 0o644); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(countries(b))))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := LoadContext(context.Background(), p, Options{}, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoadStars loads the 114 MB file of 200,000 polygons from disk.
func BenchmarkLoadStars(b *testing.B) {
	benchLoadFile(b, starsFile(b), gen.StarCount)
}

// benchLoadFile measures LoadContext of the file at p, which must give
// want features, in bytes of the file a second.
func benchLoadFile(b *testing.B, p string, want int) {
	fi, err := os.Stat(p)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(fi.Size())
	b.ReportAllocs()
	for b.Loop() {
		l, err := LoadContext(context.Background(), p, Options{}, nil)
		if err != nil {
			b.Fatal(err)
		}
		if len(l.Features) != want {
			b.Fatalf("%d features, want %d", len(l.Features), want)
		}
	}
}

// BenchmarkParseStars parses the star file from memory (the path of
// sequences and of files the stream hands back).
func BenchmarkParseStars(b *testing.B) {
	src := gen.StarsBytes()
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		l, err := Parse("stars", src, Options{})
		if err != nil {
			b.Fatal(err)
		}
		if len(l.Features) != gen.StarCount {
			b.Fatalf("%d features", len(l.Features))
		}
	}
}

// BenchmarkValidCountries is the one pass of gjson that checks a file is
// JSON before it is split and its features parsed: the share of loading
// that a second check of big features cost before it was dropped.
func BenchmarkValidCountries(b *testing.B) {
	src := countries(b)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if !gjson.ValidBytes(src) {
			b.Fatal("not valid")
		}
	}
}

// BenchmarkBigCoordinates reads the coordinates of the countries' big
// features (29 of 64 KiB or more: Russia, Canada...) in one pass
// (readCoordinates) and by the gjson walk it replaced, which the loader
// keeps to explain a bad geometry.
func BenchmarkBigCoordinates(b *testing.B) {
	var notes []Skip
	raws, _, err := split(countries(b), &notes)
	if err != nil {
		b.Fatal(err)
	}
	var types []string
	var coords []gjson.Result
	for _, raw := range raws {
		if len(raw) >= bigFeature {
			g := gjson.GetBytes(raw, "geometry")
			types = append(types, g.Get("type").Str)
			coords = append(coords, g.Get("coordinates"))
		}
	}
	b.Run("one-pass", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for i, c := range coords {
				if _, _, ok := readCoordinates(types[i], c.Raw); !ok {
					b.Fatalf("%s not read", types[i])
				}
			}
		}
	})
	b.Run("gjson-walk", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for i, c := range coords {
				var rp []string
				var err error
				switch types[i] {
				case "Polygon":
					_, err = polygon(gj{c}, &rp)
				case "MultiPolygon":
					err = each(gj{c}, "", func(x node) error {
						_, err := polygon(x, &rp)
						return err
					})
				}
				if err != nil {
					b.Fatal(err)
				}
			}
		}
	})
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
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		l.Hits(pts[i%len(pts)], tol, 0)
		i++
	}
}

// heapInUse is the live heap after a collection.
func heapInUse() uint64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

// BenchmarkCountriesHeap reports the heap the loaded countries layer
// holds, part by part: the features as loaded (lon/lat and projected
// geometry, properties, sketches), the simplified geometries of the zoom
// levels a world view and a country view draw, and the spatial index.
func BenchmarkCountriesHeap(b *testing.B) { layerHeap(b, countries(b)) }

// BenchmarkStarsHeap is BenchmarkCountriesHeap for the 200,000 polygons
// of the star file.
func BenchmarkStarsHeap(b *testing.B) { layerHeap(b, gen.StarsBytes()) }

func layerHeap(b *testing.B, src []byte) {
	var loaded, lods, index float64
	for b.Loop() {
		base := heapInUse()
		l, err := ReadContext(context.Background(), "heap", bytes.NewReader(src), Options{})
		if err != nil {
			b.Fatal(err)
		}
		a := heapInUse()
		for z := 0.0; z <= 8; z++ {
			l.Simplified(z)
		}
		s := heapInUse()
		l.Index()
		x := heapInUse()
		loaded += float64(a - base)
		lods += float64(s - a)
		index += float64(x - s)
		runtime.KeepAlive(l)
	}
	n := float64(b.N) * (1 << 20)
	b.ReportMetric(loaded/n, "MiB-loaded")
	b.ReportMetric(lods/n, "MiB-lod0-8")
	b.ReportMetric(index/n, "MiB-index")
}
