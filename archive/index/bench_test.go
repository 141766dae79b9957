package index

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/paulmach/orb"

	"newsatlas/archive"
)

// benchIndex is the index file named by $NEWSATLAS_BENCH_INDEX, which bench/archive.sh
// builds over a generated archive of 100,000 articles; the benchmark is skipped without it.
func benchIndex(b *testing.B) string {
	p := os.Getenv("NEWSATLAS_BENCH_INDEX")
	if p == "" {
		b.Skip("NEWSATLAS_BENCH_INDEX not set (bench/archive.sh sets it)")
	}
	if _, err := os.Stat(p); err != nil {
		b.Skip(err)
	}
	return p
}

// BenchmarkOpen reopens a built index: the file and its catalogue.
func BenchmarkOpen(b *testing.B) {
	p := benchIndex(b)
	b.ReportAllocs()
	for b.Loop() {
		ix, err := Open(p)
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(ix.Len()), "articles")
		ix.Close()
	}
}

// syriaBox is a region as big as Syria, where the generated archive's texts name many
// places.
var syriaBox = orb.Polygon{{{35.5, 32.3}, {42.4, 32.3}, {42.4, 37.4}, {35.5, 37.4}, {35.5, 32.3}}}

// BenchmarkRelated ranks the articles of a built index naming places in a Syria-sized
// region, in a year's window, and reads the passages of the first 50: what `related` does
// once the index is open.
func BenchmarkRelated(b *testing.B) {
	ix, err := Open(benchIndex(b))
	if err != nil {
		b.Fatal(err)
	}
	defer ix.Close()
	r := archive.NewRegion("box", "Syria", syriaBox)
	from, to := time.Date(2016, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2016, 12, 31, 0, 0, 0, 0, time.UTC)
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		ms, err := ix.Related(ctx, r, from, to, 50)
		if err != nil || len(ms) == 0 {
			b.Fatalf("%d matches, %v", len(ms), err)
		}
	}
}

// BenchmarkInView lists the newest 200 articles naming places in a view of the Middle
// East over the whole archive: what the Stories panel asks.
func BenchmarkInView(b *testing.B) {
	ix, err := Open(benchIndex(b))
	if err != nil {
		b.Fatal(err)
	}
	defer ix.Close()
	box := orb.Bound{Min: orb.Point{25, 25}, Max: orb.Point{60, 42}}
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ix.InView(ctx, box, time.Time{}, time.Time{}, 200); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSearch runs an FTS5 search for a word many articles hold.
func BenchmarkSearch(b *testing.B) {
	ix, err := Open(benchIndex(b))
	if err != nil {
		b.Fatal(err)
	}
	defer ix.Close()
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ix.Search(ctx, "police", 50); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkUpdate builds a fresh index of the archive named by $NEWSATLAS_BENCH_ARCHIVE
// (a generated NDJSON file or folder, see bench/archive.sh), the gazetteer loaded before.
func BenchmarkUpdate(b *testing.B) {
	src := os.Getenv("NEWSATLAS_BENCH_ARCHIVE")
	if src == "" {
		b.Skip("NEWSATLAS_BENCH_ARCHIVE not set (bench/archive.sh sets it)")
	}
	g := gazetteer(b)
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		ix, err := Open(b.TempDir() + "/ix.sqlite")
		if err != nil {
			b.Fatal(err)
		}
		st, err := ix.Update(ctx, g, []string{src}, archive.Options{})
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(st.Articles)/st.Took.Seconds(), "articles/s")
		ix.Close()
	}
}
