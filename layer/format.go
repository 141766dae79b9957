package layer

import (
	"bytes"
	"fmt"
	"io"
	"path/filepath"
	"strings"
)

// A formatReader reads a whole file of one format other than GeoJSON into
// a layer. path is the file's, for formats whose data lies in files beside
// it (a Shapefile's .dbf and .prj); errors do not name it, Load does.
type formatReader func(path, name string, data []byte, opt Options) (*Layer, error)

// readerFor picks the reader of a file by its extension, then by its
// first bytes when the extension says nothing; nil means GeoJSON, read as
// before (stream.go, parse.go).
func readerFor(path string, r io.ReaderAt) formatReader {
	ext := strings.ToLower(filepath.Ext(path))
	switch ext {
	case ".csv", ".tsv", ".tab":
		return func(_, name string, data []byte, opt Options) (*Layer, error) {
			return readCSV(name, data, ext, opt)
		}
	case ".gpx":
		return whole(readGPX)
	case ".kml":
		return whole(readKML)
	case ".kmz":
		return whole(readKMZ)
	case ".shp":
		return readShapefile
	case ".fgb":
		return whole(readFGB)
	case ".zip":
		return whole(readZip)
	case ".dbf", ".shx", ".prj", ".cpg":
		return func(_, _ string, _ []byte, _ Options) (*Layer, error) {
			return nil, fmt.Errorf("a %s is one of a Shapefile's files: open the .shp beside it", ext)
		}
	case ".geojson", ".json", ".ndjson", ".geojsons", ".jsonl":
		return nil
	}
	head := make([]byte, 512)
	n, _ := r.ReadAt(head, 0)
	head = bytes.TrimLeft(head[:n], "\xef\xbb\xbf \t\r\n")
	switch {
	case len(head) > 0 && (head[0] == '{' || head[0] == '[' || head[0] == 0x1e):
		return nil
	case bytes.HasPrefix(head, []byte("<")) && bytes.Contains(head, []byte("<gpx")):
		return whole(readGPX)
	case bytes.HasPrefix(head, []byte("<")) && bytes.Contains(head, []byte("<kml")):
		return whole(readKML)
	case bytes.HasPrefix(head, []byte{0, 0, 0x27, 0x0a}): // 9994, a .shp's code
		return readShapefile
	case bytes.HasPrefix(head, fgbMagic):
		return whole(readFGB)
	case bytes.HasPrefix(head, []byte("PK\x03\x04")):
		return whole(readZip)
	}
	return nil
}

// whole is a reader of a format whose file holds all its data.
func whole(read func(name string, data []byte, opt Options) (*Layer, error)) formatReader {
	return func(_, name string, data []byte, opt Options) (*Layer, error) {
		return read(name, data, opt)
	}
}

// geoPackage reports whether a file is a GeoPackage, which is read as a
// database from its path rather than from its bytes.
func geoPackage(path string, r io.ReaderAt) bool {
	if strings.EqualFold(filepath.Ext(path), ".gpkg") {
		return true
	}
	head := make([]byte, 16)
	n, _ := r.ReadAt(head, 0)
	return string(head[:n]) == "SQLite format 3\x00"
}

// flatGeobuf reports whether a file is a FlatGeobuf, by its extension or
// its magic number.
func flatGeobuf(path string, r io.ReaderAt) bool {
	if strings.EqualFold(filepath.Ext(path), ".fgb") {
		return true
	}
	head := make([]byte, len(fgbMagic))
	n, _ := r.ReadAt(head, 0)
	return bytes.Equal(head[:n], fgbMagic)
}

// Extensions lists the file endings Load reads as layers, as a file
// dialog offers them: GeoJSON and its sequences, CSV and TSV, GPX, KML and
// KMZ, Shapefiles (alone or zipped), GeoPackage and FlatGeobuf.
func Extensions() []string {
	return []string{".geojson", ".json", ".ndjson", ".geojsons", ".jsonl", ".csv", ".tsv", ".tab",
		".gpx", ".kml", ".kmz", ".shp", ".zip", ".gpkg", ".fgb"}
}
