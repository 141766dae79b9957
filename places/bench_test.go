package places

import (
	"os"
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
