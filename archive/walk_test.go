package archive

import (
	"archive/zip"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// collect walks sources and returns the articles and the skips.
func collect(t *testing.T, sources ...string) ([]*Article, []Skip) {
	t.Helper()
	var arts []*Article
	var skips []Skip
	err := Walk(context.Background(), sources, Options{Skip: func(s Skip) { skips = append(skips, s) }}, func(a *Article) error {
		arts = append(arts, a)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return arts, skips
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

// TestWalkFolder reads every kind of source in a folder, in name order, dates each the
// way it can and skips what is not an article with its reason.
func TestWalkFolder(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "a.txt"), "Talks in Geneva\n\nGENEVA, October 19, 2016 - Officials met on Aleppo.")
	write(t, filepath.Join(dir, "b", "c.html"), "<html><body><h1>Homs</h1><p>Fighting in Homs.</p></body></html>")
	write(t, filepath.Join(dir, "d.ndjson"), `{"text":"Raqqa was shelled.","title":"Raqqa","date":"2017-06-06","url":"http://x/1","id":7}`+"\n\n"+`{"title":"no text"}`+"\n"+`{"text":"Idlib.","date":"Tue, 07 Mar 2017 10:00:00 +0300"}`+"\n")
	write(t, filepath.Join(dir, "e.bin"), "\x00\x01\x02binary")
	write(t, filepath.Join(dir, ".hidden.txt"), "never read")
	write(t, filepath.Join(dir, "zones.kml"), "<kml/>")
	old := time.Date(2015, 3, 4, 12, 0, 0, 0, time.UTC)
	write(t, filepath.Join(dir, "f.md"), "# Kobani\n\nKobani held.")
	if err := os.Chtimes(filepath.Join(dir, "f.md"), old, old); err != nil {
		t.Fatal(err)
	}
	arts, skips := collect(t, dir)
	type got struct{ source, title, day, from string }
	want := []got{
		{"a.txt", "Talks in Geneva", "2016-10-19", DateFromDateline},
		{"b/c.html", "Homs", "", DateFromFile},
		{"d.ndjson:1", "Raqqa", "2017-06-06", DateFromNDJSON},
		{"d.ndjson:4", "Idlib.", "2017-03-07", DateFromNDJSON},
		{"f.md", "Kobani", "2015-03-04", DateFromFile},
	}
	if len(arts) != len(want) {
		t.Fatalf("%d articles, want %d: %+v", len(arts), len(want), arts)
	}
	for i, w := range want {
		a := arts[i]
		rel, _ := filepath.Rel(dir, strings.SplitN(a.Source, ":", 2)[0])
		if _, line, ok := strings.Cut(a.Source, ":"); ok {
			rel += ":" + line
		}
		g := got{filepath.ToSlash(rel), a.Title, a.Day(), a.DateFrom}
		if w.day == "" {
			g.day = ""
		}
		if g != w {
			t.Errorf("article %d: %+v, want %+v", i, g, w)
		}
	}
	if arts[2].ID != "7" || arts[2].URL != "http://x/1" {
		t.Errorf("NDJSON id %q url %q", arts[2].ID, arts[2].URL)
	}
	if len(skips) != 3 || !strings.HasSuffix(skips[0].Source, "d.ndjson:3") || !strings.Contains(skips[0].Reason, `no "text"`) ||
		!strings.HasSuffix(skips[1].Source, "e.bin") || !strings.Contains(skips[1].Reason, "binary") ||
		!strings.HasSuffix(skips[2].Source, "zones.kml") || !strings.Contains(skips[2].Reason, "a map layer (.kml)") {
		t.Errorf("skips %v", skips)
	}
}

// TestWalkZIP reads the articles of a ZIP's entries.
func TestWalkZIP(t *testing.T) {
	p := filepath.Join(t.TempDir(), "a.zip")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	zw := zip.NewWriter(f)
	for name, data := range map[string]string{"x/one.txt": "Aleppo.", "two.ndjson": `{"text":"Homs."}` + "\n" + `{"text":"Hama."}`} {
		w, _ := zw.Create(name)
		w.Write([]byte(data))
	}
	zw.Close()
	f.Close()
	arts, skips := collect(t, p)
	var srcs []string
	for _, a := range arts {
		srcs = append(srcs, strings.TrimPrefix(a.Source, p)+"="+a.Text)
	}
	if got := strings.Join(srcs, " "); got != "!/two.ndjson:1=Homs. !/two.ndjson:2=Hama. !/x/one.txt=Aleppo." || len(skips) != 0 {
		t.Errorf("got %s, skips %v", got, skips)
	}
}

// TestNotNDJSON: a .json file that is one JSON document over many lines (a GeoJSON layer
// beside the articles) is one skip, not one a line.
func TestNotNDJSON(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "layer.json"), "{\n  \"type\": \"FeatureCollection\",\n  \"features\": []\n}\n")
	write(t, filepath.Join(dir, "list.json"), "[\n{\"text\":\"Homs.\"}\n]\n")
	arts, skips := collect(t, dir)
	if len(arts) != 0 || len(skips) != 2 || !strings.HasSuffix(skips[0].Source, "layer.json") || !strings.Contains(skips[0].Reason, "not NDJSON: line 1 is not a JSON object") ||
		!strings.HasSuffix(skips[1].Source, "list.json") || !strings.Contains(skips[1].Reason, "not NDJSON: line 1") {
		t.Errorf("articles %v, skips %v", arts, skips)
	}
}

