package layer

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestCSV(t *testing.T) {
	tests := []struct {
		name, file, in string
		features       int
		types          string
		skipped        string // a line of Skipped contains it
		prop, want     string // the first feature's property, as JSON
	}{
		{"comma, names in any case", "a.csv", "Name,LAT,Lng\nAleppo,36.2,37.15\n", 1, "Point", "", "LAT", "36.2"},
		{"semicolon", "a.csv", "name;y;x\nA;36.2;37.15\nB;36;37\n", 2, "Point", "", "name", `"A"`},
		{"tab by extension", "a.tsv", "lat\tlon\n1\t2\n", 1, "Point", "", "lon", "2"},
		{"identifiers stay text", "a.csv", "code,lat,lon,ok\n007,1,2,true\n", 1, "Point", "", "code", `"007"`},
		{"numbers stay numbers", "a.csv", "n,lat,lon\n-1.5e3,1,2\n", 1, "Point", "", "n", "-1.5e3"},
		{"quoted field with comma", "a.csv", "name,lat,lon\n\"Aleppo, Syria\",1,2\n", 1, "Point", "", "name", `"Aleppo, Syria"`},
		{"wkt column", "a.csv", "WKT,name\n\"LINESTRING (1 2,3 4)\",a\n\"POLYGON ((0 0,1 0,1 1,0 0))\",b\n", 2, "LineString,Polygon", "", "name", `"a"`},
		{"wkt is not a property", "a.csv", "wkt,name\n\"POINT (1 2)\",a\n", 1, "Point", "", "wkt", ""},
		{"bad rows counted", "a.csv", "lat,lon\n1,2\n,\n,\nx,1\n95,1\n", 1, "Point", "2 rows skipped, no coordinates (first: line 3: lat is empty)", "lat", "1"},
		{"out of range", "a.csv", "lat,lon\n1,2\n95,1\n", 1, "Point", "1 row skipped, coordinates outside longitude/latitude (first: line 3: lat 95 is beyond ±90)", "lat", "1"},
		{"ragged row", "a.csv", "name,lat,lon\na,1,2\nb\n", 1, "Point", "too few fields", "name", `"a"`},
		{"latin-1", "a.csv", "name,lat,lon\nAlep\xe9,1,2\n", 1, "Point", "Windows-1252", "name", `"Alepé"`},
		{"utf-16 with BOM", "a.tsv", "\xff\xfen\x00a\x00m\x00e\x00\t\x00l\x00a\x00t\x00\t\x00l\x00o\x00n\x00\n\x00A\x00\t\x001\x00\t\x002\x00\n\x00", 1, "Point", "UTF-16", "name", `"A"`},
		{"no header GDELT-like with too few columns is not GDELT", "a.tsv", "lat\tlon\n1\t2\n", 1, "Point", "", "lat", "1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), tt.file)
			if err := os.WriteFile(path, []byte(tt.in), 0o644); err != nil {
				t.Fatal(err)
			}
			l, err := Load(path, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if len(l.Features) != tt.features {
				t.Errorf("features = %d, want %d", len(l.Features), tt.features)
			}
			if got := strings.Join(l.TypeNames(), ","); got != tt.types {
				t.Errorf("types = %s, want %s", got, tt.types)
			}
			if tt.skipped != "" && !hasSkip(l, tt.skipped) {
				t.Errorf("skipped = %v, want a line with %q", l.Skipped, tt.skipped)
			}
			var props map[string]json.RawMessage
			if err := json.Unmarshal(l.Features[0].Props, &props); err != nil {
				t.Fatalf("props %s: %v", l.Features[0].Props, err)
			}
			if got := string(props[tt.prop]); got != tt.want {
				t.Errorf("%s = %s, want %s (props %s)", tt.prop, got, tt.want, l.Features[0].Props)
			}
		})
	}
}

func TestCSVErrors(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"no coordinate columns", "name,city\na,b\n", "no coordinate columns: want latitude and longitude columns (named lat, latitude or y, and lon, lng, long, longitude or x) or a WKT column; the header has name, city"},
		{"no usable row", "lat,lon\n,\n", "no row has usable coordinates (1 row skipped, no coordinates (first: line 2: lat is empty))"},
		{"header only", "lat,lon\n", "a header and no rows"},
		{"empty", "\n\n", "empty file"},
		{"binary", "lat,lon\x00\x01", "binary data"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "bad.csv")
			if err := os.WriteFile(path, []byte(tt.in), 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := Load(path, Options{})
			if err == nil {
				t.Fatal("loaded")
			}
			if want := path + ": " + tt.want; !strings.HasPrefix(err.Error(), want) {
				t.Errorf("error = %q, want it to start %q", err, want)
			}
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("error is more than one line: %q", err)
			}
		})
	}
}

// hasSkip reports whether a line of l.Skipped contains s.
func hasSkip(l *Layer, s string) bool {
	for _, sk := range l.Skipped {
		if strings.Contains(sk.Reason, s) {
			return true
		}
	}
	return false
}
