package layer

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzFormats feeds arbitrary bytes to each reader of a format other than
// GeoJSON, seeded with the fixtures: none may panic, an error is one
// line, and every feature's properties are a JSON object.
func FuzzFormats(f *testing.F) {
	exts := []string{".csv", ".tsv", ".gpx", ".kml", ".kmz", ".shp", ".fgb", ".zip"}
	for i, ext := range exts {
		matches, _ := filepath.Glob(filepath.Join("testdata", "formats", "*"+ext))
		for _, m := range matches {
			if b, err := os.ReadFile(m); err == nil && len(b) < 64<<10 {
				f.Add(uint8(i), b)
			}
		}
	}
	dbf, _ := os.ReadFile(filepath.Join("testdata", "formats", "governorates-syria-utm37.dbf"))
	f.Fuzz(func(t *testing.T, which uint8, data []byte) {
		ext := exts[int(which)%len(exts)]
		dir := t.TempDir()
		path := filepath.Join(dir, "fuzz"+ext)
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		if ext == ".shp" && len(data)%2 == 0 { // half the time with a .dbf beside it
			os.WriteFile(filepath.Join(dir, "fuzz.dbf"), dbf, 0o644)
		}
		l, err := Load(path, Options{})
		if err != nil {
			if strings.ContainsAny(err.Error(), "\n\r") {
				t.Fatalf("error is not one line: %q", err)
			}
			return
		}
		for i := range l.Features {
			if p := l.Features[i].Props; p != nil && !json.Valid(p) {
				t.Fatalf("feature %d: properties are not JSON: %s", i, p)
			}
		}
		l.Hits([2]float64{0, 0}, 0.01, 0.01)
	})
}
