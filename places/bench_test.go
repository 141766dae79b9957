package places

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// BenchmarkFind runs Find on a 2 KB article (the default Geneva/Aleppo one).
func BenchmarkFind(b *testing.B) {
	g := gaz(b)
	text, err := os.ReadFile("testdata/articles/bench-2kb.txt")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		g.Find(string(text))
	}
}

// BenchmarkFindArticles runs Find on each test article in turn (13 articles of 0.7-2 KB
// from every continent) and reports articles a second.
func BenchmarkFindArticles(b *testing.B) {
	g := gaz(b)
	paths, err := filepath.Glob("testdata/articles/*.txt")
	if err != nil || len(paths) == 0 {
		b.Fatalf("no test articles (%v)", err)
	}
	var texts []string
	size := 0
	for _, p := range paths {
		t, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(t))
		size += len(t)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			g.Find(t)
		}
	}
	b.ReportMetric(float64(b.N*len(texts))/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkLoadGazetteer measures decompressing and indexing the embedded gazetteer, and
// reports the heap a loaded gazetteer holds (held-MB: live heap after a GC with it loaded,
// less the live heap before).
func BenchmarkLoadGazetteer(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := LoadGazetteer(); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	b.ReportMetric(float64(heldBy(b, func() any {
		g, err := LoadGazetteer()
		if err != nil {
			b.Fatal(err)
		}
		return g
	}))/(1<<20), "held-MB")
}

// heldBy is the live heap, in bytes, that what load returns keeps.
func heldBy(tb testing.TB, load func() any) int64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	v := load()
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(v)
	return int64(after.HeapAlloc) - int64(before.HeapAlloc)
}
