package ui

import (
	"archive/zip"
	"os"
	"path/filepath"
	"testing"
)

// writeZip writes a ZIP holding the named files, each with a line of text.
func writeZip(t *testing.T, path string, names ...string) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	zw := zip.NewWriter(f)
	for _, n := range names {
		w, err := zw.Create(n)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte("Shells fell on Aleppo.\n"))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	f.Close()
}

func TestIsArchive(t *testing.T) {
	dir := t.TempDir()
	in := func(name, content string) string {
		p := filepath.Join(dir, name)
		writeInput(t, p, content)
		return p
	}
	zipped := func(name string, members ...string) string {
		p := filepath.Join(dir, name)
		writeZip(t, p, members...)
		return p
	}
	folder := filepath.Join(dir, "news")
	if err := os.Mkdir(folder, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		path string
		want bool
	}{
		{"a folder", folder, true},
		{"an RSS feed", in("feed.rss", `<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>`), true},
		{"an Atom feed named .xml", in("atom.xml", `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"></feed>`), true},
		{"XML that is no feed", in("other.xml", `<?xml version="1.0"?><kml></kml>`), false},
		{"NDJSON of articles", in("news.ndjson", `{"text": "Shells fell on Aleppo.", "date": "2016-10-19"}`+"\n"), true},
		{"NDJSON of GeoJSON features", in("points.ndjson", `{"type": "Feature", "properties": {"text": "a label"}, "geometry": {"type": "Point", "coordinates": [37, 36]}}`+"\n"), false},
		{"a ZIP of articles", zipped("stories.zip", "a.txt", "b/c.md"), true},
		{"a zipped Shapefile", zipped("roads.zip", "roads.shp", "roads.dbf", "readme.txt"), false},
		{"a GeoJSON file", in("zones.geojson", `{"type": "FeatureCollection", "features": []}`), false},
		{"an article", in("story.txt", "Shells fell on Aleppo.\n"), false},
		{"a missing file", filepath.Join(dir, "gone.rss"), false},
	} {
		if got := IsArchive(tc.path); got != tc.want {
			t.Errorf("%s: IsArchive(%s) = %v, want %v", tc.name, filepath.Base(tc.path), got, tc.want)
		}
	}
}
