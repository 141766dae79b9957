package atlas

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

// sessionAtlas is an atlas without the basemap and the governorates
// (quicker to make), with the control zones and the gazetteer.
func sessionAtlas(t *testing.T) *Atlas {
	t.Helper()
	a, err := NewWith(Options{Skip: []string{Countries, SyriaGovernorates}})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// projectDir writes two GeoJSON layers and an article under dir/data.
func projectDir(t testing.TB, dir string) (damage, front, article string) {
	t.Helper()
	data := filepath.Join(dir, "data")
	if err := os.MkdirAll(data, 0o755); err != nil {
		t.Fatal(err)
	}
	damage, front, article = filepath.Join(data, "damage.geojson"), filepath.Join(data, "front.geojson"), filepath.Join(data, "story.txt")
	for path, text := range map[string]string{
		damage:  `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"strike"},"geometry":{"type":"Point","coordinates":[37.16,36.2]}}]}`,
		front:   `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"line"},"geometry":{"type":"LineString","coordinates":[[37.1,36.1],[37.2,36.3]]}}]}`,
		article: "Fighting in Homs\n\nShelling was reported in Homs and Hama on Tuesday.\n",
	} {
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return damage, front, article
}

// TestSessionRoundTrip saves a session and restores it into a fresh
// atlas: the same layers in the same order, visibility, opacity and
// colour, the same date and article; the file's paths are relative.
func TestSessionRoundTrip(t *testing.T) {
	dir := t.TempDir()
	damage, front, article := projectDir(t, dir)
	a := sessionAtlas(t)
	for _, p := range []string{damage, front} {
		if _, err := a.OpenLayer(p); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := a.OpenArticle(article); err != nil {
		t.Fatal(err)
	}
	must(t, a.SetHidden("damage", true))
	must(t, a.SetOpacity("front", 0.4))
	must(t, a.SetOpacity(AleppoControl, 0.7))
	must(t, a.Move("front", 0))
	a.SetDate(time.Date(2014, 3, 2, 0, 0, 0, 0, time.UTC))
	want := a.Session()
	want.View = &SessionView{Lon: 37.1, Lat: 36.2, Zoom: 11.5}
	want.Selection = &SessionSelection{Layer: "front", Feature: 0}
	project := filepath.Join(dir, "aleppo"+SessionExt)
	must(t, SaveSession(project, want))

	b, err := os.ReadFile(project)
	must(t, err)
	if strings.Contains(string(b), dir) || !strings.Contains(string(b), `"data/damage.geojson"`) || !strings.Contains(string(b), `"data/story.txt"`) {
		t.Errorf("the project's paths are not relative to it:\n%s", b)
	}

	// Moved elsewhere with its files, the project still finds them.
	moved := filepath.Join(t.TempDir(), "moved")
	must(t, os.Rename(dir, moved))
	got, err := LoadSession(filepath.Join(moved, "aleppo"+SessionExt))
	must(t, err)
	fresh := sessionAtlas(t)
	names, err := fresh.Restore(got)
	must(t, err)
	if names["damage"] != "damage" || names["front"] != "front" {
		t.Errorf("restored names %v", names)
	}
	restored := fresh.Session()
	restored.View, restored.Selection = got.View, got.Selection
	// The same session, its files in the moved folder.
	want.Article = filepath.Join(moved, "data", "story.txt")
	for i := range want.Layers {
		if want.Layers[i].Path != "" {
			want.Layers[i].Path = filepath.Join(moved, "data", filepath.Base(want.Layers[i].Path))
		}
	}
	if !reflect.DeepEqual(restored, want) {
		t.Errorf("restored\n%+v\nwant\n%+v", restored, want)
	}
	if fresh.Article.Title != "Fighting in Homs" || !fresh.Date.Equal(want.Date) {
		t.Errorf("article %q, date %v", fresh.Article.Title, fresh.Date)
	}
	if got, was := fresh.Layer("front").StyleOf(0).Stroke, a.Layer("front").StyleOf(0).Stroke; got != was {
		t.Errorf("front restored in %v, was %v", got, was)
	}
}

// TestRestoreMissingFile restores a session one of whose layers has gone:
// one line names it, and the rest comes back.
func TestRestoreMissingFile(t *testing.T) {
	dir := t.TempDir()
	damage, front, article := projectDir(t, dir)
	a := sessionAtlas(t)
	for _, p := range []string{damage, front} {
		if _, err := a.OpenLayer(p); err != nil {
			t.Fatal(err)
		}
	}
	_, err := a.OpenArticle(article)
	must(t, err)
	must(t, a.SetOpacity("front", 0.25))
	project := filepath.Join(dir, "p"+SessionExt)
	must(t, SaveSession(project, a.Session()))
	must(t, os.Remove(damage))

	s, err := LoadSession(project)
	must(t, err)
	b := sessionAtlas(t)
	_, err = b.Restore(s)
	if err == nil || !strings.Contains(err.Error(), damage) || strings.Count(err.Error(), "\n") != 0 {
		t.Fatalf("error %v, want one line naming %s", err, damage)
	}
	if b.Layer("damage") != nil {
		t.Error("the missing layer is there")
	}
	if l := b.Layer("front"); l == nil || l.Opacity != 0.25 {
		t.Errorf("front not restored: %+v", l)
	}
	if b.Article == nil || b.Article.Path != article {
		t.Errorf("article not restored: %+v", b.Article)
	}
}

// TestRestoreReplaces restores a session over an atlas with other layers
// and another article: they go, the built-in article comes back.
func TestRestoreReplaces(t *testing.T) {
	dir := t.TempDir()
	damage, _, article := projectDir(t, dir)
	a := sessionAtlas(t)
	empty := a.Session()
	_, err := a.OpenLayer(damage)
	must(t, err)
	_, err = a.OpenArticle(article)
	must(t, err)
	_, err = a.Restore(empty)
	must(t, err)
	if a.Layer("damage") != nil || a.Article.Path != "" {
		t.Errorf("after restoring the built-in session: layers %v, article %q", names(a), a.Article.Path)
	}
}

// TestLoadSessionBad checks that a file that is not a session of this
// version is refused with one line naming it.
func TestLoadSessionBad(t *testing.T) {
	for _, tc := range []struct{ name, text, want string }{
		{"not json", "layers: [", "not a News Atlas project"},
		{"geojson", `{"type":"FeatureCollection","features":[]}`, "not a News Atlas project"},
		{"newer", `{"format":"newsatlas-session","version":2,"layers":[]}`, "version 2 is newer"},
		{"older", `{"format":"newsatlas-session","version":0,"layers":[]}`, "version 0 is not one"},
		{"date", `{"format":"newsatlas-session","version":1,"date":"19/10/2016","layers":[]}`, "is not YYYY-MM-DD"},
		{"opacity", `{"format":"newsatlas-session","version":1,"layers":[{"name":"x","opacity":3}]}`, "opacity 3 is not between"},
		{"view", `{"format":"newsatlas-session","version":1,"layers":[],"view":{"Lon":500,"Lat":0,"Zoom":3}}`, "off the map"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "bad"+SessionExt)
			must(t, os.WriteFile(path, []byte(tc.text), 0o644))
			_, err := LoadSession(path)
			if err == nil || !strings.HasPrefix(err.Error(), path+": ") || !strings.Contains(err.Error(), tc.want) || strings.Contains(err.Error(), "\n") {
				t.Errorf("error %v, want one line %q on %s", err, tc.want, path)
			}
		})
	}
	if _, err := LoadSession(filepath.Join(t.TempDir(), "none"+SessionExt)); err == nil || !strings.Contains(err.Error(), "no such file") {
		t.Errorf("missing file: %v", err)
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// BenchmarkSaveSession measures what quitting spends writing the session
// of an atlas with two layers opened and an article.
func BenchmarkSaveSession(b *testing.B) {
	dir := b.TempDir()
	a, err := NewWith(Options{Skip: []string{Countries, SyriaGovernorates}})
	if err != nil {
		b.Fatal(err)
	}
	damage, front, article := projectDir(b, dir)
	for _, p := range []string{damage, front} {
		if _, err := a.OpenLayer(p); err != nil {
			b.Fatal(err)
		}
	}
	if _, err := a.OpenArticle(article); err != nil {
		b.Fatal(err)
	}
	path := filepath.Join(dir, "last"+SessionExt)
	b.ReportAllocs()
	for b.Loop() {
		if err := SaveSession(path, a.Session()); err != nil {
			b.Fatal(err)
		}
	}
}

// TestSessionArchive: a project file keeps the news archive's sources
// relative to it, and reads them back absolute, moved with their folder;
// an empty source is refused with one line.
func TestSessionArchive(t *testing.T) {
	dir := t.TempDir()
	feed, folder := filepath.Join(dir, "news", "feed.rss"), filepath.Join(dir, "news", "saved")
	project := filepath.Join(dir, "p"+SessionExt)
	must(t, SaveSession(project, Session{Archive: []string{feed, folder}, ArchiveStory: feed + ":3", ArchiveSearch: "ceasefire", ArchiveDays: 7}))
	b, err := os.ReadFile(project)
	must(t, err)
	if !strings.Contains(string(b), `"archive": [`) || !strings.Contains(string(b), `"news/feed.rss"`) || !strings.Contains(string(b), `"archive_story": "news/feed.rss:3"`) || strings.Contains(string(b), dir) {
		t.Errorf("the archive's sources are not kept relative to the project:\n%s", b)
	}
	moved := filepath.Join(t.TempDir(), "moved")
	must(t, os.Rename(dir, moved))
	got, err := LoadSession(filepath.Join(moved, "p"+SessionExt))
	must(t, err)
	if want := []string{filepath.Join(moved, "news", "feed.rss"), filepath.Join(moved, "news", "saved")}; !reflect.DeepEqual(got.Archive, want) {
		t.Errorf("archive %v, want %v", got.Archive, want)
	}
	if want := filepath.Join(moved, "news", "feed.rss:3"); got.ArchiveStory != want {
		t.Errorf("archive story %q, want %q", got.ArchiveStory, want)
	}
	if got.ArchiveSearch != "ceasefire" || got.ArchiveDays != 7 {
		t.Errorf("the Stories' search %q and date window %d, want \"ceasefire\" and 7 days", got.ArchiveSearch, got.ArchiveDays)
	}
	// A session without an archive writes no "archive" member.
	none := filepath.Join(moved, "none"+SessionExt)
	must(t, SaveSession(none, Session{}))
	if b, _ := os.ReadFile(none); strings.Contains(string(b), "archive") {
		t.Errorf("an archive member without an archive:\n%s", b)
	}
	bad := filepath.Join(moved, "bad"+SessionExt)
	must(t, os.WriteFile(bad, []byte(`{"format":"newsatlas-session","version":1,"layers":[],"archive":["a.rss",""]}`), 0o644))
	if _, err := LoadSession(bad); err == nil || !strings.Contains(err.Error(), "archive source 2 is empty") || strings.Contains(err.Error(), "\n") {
		t.Errorf("an empty archive source: %v", err)
	}
	must(t, os.WriteFile(bad, []byte(`{"format":"newsatlas-session","version":1,"layers":[],"archive":["a.rss"],"archive_days":-7}`), 0o644))
	if _, err := LoadSession(bad); err == nil || !strings.Contains(err.Error(), "archive_days -7") || strings.Contains(err.Error(), "\n") {
		t.Errorf("a negative date window: %v", err)
	}
}
