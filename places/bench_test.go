package places

import (
	"os"
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

// BenchmarkLoadGazetteer measures decompressing and indexing the embedded gazetteer.
func BenchmarkLoadGazetteer(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := LoadGazetteer(); err != nil {
			b.Fatal(err)
		}
	}
}