// TestAll ranges over a folder's articles and stops where the loop breaks.
func TestAll(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{"a", "b", "c"} {
		write(t, filepath.Join(dir, n+".txt"), "Article "+n)
	}
	var got []string
	for a := range All(context.Background(), []string{dir}, Options{}) {
		got = append(got, a.Title)
		if len(got) == 2 {
			break
		}
	}
	if strings.Join(got, ",") != "Article a,Article b" {
		t.Errorf("got %v", got)
	}
}

// TestIsArchive tells archives from the layers that share their extensions.
func TestIsArchive(t *testing.T) {
	dir := t.TempDir()
	mk := func(name, data string) string {
		p := filepath.Join(dir, name)
		write(t, p, data)
		return p
	}
	mkZip := func(name string, entries ...string) string {
		p := filepath.Join(dir, name)
		f, err := os.Create(p)
		if err != nil {
			t.Fatal(err)
		}
		zw := zip.NewWriter(f)
		for i := 0; i < len(entries); i += 2 {
			w, _ := zw.Create(entries[i])
			w.Write([]byte(entries[i+1]))
		}
		zw.Close()
		f.Close()
		return p
	}
	for _, c := range []struct {
		path string
		want bool
	}{
		{dir, true},
		{mk("a.txt", "Geneva."), false},
		{mk("f.rss", "<rss/>"), true},
		{mk("feed.xml", `<?xml version="1.0"?><rss version="2.0"><channel/></rss>`), true},
		{mk("other.xml", `<?xml version="1.0"?><kml/>`), false},
		{mk("arts.ndjson", `{"text":"Geneva."}`), true},
		{mk("features.ndjson", `{"type":"Feature","geometry":{"type":"Point","coordinates":[1,2]},"properties":{}}`), false},
		{mk("layer.json", `{"text":"x"}`), false},
		{mkZip("news.zip", "a/b.txt", "Geneva."), true},
		{mkZip("lines.zip", "x.ndjson", `{"text":"Homs."}`), true},
		{mkZip("shape.zip", "g.shp", "x", "g.shp.xml", "<x/>", "readme.txt", "about"), false},
		{mkZip("geo.zip", "g.geojson", "{}"), false},
	} {
		if got := IsArchive(c.path); got != c.want {
			t.Errorf("IsArchive(%s) = %v", filepath.Base(c.path), got)
		}
	}
}

// TestFeatureNDJSON: NDJSON of GeoJSON features in a folder is one skip, not one a line.
func TestFeatureNDJSON(t *testing.T) {
	dir := t.TempDir()
	f := `{"type":"Feature","geometry":{"type":"Point","coordinates":[1,2]},"properties":{}}` + "\n"
	write(t, filepath.Join(dir, "pts.ndjson"), f+f+f)
	arts, skips := collect(t, dir)
	if len(arts) != 0 || len(skips) != 1 || !strings.Contains(skips[0].Reason, "GeoJSON features") {
		t.Errorf("articles %v, skips %v", arts, skips)
	}
}
