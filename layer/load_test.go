package layer

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/paulmach/orb"
)

func TestParseKinds(t *testing.T) {
	tests := []struct {
		name, in string
		features int
		types    string
	}{
		{"feature collection", `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"a"},"geometry":{"type":"Point","coordinates":[1,2]}}]}`, 1, "Point"},
		{"bare feature", `{"type":"Feature","properties":null,"geometry":{"type":"LineString","coordinates":[[1,2],[3,4]]}}`, 1, "LineString"},
		{"bare point", `{"type":"Point","coordinates":[1,2]}`, 1, "Point"},
		{"multipoint", `{"type":"MultiPoint","coordinates":[[1,2],[3,4]]}`, 1, "MultiPoint"},
		{"multilinestring", `{"type":"MultiLineString","coordinates":[[[1,2],[3,4]],[[5,6],[7,8]]]}`, 1, "MultiLineString"},
		{"polygon", `{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}`, 1, "Polygon"},
		{"multipolygon", `{"type":"MultiPolygon","coordinates":[[[[0,0],[1,0],[1,1],[0,0]]],[[[2,2],[3,2],[3,3],[2,2]]]]}`, 1, "MultiPolygon"},
		{"geometry collection", `{"type":"GeometryCollection","geometries":[{"type":"Point","coordinates":[1,2]},{"type":"LineString","coordinates":[[1,2],[3,4]]}]}`, 1, "GeometryCollection"},
		{"null geometry", `{"type":"Feature","properties":{"a":[1,{"b":true}]},"geometry":null}`, 1, "null"},
		{"BOM", "\xef\xbb\xbf" + `{"type":"Point","coordinates":[1,2]}`, 1, "Point"},
		{"ndjson", `{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[1,2]}}` + "\n" + `{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[3,4]}}` + "\n", 2, "Point"},
		{"rfc8142 sequence", "\x1e" + `{"type":"Point","coordinates":[1,2]}` + "\n\x1e" + `{"type":"Point","coordinates":[3,4]}` + "\n", 2, "Point"},
		{"3d positions", `{"type":"Point","coordinates":[1,2,300]}`, 1, "Point"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, err := Parse("t", []byte(tt.in), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if len(l.Features) != tt.features {
				t.Errorf("features = %d, want %d", len(l.Features), tt.features)
			}
			if got := strings.Join(l.TypeNames(), ","); got != tt.types {
				t.Errorf("types = %s, want %s", got, tt.types)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", "empty file"},
		{"blank", " \n\t ", "empty file"},
		{"not json", "hello, world", "not valid JSON"},
		{"truncated", `{"type":"FeatureCollection","features":[{"type":"Feature"`, "truncated"},
		{"array", `[1,2,3]`, "want a GeoJSON object"},
		{"wrong type", `{"type":"Topology","objects":{}}`, "not a GeoJSON type"},
		{"no type", `{"features":[]}`, `no "type"`},
		{"features not array", `{"type":"FeatureCollection","features":{}}`, "want an array"},
		{"utf16", "\xff\xfe{\x00}\x00", "UTF-16"},
		{"binary", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"},
		{"deep nesting", strings.Repeat("[", 200000) + strings.Repeat("]", 200000), "want a GeoJSON object"},
		{"deep nesting in object", `{"type":"Point","coordinates":` + strings.Repeat("[", 200000) + strings.Repeat("]", 200000) + `}`, "nested too deeply"},
		{"only bad features", `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":["a","b"]}}]}`, "not numbers"},
		{"string type", `{"type":42}`, "want a string"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("t", []byte(tt.in), Options{})
			if err == nil {
				t.Fatalf("no error, want %q", tt.want)
			}
			if !strings.Contains(err.Error(), tt.want) || strings.Contains(err.Error(), "\n") {
				t.Errorf("error %q, want one line containing %q", err, tt.want)
			}
		})
	}
}

func TestPartlyBad(t *testing.T) {
	in := `{"type":"FeatureCollection","features":[
	 {"type":"Feature","properties":{"name":"good"},"geometry":{"type":"Point","coordinates":[1,2]}},
	 {"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[1e308,2]}},
	 {"type":"Feature","properties":{},"geometry":{"type":"Point"}},
	 {"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[0,0]]]}},
	 {"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1]]]}},
	 {"type":"Feature","properties":{"fill":"bogus"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}},
	 {"type":"Feature","properties":{},"geometry":{"type":"Circle","coordinates":[1,2]}}
	]}`
	l, err := Parse("t", []byte(in), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(l.Features) != 3 {
		t.Errorf("kept %d features, want 3 (good point, closed ring, bogus fill)", len(l.Features))
	}
	all := ""
	for _, s := range l.Skipped {
		all += s.Reason + "\n"
	}
	for _, want := range []string{"feature 1: position [1e308,2] is out of range", "feature 2: Point has no coordinates", "feature 3: outer ring has 3 positions", "feature 4: ring 0 was not closed", `feature 5: fill "bogus"`, `feature 6: geometry type "Circle"`} {
		if !strings.Contains(all, want) {
			t.Errorf("skip reasons lack %q:\n%s", want, all)
		}
	}
}

func TestLoadFileErrors(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.geojson")
	os.WriteFile(big, []byte(`{"type":"Point","coordinates":[1,2]}`+strings.Repeat(" ", 2000)), 0o644)
	if _, err := Load(big, Options{MaxBytes: 1000}); err == nil || !strings.Contains(err.Error(), "too large") || !strings.HasPrefix(err.Error(), big) {
		t.Errorf("big file: %v", err)
	}
	missing := filepath.Join(dir, "nope.geojson")
	if _, err := Load(missing, Options{}); err == nil || !strings.HasPrefix(err.Error(), missing+": ") {
		t.Errorf("missing file: %v", err)
	}
	if _, err := Load(dir, Options{}); err == nil || !strings.Contains(err.Error(), "directory") {
		t.Errorf("directory: %v", err)
	}
}

func TestHits(t *testing.T) {
	in := `{"type":"FeatureCollection","features":[
	 {"type":"Feature","properties":{"name":"big"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[10,0],[10,10],[0,10],[0,0]],[[4,4],[6,4],[6,6],[4,6],[4,4]]]}},
	 {"type":"Feature","properties":{"name":"small"},"geometry":{"type":"Polygon","coordinates":[[[1,1],[3,1],[3,3],[1,3],[1,1]]]}},
	 {"type":"Feature","properties":{"name":"pin"},"geometry":{"type":"Point","coordinates":[8,8]}},
	 {"type":"Feature","properties":{"name":"fiji"},"geometry":{"type":"Polygon","coordinates":[[[179,-16],[-179,-16],[-179,-18],[179,-18],[179,-16]]]}}
	]}`
	l, err := Parse("t", []byte(in), Options{})
	if err != nil {
		t.Fatal(err)
	}
	tol := 5.0 / 256 / 16 // 5 px at zoom 4
	names := func(is []int) string {
		var s []string
		for _, i := range is {
			s = append(s, l.Features[i].Name)
		}
		return strings.Join(s, ",")
	}
	tests := []struct {
		p    orb.Point
		want string
	}{
		{orb.Point{2, 2}, "small,big"},
		{orb.Point{8, 5}, "big"},
		{orb.Point{5, 5}, ""}, // in the hole
		{orb.Point{8.05, 8.05}, "pin,big"},
		{orb.Point{20, 20}, ""},
		{orb.Point{179.5, -17}, "fiji"},
		{orb.Point{-179.5, -17}, "fiji"},
		{orb.Point{0, -17}, ""},
	}
	for _, tt := range tests {
		if got := names(l.Hits(tt.p, tol, 0)); got != tt.want {
			t.Errorf("Hits(%v) = %q, want %q", tt.p, got, tt.want)
		}
	}
}
