package cli

import (
	"io"
	"os"
	"testing"
)

// BenchmarkPlacesNDJSON runs `places --json FILE` over a generated NDJSON archive named
// by $NEWSATLAS_BENCH_ARCHIVE (bench/archive.sh makes one), the gazetteer loaded each
// time as the command does: the whole command but the process start.
func BenchmarkPlacesNDJSON(b *testing.B) {
	path := os.Getenv("NEWSATLAS_BENCH_ARCHIVE")
	if path == "" {
		b.Skip("NEWSATLAS_BENCH_ARCHIVE not set (bench/archive.sh sets it)")
	}
	b.ReportAllocs()
	for b.Loop() {
		if code := Places([]string{"--json", path}, io.Discard, io.Discard); code != OK {
			b.Fatalf("exit %d", code)
		}
	}
}
