package layer

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// load reads src both ways a file is read, from memory and in chunks from
// a file, and fails unless they agree; it returns the layer Parse made.
func load(t *testing.T, src string) (*Layer, error) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "in.geojson")
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	l, err := Parse("in", []byte(src), Options{})
	ll, lerr := LoadContext(context.Background(), path, Options{ChunkSize: 16}, nil)
	if got, want := summary(ll, lerr, path), summary(l, err, path); got != want {
		t.Fatalf("LoadContext and Parse disagree:\n got %.600s\nwant %.600s", got, want)
	}
	return l, err
}

// reasons is every skip reason of l, one a line.
func reasons(l *Layer) string {
	var b strings.Builder
	for _, s := range l.Skipped {
		b.WriteString(s.Reason + "\n")
	}
	return b.String()
}

// TestEmptyGeometries: RFC 7946 §3.1 allows empty coordinates; the feature
// is kept with no geometry and the layer says so, whatever the type, in a
// collection or alone.
func TestEmptyGeometries(t *testing.T) {
	const good = `{"type":"Feature","properties":{"name":"good"},"geometry":{"type":"Point","coordinates":[1,2]}}`
	tests := []struct {
		geometry, note string
	}{
		{`{"type":"Point","coordinates":[]}`, `empty Point ("coordinates" is [])`},
		{`{"type":"MultiPoint","coordinates":[]}`, `empty MultiPoint ("coordinates" is [])`},
		{`{"type":"LineString","coordinates":[]}`, `empty LineString ("coordinates" is [])`},
		{`{"type":"MultiLineString","coordinates":[]}`, `empty MultiLineString ("coordinates" is [])`},
		{`{"type":"Polygon","coordinates":[]}`, `empty Polygon ("coordinates" is [])`},
		{`{"type":"MultiPolygon","coordinates":[ ]}`, `empty MultiPolygon ("coordinates" is [])`},
		{`{"type":"GeometryCollection","geometries":[]}`, `empty GeometryCollection ("geometries" is [])`},
		{`{"type":"GeometryCollection","geometries":[{"type":"Point","coordinates":[]}]}`, `empty GeometryCollection (every geometry in it is empty)`},
	}
	for _, tt := range tests {
		t.Run(tt.geometry, func(t *testing.T) {
			feature := `{"type":"Feature","properties":{"name":"empty"},"geometry":` + tt.geometry + `}`
			for _, src := range []string{
				`{"type":"FeatureCollection","features":[` + good + `,` + feature + `]}`,
				feature,
				tt.geometry,
			} {
				l, err := load(t, src)
				if err != nil {
					t.Fatalf("%s: %v", src, err)
				}
				empty := &l.Features[len(l.Features)-1]
				if empty.Geometry != nil || empty.Proj != nil || l.Types["null"] != 1 {
					t.Errorf("%s: geometry %v, types %v; want the feature kept with none", src, empty.Geometry, l.Types)
				}
				if want := "feature " + strconv.Itoa(empty.ID) + ": " + tt.note + "; kept with no geometry"; !strings.Contains(reasons(l), want) {
					t.Errorf("%s: notes %q, want %q", src, reasons(l), want)
				}
			}
		})
	}
	// A collection keeps its members that are not empty.
	l, err := load(t, `{"type":"GeometryCollection","geometries":[{"type":"LineString","coordinates":[]},{"type":"Point","coordinates":[1,2]}]}`)
	if err != nil {
		t.Fatal(err)
	}
	if l.Types["GeometryCollection"] != 1 || !strings.Contains(reasons(l), `feature 0: geometry 0: empty LineString ("coordinates" is []), dropped it`) {
		t.Errorf("types %v, notes %q", l.Types, reasons(l))
	}
}

