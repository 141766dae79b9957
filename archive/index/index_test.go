package index

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/paulmach/orb"

	"newsatlas/archive"
	"newsatlas/places"
)

// loadGazetteer loads the embedded gazetteer once for all the tests.
var loadGazetteer = sync.OnceValues(places.LoadGazetteer)

func gazetteer(t testing.TB) *places.Gazetteer {
	g, err := loadGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func write(t *testing.T, path, data string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

// syria is a box around Syria standing in for its polygon.
var syria = orb.Polygon{{{35.5, 32.3}, {42.4, 32.3}, {42.4, 37.4}, {35.5, 37.4}, {35.5, 32.3}}}

// TestUpdate indexes an archive, answers the map's queries from it, reads again only what
// changed and forgets what is gone.
func TestUpdate(t *testing.T) {
	g := gazetteer(t)
	dir := t.TempDir()
	arch := filepath.Join(dir, "news")
	write(t, filepath.Join(arch, "a.txt"), "Aleppo shelled\n\nOctober 19, 2016 - Shells fell on Aleppo. Later Aleppo was quiet. Talks in Geneva went on.")
	write(t, filepath.Join(arch, "b.ndjson"), `{"text":"Rain in Paris and Lyon. Nothing happened in Aleppo.","title":"France","date":"2016-10-21"}`+"\n"+`{"title":"broken"}`+"\n")
	write(t, filepath.Join(arch, "c.bin"), "\x00\x00\x00")
	ctx := context.Background()
	dbPath := filepath.Join(dir, "cache", "ix.sqlite")
	ix, err := Open(dbPath)
	if err != nil {
		t.Fatal(err)
	}
	progress := -1
	st, err := ix.Update(ctx, g, []string{arch}, archive.Options{Progress: func(n int) { progress = n }})
	if err != nil {
		t.Fatal(err)
	}
	if st.Files != 3 || st.Read != 3 || st.Articles != 2 || progress != 2 {
		t.Fatalf("stats %+v, progress %d", st, progress)
	}
	skips, err := ix.Skipped(ctx)
	if err != nil || len(skips) != 2 || !strings.Contains(skips[0].Reason, `no "text"`) || !strings.Contains(skips[1].Reason, "binary") {
		t.Fatalf("skips %v, %v", skips, err)
	}

	// Related: both name Aleppo, the first three times (title included).
	r := archive.NewRegion("syria-governorates", "Syria", syria) // MaxKind "region"
	ms, err := ix.Related(ctx, r, time.Time{}, time.Time{}, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(ms) != 2 || ms[0].Title != "Aleppo shelled" || ms[0].Mentions != 3 || ms[1].Title != "France" || ms[1].Mentions != 1 {
		t.Fatalf("related %+v", ms)
	}
	if p := ms[0].Passages; len(p) != 3 || p[1].Text != "October 19, 2016 - Shells fell on Aleppo." || ms[0].Text[p[1].Start:p[1].End] != p[1].Text {
		t.Fatalf("passages %+v", p)
	}
	// a date window leaves the first out
	ms, _ = ix.Related(ctx, r, time.Date(2016, 10, 20, 0, 0, 0, 0, time.UTC), time.Time{}, 0)
	if len(ms) != 1 || ms[0].Title != "France" {
		t.Fatalf("related after Oct 20: %+v", ms)
	}

	// InView over France lists only the NDJSON article; Places pins Paris and Lyon.
	france := orb.Bound{Min: orb.Point{-5, 42}, Max: orb.Point{5.5, 51}} // west of Geneva
	es, err := ix.InView(ctx, france, time.Time{}, time.Time{}, 10)
	if err != nil || len(es) != 1 || es[0].Title != "France" || es[0].Mentions != 2 || es[0].Day() != "2016-10-21" {
		t.Fatalf("in view %+v, %v", es, err)
	}
	var names []string
	for _, p := range ix.Places(france, time.Time{}, time.Time{}) {
		names = append(names, p.Name)
	}
	if strings.Join(names, ",") != "Paris,Lyon" && strings.Join(names, ",") != "Lyon,Paris" {
		t.Errorf("places in France %v", names)
	}
	if d := ix.Days(); len(d) != 2 || d[0].Day.Format(time.DateOnly) != "2016-10-19" {
		t.Errorf("days %+v", d)
	}
	if es, err := ix.Search(ctx, "geneva", 0); err != nil || len(es) != 1 || es[0].Title != "Aleppo shelled" {
		t.Errorf("search geneva: %+v %v", es, err)
	}
	if es, _ := ix.Search(ctx, `"in Paris" rai*`, 0); len(es) != 1 || es[0].Title != "France" {
		t.Errorf("search phrase and prefix: %+v", es)
	}
	oct20 := time.Date(2016, 10, 20, 0, 0, 0, 0, time.UTC)
	if es, _ := ix.SearchIn(ctx, "aleppo", oct20, time.Time{}, 0); len(es) != 1 || es[0].Title != "France" {
		t.Errorf("search aleppo from Oct 20: %+v", es)
	}
	if es, _ := ix.SearchIn(ctx, "aleppo", time.Time{}, oct20, 0); len(es) != 1 || es[0].Title != "Aleppo shelled" {
		t.Errorf("search aleppo to Oct 20: %+v", es)
	}

	// Reopened: the same catalogue; nothing to read again.
	ix.Close()
	if ix, err = Open(dbPath); err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if ix.Len() != 2 {
		t.Fatalf("reopened with %d articles", ix.Len())
	}
	if st, err = ix.Update(ctx, g, []string{arch}, archive.Options{}); err != nil || st.Read != 0 || st.Articles != 2 {
		t.Fatalf("second update %+v %v", st, err)
	}
	// One file changed, one gone.
	write(t, filepath.Join(arch, "a.txt"), "Homs\n\nFighting in Homs.")
	os.Remove(filepath.Join(arch, "b.ndjson"))
	if st, err = ix.Update(ctx, g, []string{arch}, archive.Options{}); err != nil || st.Read != 1 || st.Removed != 1 || st.Articles != 1 {
		t.Fatalf("third update %+v %v", st, err)
	}
	if es, _ := ix.Search(ctx, "aleppo", 0); len(es) != 0 {
		t.Errorf("aleppo still found: %+v", es)
	}
	ms, _ = ix.Related(ctx, r, time.Time{}, time.Time{}, 0)
	if len(ms) != 1 || ms[0].Title != "Homs" {
		t.Errorf("related after the change %+v", ms)
	}
}

// TestUpdateRelative: the same archive named by a relative path is the same index, read
// once.
func TestUpdateRelative(t *testing.T) {
	g := gazetteer(t)
	dir := t.TempDir()
	write(t, filepath.Join(dir, "news", "a.txt"), "Talks in Geneva.")
	ix, err := Open(filepath.Join(dir, "ix.sqlite"))
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	ctx := context.Background()
	if st, err := ix.Update(ctx, g, []string{filepath.Join(dir, "news")}, archive.Options{}); err != nil || st.Read != 1 {
		t.Fatalf("first update %+v %v", st, err)
	}
	t.Chdir(dir)
	if st, err := ix.Update(ctx, g, []string{"news"}, archive.Options{}); err != nil || st.Read != 0 || st.Removed != 0 || st.Articles != 1 {
		t.Fatalf("relative update %+v %v", st, err)
	}
}

// TestArticleAt finds an indexed article by its source, as a session names the story it
// had open, and says so in one line when the index holds none.
func TestArticleAt(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "wire.ndjson")
	write(t, src, `{"text":"Shells fell on Aleppo.","title":"Aleppo","date":"2016-10-19"}`+"\n"+`{"text":"Talks in Geneva.","title":"Geneva","date":"2016-10-20"}`+"\n")
	ix, err := Open(filepath.Join(dir, "ix.sqlite"))
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	ctx := context.Background()
	if _, err := ix.Update(ctx, gazetteer(t), []string{src}, archive.Options{}); err != nil {
		t.Fatal(err)
	}
	p, err := ix.ArticleAt(ctx, src+":2")
	if err != nil {
		t.Fatal(err)
	}
	if p.Title != "Geneva" || p.Text != "Talks in Geneva." || len(p.Places) != 1 || p.Places[0].Name != "Geneva" || p.Day() != "2016-10-20" {
		t.Errorf("article at line 2: %q %q %v %s", p.Title, p.Text, p.Places, p.Day())
	}
	_, err = ix.ArticleAt(ctx, src+":3")
	if err == nil || err.Error() != src+":3: no longer in the archive" {
		t.Errorf("no article at line 3: %v", err)
	}
}
