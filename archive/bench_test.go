package archive

import (
	"bytes"
	"context"
	"encoding/json"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// benchTexts are the folders whose texts generated benchmark archives are made of: the
// shared article samples and TR-News, material only (never committed).
var benchTexts = []string{"../../shared/articles", "../../shared/eval/news/TR-News/articles"}

// benchArchive is n NDJSON articles of about 2 KB made of sentences of benchTexts, drawn
// with a fixed seed; the benchmark is skipped when the texts are not there.
func benchArchive(b *testing.B, n int) []byte {
	b.Helper()
	var sentences []string
	for _, d := range benchTexts {
		paths, _ := filepath.Glob(filepath.Join(d, "*.txt"))
		for _, p := range paths {
			t, err := os.ReadFile(p)
			if err != nil {
				b.Fatal(err)
			}
			for _, s := range strings.SplitAfter(strings.Join(strings.Fields(string(t)), " "), ". ") {
				if len(s) >= 40 {
					sentences = append(sentences, strings.TrimSpace(s))
				}
			}
		}
	}
	if len(sentences) < 100 {
		b.Skip("no shared texts to make the archive of")
	}
	r := rand.New(rand.NewPCG(17, 2016))
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	for i := range n {
		var t strings.Builder
		for t.Len() < 1900 {
			t.WriteString(sentences[r.IntN(len(sentences))])
			t.WriteByte(' ')
		}
		enc.Encode(map[string]any{"id": i, "date": "2016-10-19", "text": t.String()})
	}
	return buf.Bytes()
}

// BenchmarkGeoparse streams 3,000 NDJSON articles of about 2 KB through ReadNDJSON and
// Geoparse on all cores, the gazetteer loaded before; articles/s is the throughput.
func BenchmarkGeoparse(b *testing.B) {
	g := gazetteer(b)
	data := benchArchive(b, 3000)
	ctx := context.Background()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		read := func(yield func(*Article) error) error {
			return ReadNDJSON(ctx, "bench", bytes.NewReader(data), Options{}, yield)
		}
		if err := Geoparse(ctx, g, 0, read, func(*Parsed) error { n++; return nil }); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkReadNDJSON is the reading alone, without finding places.
func BenchmarkReadNDJSON(b *testing.B) {
	data := benchArchive(b, 3000)
	ctx := context.Background()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		if err := ReadNDJSON(ctx, "bench", bytes.NewReader(data), Options{}, func(*Article) error { n++; return nil }); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
}
