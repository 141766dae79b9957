package index

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"newsatlas/archive"
)

// TestOpenUpdated: the index lands at DefaultPath in the cache folder, holds the
// archive's articles, and a second opening reads nothing again; a cache folder that cannot
// be made is an error with no index left open.
func TestOpenUpdated(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	g := gazetteer(t)
	arch := filepath.Join(t.TempDir(), "news")
	write(t, filepath.Join(arch, "a.txt"), "Aleppo shelled\n\nOctober 19, 2016 - Shells fell on Aleppo.")
	write(t, filepath.Join(arch, "b.ndjson"), `{"text":"Homs was calm.","title":"Calm","date":"2016-10-21"}`+"\n")
	sources := []string{arch}
	want, err := DefaultPath(sources)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	for i, wantRead := range []int{2, 0} {
		ix, st, err := OpenUpdated(ctx, g, sources, archive.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if ix.Path() != want || st.Files != 2 || st.Read != wantRead || st.Articles != 2 || ix.Len() != 2 {
			t.Errorf("opening %d: path %s (want %s), stats %+v, len %d; want 2 files, %d read, 2 articles",
				i+1, ix.Path(), want, st, ix.Len(), wantRead)
		}
		ms, err := ix.Related(ctx, archive.NewRegion("box", "Syria box", syria), time.Time{}, time.Time{}, 0)
		if err != nil || len(ms) != 2 || ms[0].Title != "Aleppo shelled" || ms[0].Mentions != 2 {
			t.Errorf("opening %d: related %+v, %v", i+1, ms, err)
		}
		if err := ix.Close(); err != nil {
			t.Fatal(err)
		}
	}
	notDir := filepath.Join(arch, "a.txt") // a cache "folder" that is a file
	t.Setenv("XDG_CACHE_HOME", notDir)
	if ix, _, err := OpenUpdated(ctx, g, sources, archive.Options{}); err == nil || ix != nil {
		t.Errorf("a cache folder that is a file: index %v, error %v; want none and an error", ix, err)
	}
}
