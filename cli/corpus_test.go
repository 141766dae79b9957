package cli

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestBrokenCorpus opens every file of testdata/broken as the window
// would (through `info`): unusable files exit 1 with one line naming the
// file and what is wrong; partly bad files load what is valid and say
// what was skipped or repaired, and why.
func TestBrokenCorpus(t *testing.T) {
	tests := []struct {
		file     string
		code     int
		stderr   string // for code 1
		features int    // for code 0
		skipped  string // for code 0: a reason that must be reported
	}{
		{"empty.geojson", 1, "empty file", 0, ""},
		{"whitespace.geojson", 1, "empty file", 0, ""},
		{"not-json.geojson", 1, "not valid JSON at line 1, column 1", 0, ""},
		{"truncated.geojson", 1, "truncated", 0, ""},
		{"binary.geojson", 1, "binary data", 0, ""},
		{"png-renamed.geojson", 1, "binary data", 0, ""},
		{"utf16le.geojson", 1, "UTF-16", 0, ""},
		{"utf16be-nobom.geojson", 1, "UTF-16", 0, ""},
		{"nan.geojson", 1, "NaN and Infinity are not JSON numbers", 0, ""},
		{"infinity.geojson", 1, "NaN and Infinity are not JSON numbers", 0, ""},
		{"trailing-garbage.geojson", 1, "after top-level value", 0, ""},
		{"wrong-type.geojson", 1, `type "Topology" is not a GeoJSON type`, 0, ""},
		{"no-features.geojson", 1, `no "features" array`, 0, ""},
		{"features-object.geojson", 1, `"features" is an object, want an array`, 0, ""},
		{"top-array.json", 1, "the top level is an array", 0, ""},
		{"top-number.json", 1, "the top level is a number", 0, ""},
		{"only-bad-features.geojson", 1, "no usable feature", 0, ""},
		{"deep-collections.geojson", 1, "nested more than 32 deep", 0, ""},
		{"ndjson-bad-line.ndjson", 0, "", 2, "record 2: not valid JSON"},
		{"empty-article.txt", 1, "empty file", 0, ""},
		{"binary-article.txt", 1, "binary data", 0, ""},
		{"utf16-article.txt", 0, "", 0, ""}, // read as the window reads UTF-16 with its byte-order mark
		{"latin1-article.txt", 1, "not UTF-8", 0, ""},
		{"bom.geojson", 0, "", 1, ""},
		{"invalid-utf8.geojson", 0, "", 1, "invalid UTF-8 (first at byte"},
		{"string-coords.geojson", 0, "", 1, `feature 0: position ["36.2","33.5"] is not numbers`},
		{"out-of-range.geojson", 0, "", 1, "feature 0: position [36.2,133.5] is out of range"},
		{"huge-number.geojson", 0, "", 1, "feature 0: position [1e308,33.5] is out of range"},
		{"short-ring.geojson", 0, "", 1, "feature 0: outer ring has 3 positions, want 4 or more"},
		{"unclosed-ring.geojson", 0, "", 1, "feature 0: ring 0 was not closed; closed it"},
		{"missing-coordinates.geojson", 0, "", 1, "feature 0: LineString has no coordinates"},
		{"unknown-geometry.geojson", 0, "", 1, `feature 0: geometry type "Circle" is not GeoJSON`},
		{"properties-array.geojson", 0, "", 1, "properties is an array, want an object"},
		{"bad-style.geojson", 0, "", 1, `fill "reddish": want a colour like #ff8800 (default used)`},
		{"null-geometry.geojson", 0, "", 2, ""},
		{"empty-collection.geojson", 0, "", 0, ""},
		{"duplicate-keys.geojson", 0, "", 1, ""},
		{"ndjson.ndjson", 0, "", 2, ""},
		{"rfc8142.geojsons", 0, "", 2, ""},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := filepath.Join("testdata", "broken", tt.file)
			code, out, errs := run(t, "info", "--json", path)
			if code != tt.code {
				t.Fatalf("exit %d, want %d (stderr %q)", code, tt.code, errs)
			}
			if tt.code != OK {
				if strings.Count(errs, "\n") != 1 || !strings.HasPrefix(errs, "newsatlas: "+path+": ") || !strings.Contains(errs, tt.stderr) {
					t.Errorf("stderr %q, want one line naming the file and saying %q", errs, tt.stderr)
				}
				return
			}
			if errs != "" {
				t.Errorf("stderr %q on a usable file", errs)
			}
			var s []Summary
			if err := json.Unmarshal([]byte(out), &s); err != nil || len(s) != 1 {
				t.Fatalf("output %q: %v", out, err)
			}
			if s[0].Kind == "layer" && s[0].Features != tt.features {
				t.Errorf("features %d, want %d", s[0].Features, tt.features)
			}
			if tt.skipped != "" && !strings.Contains(strings.Join(s[0].Skipped, "\n"), tt.skipped) {
				t.Errorf("skipped %q, want a reason containing %q", s[0].Skipped, tt.skipped)
			}
		})
	}
	// Every file of the corpus is in the table.
	files, err := filepath.Glob(filepath.Join("testdata", "broken", "*"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 25 || len(files) != len(tests)+1 { // +1: the HTML article, checked below
		t.Errorf("%d corpus files, %d cases", len(files), len(tests))
	}
}

// TestHTMLArticle reduces HTML to its text without running or fetching
// anything in it.
func TestHTMLArticle(t *testing.T) {
	code, out, errs := run(t, "info", "--json", filepath.Join("testdata", "broken", "script-article.html"))
	if code != OK {
		t.Fatal(errs)
	}
	if strings.Contains(out, "fetch") || strings.Contains(out, "alert") || !strings.Contains(out, "Geneva") || !strings.Contains(out, "Aleppo") {
		t.Errorf("output %s", out)
	}
}

// TestBigInputs covers what is too big or too deep to commit: a 5 MB
// property string, a million-point line, 200,000 levels of nesting and a
// file larger than the app opens.
func TestBigInputs(t *testing.T) {
	if testing.Short() {
		t.Skip("big inputs")
	}
	dir := t.TempDir()
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	long := write("long-property.geojson", []byte(`{"type":"Feature","properties":{"name":"`+strings.Repeat("x", 5<<20)+`"},"geometry":{"type":"Point","coordinates":[1,2]}}`))
	var line strings.Builder
	line.WriteString(`{"type":"LineString","coordinates":[`)
	for i := 0; i < 1_000_000; i++ {
		if i > 0 {
			line.WriteByte(',')
		}
		fmt.Fprintf(&line, "[%.5f,%.5f]", -180+float64(i)*0.00036, float64(i%1000)*0.01)
	}
	line.WriteString("]}")
	million := write("million.geojson", []byte(line.String()))
	deep := write("deep.geojson", []byte(strings.Repeat("[", 200000)+strings.Repeat("]", 200000)))
	deepObj := write("deep-object.geojson", []byte(`{"type":"Feature","properties":{"a":`+strings.Repeat(`{"a":`, 200000)+"1"+strings.Repeat("}", 200000)+`},"geometry":null}`))
	huge := filepath.Join(dir, "huge.geojson")
	f, err := os.Create(huge)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(2 << 30); err != nil { // sparse: no disk used
		t.Skip("cannot make a sparse file here:", err)
	}
	f.Close()

	if code, out, errs := run(t, "info", "--json", long); code != OK || !strings.Contains(out, `"features": 1`) {
		t.Errorf("5 MB property: exit %d, %s %s", code, errs, out[:min(len(out), 200)])
	}
	if code, out, errs := run(t, "info", "--json", million); code != OK || !strings.Contains(out, `"LineString": 1`) {
		t.Errorf("million points: exit %d, %s %s", code, errs, out)
	}
	for _, p := range []string{deep, deepObj} {
		code, _, errs := run(t, "info", p)
		if code != BadInput || strings.Count(errs, "\n") != 1 || !strings.HasPrefix(errs, "newsatlas: "+p+": ") {
			t.Errorf("%s: exit %d, stderr %q", p, code, errs)
		}
	}
	code, _, errs := run(t, "info", huge)
	if code != BadInput || !strings.Contains(errs, "too large (2.0 GiB); this app opens files up to 1.0 GiB") {
		t.Errorf("huge file: exit %d, stderr %q", code, errs)
	}
}
