package layer

import (
	"image/color"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/paulmach/orb"
)

// TestKMLPlacemarks reads the hand-written My Maps file: folders, times,
// ExtendedData, shared and inline styles, a polygon's hole.
func TestKMLPlacemarks(t *testing.T) {
	l, err := Load(filepath.Join("testdata", "formats", "mymaps-aleppo.kml"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, key, want string
	}{
		{"Citadel", "folder", "Events"},
		{"Citadel", "time", "2016-12-01"},
		{"Citadel", "fatalities", "3"},
		{"Citadel", "description", "A point with a StyleMap and ExtendedData"},
		{"Citadel", "marker-color", "#ff0000"}, // ff0000ff is opaque red in aabbggrr
		{"East Aleppo", "folder", "Zones"},
		{"East Aleppo", "start", "2016-11-15"},
		{"East Aleppo", "end", "2016-12-22"},
		{"East Aleppo", "stroke", "#11aa00"},
		{"East Aleppo", "stroke-width", "3"},
		{"East Aleppo", "fill", "#00ccff"},
		{"East Aleppo", "fill-opacity", "0.502"},
		{"Front line", "stroke", "#ff0000"},
		{"Front line", "stroke-opacity", "0.8"},
	}
	for _, tt := range tests {
		t.Run(tt.name+" "+tt.key, func(t *testing.T) {
			f := findFeature(l, "name", tt.name)
			if f == nil {
				t.Fatalf("no %s", tt.name)
			}
			if got := f.String(tt.key); got != tt.want {
				t.Errorf("%s = %q, want %q", tt.key, got, tt.want)
			}
		})
	}
	east := findFeature(l, "name", "East Aleppo")
	mp, ok := east.Geometry.(orb.MultiPolygon)
	if !ok || len(mp) != 2 || len(mp[0]) != 2 || len(mp[1][0]) != 4 {
		t.Errorf("East Aleppo = %v, want two polygons, the first with a hole, the second's ring closed", east.Geometry)
	}
	if got := l.StyleOf(east.ID).Fill; got != (color.NRGBA{0x00, 0xcc, 0xff, 128}) {
		t.Errorf("East Aleppo is drawn with fill %v, want #00ccff at half opacity", got)
	}
	line := findFeature(l, "name", "Front line")
	if ls, ok := line.Geometry.(orb.LineString); !ok || len(ls) != 3 || ls[1] != (orb.Point{37.14, 36.22}) {
		t.Errorf("Front line = %v, want 3 positions, 'lon, lat' with a space read", line.Geometry)
	}
	if !hasSkip(l, "1 Placemark skipped, without coordinates (first: Placemark 2 (No place): Point has no coordinates)") {
		t.Errorf("skipped = %v", l.Skipped)
	}
}

func TestKMLErrors(t *testing.T) {
	tests := []struct{ name, file, in, want string }{
		{"no coordinates", "a.kml", `<kml><Placemark><name>x</name><Point><coordinates/></Point></Placemark></kml>`, "no Placemark with coordinates (1 Placemark skipped, without coordinates (first: Placemark 1 (x): Point has no coordinates))"},
		{"no placemark", "a.kml", `<kml><Document><name>x</name></Document></kml>`, "no Placemark in it"},
		{"not kml", "a.kml", `<html><body>hi</body></html>`, "not KML: no <kml> element"},
		{"truncated", "a.kml", `<kml><Placemark><Point><coordinates>1,2`, "not valid KML (XML error at line 1"},
		{"bad numbers", "a.kml", `<kml><Placemark><Point><coordinates>a,b</coordinates></Point></Placemark></kml>`, `Point has "a,b", want numbers lon,lat`},
		{"kmz without kml", "a.kmz", "PK\x05\x06" + strings.Repeat("\x00", 18), "a KMZ with no .kml document in it"},
		{"kmz not zip", "a.kmz", "hello", "not a readable zip archive"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), tt.file)
			if err := os.WriteFile(path, []byte(tt.in), 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := Load(path, Options{})
			if err == nil {
				t.Fatal("loaded")
			}
			if !strings.HasPrefix(err.Error(), path+": ") || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error = %q, want %q", err, tt.want)
			}
		})
	}
}
