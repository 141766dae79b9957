package ui

import (
	"archive/zip"
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path"
	"path/filepath"
	"strings"

	"newsatlas/archive"
)

// archiveSniffBytes is how much of a file is read to tell a feed or an
// NDJSON file of articles from a layer.
const archiveSniffBytes = 4096

// IsArchive reports whether a path given on the command line or dropped
// on the window is a news archive rather than a layer or an article: a
// folder, an RSS or Atom feed, an NDJSON file whose records hold a "text"
// and no geometry, or a ZIP of articles or feeds with no map data in it.
//
// It asks archive.IsArchive, which goes by the name, and then looks
// inside, since a .ndjson, .xml or .zip file may hold map data as well.
func IsArchive(p string) bool {
	if !archive.IsArchive(p) {
		return false
	}
	if fi, err := os.Stat(p); err != nil || fi.IsDir() {
		return err == nil
	}
	switch strings.ToLower(filepath.Ext(p)) {
	case ".rss", ".atom", ".xml":
		return isFeed(head(p))
	case ".ndjson", ".jsonl":
		return isArticleLines(head(p))
	case ".zip":
		return isArticleZip(p)
	}
	return false
}

// head is the start of a file, nil when it cannot be read.
func head(p string) []byte {
	f, err := os.Open(p)
	if err != nil {
		return nil
	}
	defer f.Close()
	b, _ := io.ReadAll(io.LimitReader(f, archiveSniffBytes))
	return b
}

// isFeed reports whether b starts an RSS or Atom document.
func isFeed(b []byte) bool {
	s := strings.ToLower(string(b))
	return strings.Contains(s, "<rss") || strings.Contains(s, "<feed") || strings.Contains(s, "<rdf:rdf")
}

// isArticleLines reports whether the first record of NDJSON b is an
// article: an object with a string "text" and no geometry.
func isArticleLines(b []byte) bool {
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 0, archiveSniffBytes), archiveSniffBytes)
	for sc.Scan() {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		var rec map[string]json.RawMessage
		if json.Unmarshal(line, &rec) != nil {
			// A first line longer than the sniff: look for the key itself.
			return bytes.Contains(line, []byte(`"text"`)) && !bytes.Contains(line, []byte(`"geometry"`))
		}
		var text string
		_, geo := rec["geometry"]
		return json.Unmarshal(rec["text"], &text) == nil && !geo
	}
	// One record longer than the sniff: no line end seen.
	return bytes.Contains(b, []byte(`"text"`)) && !bytes.Contains(b, []byte(`"geometry"`))
}

// isArticleZip reports whether a ZIP holds articles or feeds and no map
// data (a zipped Shapefile, KML, GeoJSON or CSV opens as a layer).
func isArticleZip(p string) bool {
	zr, err := zip.OpenReader(p)
	if err != nil {
		return false
	}
	defer zr.Close()
	articles := false
	for _, f := range zr.File {
		switch strings.ToLower(path.Ext(f.Name)) {
		case ".shp", ".kml", ".kmz", ".gpx", ".geojson", ".json", ".csv", ".tsv", ".gpkg", ".fgb":
			return false
		case ".txt", ".md", ".markdown", ".html", ".htm", ".rss", ".atom", ".xml", ".ndjson", ".jsonl":
			articles = true
		}
	}
	return articles
}
