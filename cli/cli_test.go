package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func run(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var o, e bytes.Buffer
	code = Run(args, &o, &e)
	return code, o.String(), e.String()
}

// identifyHit is one hit of `identify --json`.
type identifyHit struct {
	Layer      string         `json:"layer"`
	Properties map[string]any `json:"properties"`
}

// identifyJSON runs `identify --json ARGS...` and returns its hits and
// its output, failing the test unless it exits 0 with a JSON array.
func identifyJSON(t *testing.T, args ...string) ([]identifyHit, string) {
	t.Helper()
	code, out, errs := run(t, append([]string{"identify", "--json"}, args...)...)
	if code != OK {
		t.Fatalf("identify %v: exit %d: %s", args, code, errs)
	}
	var hits []identifyHit
	if err := json.Unmarshal([]byte(out), &hits); err != nil {
		t.Fatalf("identify %v: output is not JSON: %v\n%s", args, err, out)
	}
	return hits, out
}

// writeInput writes a test input, failing the test if it cannot.
func writeInput(t testing.TB, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestIdentify(t *testing.T) {
	tests := []struct {
		name  string
		args  []string
		layer string
		key   string
		want  string
	}{
		{"Geneva is in Switzerland", []string{"6.1432", "46.2044"}, "countries", "ISO_A3_EH", "CHE"},
		{"Damascus is in Syria", []string{"36.2913", "33.5102"}, "countries", "ISO_A3_EH", "SYR"},
		{"Damascus governorate", []string{"36.2913", "33.5102"}, "syria-governorates", "name", "Damascus"},
		{"Damascus governorate in Arabic", []string{"36.2913", "33.5102"}, "syria-governorates", "name_ar", "مدينة دمشق"},
		{"New Aleppo held by the government", []string{"37.09389", "36.20050"}, "aleppo-control", "control", "government"},
		{"Masaken Hanano held by the opposition", []string{"37.20323", "36.22773"}, "aleppo-control", "control", "opposition"},
		{"Sheikh Maqsoud held by the YPG", []string{"37.15402", "36.23679"}, "aleppo-control", "control", "sdf"},
		{"Masaken Hanano retaken by 1 December", []string{"--date", "2016-12-01", "37.20323", "36.22773"}, "aleppo-control", "control", "government"},
		{"as_of is the date asked", []string{"37.09389", "36.20050", "--date", "2016-12-01"}, "aleppo-control", "as_of", "2016-12-01"},
		{"as_of defaults to the article's date", []string{"37.09389", "36.20050"}, "aleppo-control", "as_of", "2016-10-19"},
		{"Sukkari held by the opposition", []string{"37.14245", "36.17498"}, "aleppo-control", "control", "opposition"},
		{"Sukkari retaken by 23 December", []string{"--date=2016-12-23", "37.14245", "36.17498"}, "aleppo-control", "control", "government"},
		{"Washington DC, a negative longitude", []string{"-77.0365", "38.895"}, "countries", "ISO_A3_EH", "USA"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hits, out := identifyJSON(t, tt.args...)
			for _, h := range hits {
				if h.Layer == tt.layer {
					if got, _ := h.Properties[tt.key].(string); got != tt.want {
						t.Errorf("%s %s = %q, want %q", tt.layer, tt.key, got, tt.want)
					}
					if tt.layer == "aleppo-control" {
						if src, _ := h.Properties["source"].(string); src == "" {
							t.Errorf("control zone without a source: %v", h.Properties)
						}
					}
					return
				}
			}
			t.Errorf("no %s feature in %s", tt.layer, out)
		})
	}
}

func TestIdentifyOrderTopmostFirst(t *testing.T) {
	hits, _ := identifyJSON(t, "--bbox", "37.0,36.1,37.3,36.3", "37.20323", "36.22773")
	var got []string
	for _, h := range hits {
		// The basemap answers with each of its features there (a
		// neighbourhood, its district, the urban area): one layer.
		if len(got) == 0 || got[len(got)-1] != h.Layer {
			got = append(got, h.Layer)
		}
	}
	if want := "aleppo-control,syria-governorates,basemap,countries"; strings.Join(got, ",") != want {
		t.Errorf("layers = %v, want %s", got, want)
	}
}

func TestIdentifyEmptyIsArray(t *testing.T) {
	code, out, _ := run(t, "identify", "--json", "-150", "-40")
	if code != OK || strings.TrimSpace(out) != "[]" {
		t.Errorf("exit %d, output %q, want []", code, out)
	}
}

