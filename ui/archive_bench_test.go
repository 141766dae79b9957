package ui

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/paulmach/orb"

	"newsatlas/atlas"
	"newsatlas/places"
)

// benchArchive writes an NDJSON archive of n generated stories, a day
// apart, each naming a few of a dozen places, and opens it as the window
// does (its index in a fresh cache folder).
func benchArchive(b *testing.B, n int) storyArchive {
	b.Helper()
	b.Setenv("XDG_CACHE_HOME", b.TempDir())
	towns := []string{"Aleppo", "Idlib", "Homs", "Hama", "Damascus", "Raqqa", "Deir ez-Zor", "Latakia", "Geneva", "Moscow", "Ankara", "Beirut"}
	var sb strings.Builder
	start := time.Date(2013, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range n {
		a, c := towns[i%len(towns)], towns[(i*7+3)%len(towns)]
		fmt.Fprintf(&sb, `{"id": "s%d", "title": "Story %d", "date": %q, "text": "Fighting near %s went on. Aid left %s for %s on the same day."}`+"\n",
			i, i, start.AddDate(0, 0, i%1400).Format(time.DateOnly), a, c, a)
	}
	path := filepath.Join(b.TempDir(), "bench.ndjson")
	if err := os.WriteFile(path, []byte(sb.String()), 0o644); err != nil {
		b.Fatal(err)
	}
	g, err := places.LoadGazetteer()
	if err != nil {
		b.Fatal(err)
	}
	load := indexedArchive(g)(context.Background(), []string{path}, func(string) {})
	if load.err != nil {
		b.Fatal(load.err)
	}
	b.Cleanup(func() { load.arch.Close() })
	return load.arch
}

// BenchmarkArchiveStoriesInView is the Stories panel's query over a view of
// Syria in a 5,000-story archive (the newest StoriesLimit listed).
func BenchmarkArchiveStoriesInView(b *testing.B) {
	arch := benchArchive(b, 5000)
	q := storyQuery{Bound: orb.Bound{Min: orb.Point{35.5, 32.3}, Max: orb.Point{42.4, 37.4}}, Limit: StoriesLimit}
	b.ReportAllocs()
	for b.Loop() {
		if s, err := arch.Stories(context.Background(), q); err != nil || len(s) == 0 {
			b.Fatal(len(s), err)
		}
	}
}

// BenchmarkArchiveRelatedGovernorate is a click on Aleppo governorate in a
// 5,000-story archive: its related stories and their passages.
func BenchmarkArchiveRelatedGovernorate(b *testing.B) {
	arch := benchArchive(b, 5000)
	a, err := atlas.New()
	if err != nil {
		b.Fatal(err)
	}
	var g orb.Geometry
	for _, f := range a.Layer(atlas.SyriaGovernorates).Features {
		if f.Name == "Aleppo" {
			g = f.Geometry
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		if r, err := arch.Related(context.Background(), atlas.SyriaGovernorates, "Aleppo", g, time.Time{}, time.Time{}); err != nil || len(r) == 0 {
			b.Fatal(len(r), err)
		}
	}
}