// TestSequenceBadRecord: a record of a sequence that is not JSON is
// skipped with its number and the others load (RFC 7464 §2.1); messages
// name a sequence's features by record (for NDJSON, the line).
func TestSequenceBadRecord(t *testing.T) {
	const p = `{"type":"Feature","properties":{"name":"p"},"geometry":{"type":"Point","coordinates":[1,2]}}`
	tests := []struct {
		name, src string
		features  int
		note      string // a skip reason, or the error when features is 0
	}{
		{"ndjson", p + "\n{not json}\n" + p + "\n", 2, "record 2: not valid JSON at line 1, column 2"},
		{"ndjson blank lines", p + "\n\n\n" + `{"type":"Feature"` + "\n" + p, 2, "record 4: not valid JSON: the text ends too early"},
		{"ndjson crlf", p + "\r\n" + p + "\r\n[1,\r\n", 2, "record 3: not valid JSON"},
		{"rfc8142", "\x1e" + p + "\n\x1e{\"type\":\n\x1e" + p + "\n", 2, "record 2: not valid JSON"},
		{"rfc8142 first bad", "\x1e{]\n\x1e" + p + "\n", 1, "record 1: not valid JSON"},
		{"rfc8142 other problem", "\x1e" + p + "\n\x1e{bad\n\x1e" + `{"type":"Point","coordinates":[600,2]}` + "\n\x1e" + p, 2, "record 3: position [600,2] is out of range"},
		{"ndjson other problem", p + "\n\n" + `{"type":"Feature","properties":{"fill":"red"},"geometry":null}`, 2, `record 3: fill "red": want a colour like #ff8800 (default used)`},
		{"rfc8142 all bad", "\x1e{]\n\x1e[1,\n", 0, "no usable feature: record 2: not valid JSON"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, err := load(t, tt.src)
			if tt.features == 0 {
				if err == nil || !strings.Contains(err.Error(), tt.note) {
					t.Fatalf("err %v, want %q", err, tt.note)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(l.Features) != tt.features || !strings.Contains(reasons(l), tt.note) {
				t.Errorf("%d features, notes %q; want %d and %q", len(l.Features), reasons(l), tt.features, tt.note)
			}
		})
	}
}

// TestGeometryMember: a Feature whose geometry is under another spelling,
// or missing, loads with no geometry and says why; a null geometry is
// GeoJSON and says nothing.
func TestGeometryMember(t *testing.T) {
	tests := []struct {
		name, src, note string
	}{
		{"capitalised", `{"type":"Feature","properties":{},"Geometry":{"type":"Point","coordinates":[1,2]}}`, `feature 0: the geometry is under "Geometry", GeoJSON names it "geometry" (ignored); kept with no geometry`},
		{"upper case", `{"type":"Feature","GEOMETRY":null,"properties":{}}`, `under "GEOMETRY"`},
		{"missing", `{"type":"Feature","properties":{"name":"x"}}`, `feature 0: no "geometry" member; kept with no geometry`},
		{"null", `{"type":"Feature","properties":{},"geometry":null}`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, src := range []string{tt.src, `{"type":"FeatureCollection","features":[` + tt.src + `]}`} {
				l, err := load(t, src)
				if err != nil {
					t.Fatal(err)
				}
				if len(l.Features) != 1 || l.Features[0].Geometry != nil {
					t.Fatalf("%d features, want 1 with no geometry", len(l.Features))
				}
				got := reasons(l)
				if tt.note == "" && got != "" || !strings.Contains(got, tt.note) {
					t.Errorf("notes %q, want %q", got, tt.note)
				}
			}
		})
	}
}

// TestRange: longitudes up to one world's wrap beyond the antimeridian
// load; the message for others says what the range is.
func TestRange(t *testing.T) {
	tests := []struct {
		pos  string
		note string // "" when it loads
	}{
		{"[539.5,10]", ""},
		{"[-200,-90]", ""},
		{"[541,0]", "feature 0: position [541,0] is out of range (want lon -540..540, lat -90..90)"},
		{"[0,90.5]", "out of range (want lon -540..540, lat -90..90)"},
	}
	for _, tt := range tests {
		src := `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":` + tt.pos + `}},{"type":"Feature","properties":{},"geometry":null}]}`
		l, err := load(t, src)
		if err != nil {
			t.Fatal(err)
		}
		if got := reasons(l); tt.note == "" && (got != "" || l.Types["Point"] != 1) || !strings.Contains(got, tt.note) {
			t.Errorf("%s: notes %q, types %v; want %q", tt.pos, got, l.Types, tt.note)
		}
	}
}