func TestUsage(t *testing.T) {
	tests := [][]string{
		{"identify"},
		{"identify", "abc", "def"},
		{"identify", "200", "10"},
		{"render"},
		{"render", "-o", "x.png", "--size", "axb"},
		{"render", "-o", "x.png", "--bbox", "1,2,3"},
		{"render", "-o", "x.png", "--hide", "nosuchlayer"},
		{"info"},
		{"frobnicate"},
		{"identify", "--nosuchflag", "1", "2"},
	}
	for _, args := range tests {
		code, _, errs := run(t, args...)
		if code != Usage {
			t.Errorf("%v: exit %d, want %d", args, code, Usage)
		}
		if errs == "" {
			t.Errorf("%v: no usage message", args)
		}
	}
}

// brokenFiles are inputs the loader must refuse with one clear line.
var brokenFiles = []struct {
	name, content, want string
}{
	{"empty.geojson", "", "empty file"},
	{"spaces.geojson", "   \n\n", "empty file"},
	{"notjson.geojson", "this is not json", "not valid JSON"},
	{"truncated.geojson", `{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[1,`, "truncated"},
	{"wrongtype.geojson", `{"type":"Topology","arcs":[]}`, "not a GeoJSON type"},
	{"array.json", `[{"type":"Point","coordinates":[1,2]}]`, "want a GeoJSON object"},
	{"binary.geojson", "\x00\x01\x02\x03PK\x03\x04", "binary"},
	{"utf16.geojson", "\xff\xfe{\x00\"\x00", "UTF-16"},
	{"nofeatures.geojson", `{"type":"FeatureCollection"}`, `no "features"`},
	{"badcoords.geojson", `{"type":"Point","coordinates":["a","b"]}`, "not numbers"},
	{"nan.geojson", `{"type":"Point","coordinates":[NaN,1]}`, "not"},
	{"deep.geojson", `{"type":"Point","coordinates":` + strings.Repeat("[", 200000) + strings.Repeat("]", 200000) + `}`, "nested too deeply"},
}

func TestInfoBroken(t *testing.T) {
	dir := t.TempDir()
	for _, b := range brokenFiles {
		t.Run(b.name, func(t *testing.T) {
			path := filepath.Join(dir, b.name)
			if err := os.WriteFile(path, []byte(b.content), 0o644); err != nil {
				t.Fatal(err)
			}
			code, _, errs := run(t, "info", path)
			if code != BadInput {
				t.Errorf("exit %d, want %d", code, BadInput)
			}
			if strings.Count(errs, "\n") != 1 || !strings.HasPrefix(errs, "newsatlas: "+path+": ") || !strings.Contains(errs, b.want) {
				t.Errorf("stderr %q, want one line naming %s and saying %q", errs, path, b.want)
			}
		})
	}
}

func TestInfoGood(t *testing.T) {
	path := filepath.Join(t.TempDir(), "two.geojson")
	writeInput(t, path, `{"type":"FeatureCollection","features":[
	 {"type":"Feature","properties":{"name":"a"},"geometry":{"type":"Point","coordinates":[10,20]}},
	 {"type":"Feature","properties":{"name":"b"},"geometry":{"type":"LineString","coordinates":[[11,21],[12,22]]}},
	 {"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[1e308,2]}}]}`)
	code, out, errs := run(t, "info", "--json", path)
	if code != OK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var s []Summary
	if err := json.Unmarshal([]byte(out), &s); err != nil || len(s) != 1 {
		t.Fatalf("bad output %q: %v", out, err)
	}
	if s[0].Features != 2 || s[0].Types["Point"] != 1 || s[0].Types["LineString"] != 1 {
		t.Errorf("summary %+v", s[0])
	}
	if want := []float64{10, 20, 12, 22}; len(s[0].BBox) != 4 || s[0].BBox[0] != want[0] || s[0].BBox[1] != want[1] || s[0].BBox[2] != want[2] || s[0].BBox[3] != want[3] {
		t.Errorf("bbox %v, want %v", s[0].BBox, want)
	}
	if len(s[0].Skipped) != 1 || !strings.Contains(s[0].Skipped[0], "out of range") {
		t.Errorf("skipped %q", s[0].Skipped)
	}
}

func TestRenderUnusableLayer(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.geojson")
	writeInput(t, bad, "{")
	out := filepath.Join(dir, "out.png")
	code, _, errs := run(t, "render", bad, "-o", out)
	if code != BadInput || !strings.HasPrefix(errs, "newsatlas: "+bad+": ") {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("an image was written for a failed render")
	}
}

// TestUsageNamesCandidates: the usage text tells of places --candidates.
func TestUsageNamesCandidates(t *testing.T) {
	if !strings.Contains(UsageText, "places [--json] [--candidates] FILE|-") || !strings.Contains(UsageText, "--candidates  ") {
		t.Errorf("usage lacks places --candidates:\n%s", UsageText)
	}
}
