package layer

import (
	"archive/zip"
	"math"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/paulmach/orb"
)

// formatCase is one committed fixture (testdata/formats, made by ogr2ogr
// from Natural Earth as its README says) and what loading it must give:
// the feature count ogrinfo reports, the geometry types, and one feature,
// found by a property, with a position of its geometry and a property.
type formatCase struct {
	file     string
	features int
	types    string
	key, val string    // the feature whose key property is val
	at       orb.Point // a position of its geometry (first point)
	prop     string    // another of its properties
	want     any       // and its value as Properties decodes it
}

var formatCases = []formatCase{
	{"places-syria.csv", 21, "Point", "name", "Aleppo", orb.Point{37.17, 36.23}, "pop_max", "2738000"},
	{"places-levant.tsv", 15, "Point", "name", "Beirut", orb.Point{35.5097, 33.8720}, "pop_max", "1846000"},
	{"countries-wkt.csv", 4, "Polygon", "ADM0_A3", "LBN", orb.Point{35.8211, 33.2775}, "POP_EST", "6855713"},
	{"acled-sample.csv", 3, "Point", "event_id_cnty", "SYR1002", orb.Point{37.2032, 36.2277}, "event_date", "2016-12-02"},
	{"places-lebanon.gpx", 6, "Point", "name", "B'abda", orb.Point{35.5333, 33.8333}, "kind", "waypoint"},
	{"syria-border.gpx", 7, "MultiLineString", "name", "Ceasefire Lines 1974", orb.Point{35.8211, 33.4067}, "kind", "track"},
	{"walk-aleppo.gpx", 3, "LineString,MultiLineString,Point", "name", "Walk", orb.Point{37.1631, 36.1994}, "end", "2016-12-01T10:40:00Z"},
	{"walk-aleppo.gpx", 3, "LineString,MultiLineString,Point", "name", "Citadel", orb.Point{37.1631, 36.1994}, "time", "2016-12-01T09:00:00Z"},
	{"governorates-syria.kml", 15, "Polygon", "name", "Aleppo", orb.Point{38.2243, 36.9084}, "folder", "ne_10m_admin_1_syria"},
	{"governorates-syria.kml", 15, "Polygon", "name", "Aleppo", orb.Point{38.2243, 36.9084}, "stroke", "#ff0000"},
	{"mymaps-aleppo.kml", 3, "LineString,MultiPolygon,Point", "name", "Citadel", orb.Point{37.1631, 36.1994}, "marker-color", "#ff0000"},
	{"mymaps-aleppo.kmz", 3, "LineString,MultiPolygon,Point", "name", "East Aleppo", orb.Point{37.15, 36.18}, "fill", "#00ccff"},
	{"world-cities-latin1.shp", 3, "Point", "name", "Montréal", orb.Point{-73.5852, 45.5019}, "adm0name", "Canada"},
	{"places-syria-3857.shp", 21, "Point", "name", "Aleppo", orb.Point{37.1681, 36.2319}, "pop_max", "2738000"},
	{"governorates-syria-utm37.shp", 15, "Polygon", "name", "Aleppo", orb.Point{38.2243, 36.9084}, "name_ar", "محافظة حلب"},
	{"governorates-syria-utm37.zip", 15, "Polygon", "iso_3166_2", "SY-HL", orb.Point{38.2243, 36.9084}, "name", "Aleppo"},
	{"places-syria-3857.geojson", 21, "Point", "name", "Aleppo", orb.Point{37.1681, 36.2319}, "pop_max", "2738000"},
	{"governorates-syria-utm37.geojson", 15, "Polygon", "name", "Aleppo", orb.Point{38.2243, 36.9084}, "iso_3166_2", "SY-HL"},
	{"syria-utm37.gpkg", 15, "Polygon", "name", "Aleppo", orb.Point{38.2243, 36.9084}, "name_ar", "محافظة حلب"},
	{"governorates-syria.fgb", 15, "Polygon", "name", "Aleppo", orb.Point{38.2243, 36.9084}, "name_ar", "محافظة حلب"},
	{"places-syria-3857.fgb", 21, "Point", "name", "Aleppo", orb.Point{37.1681, 36.2319}, "pop_max", "2738000"},
	{"places-syria-3857.fgb", 21, "Point", "name", "Aleppo", orb.Point{37.1681, 36.2319}, "latitude", "36.2299707225"},
	{"borders-levant.fgb", 9, "LineString,MultiLineString", "name", "Ceasefire Lines 1974", orb.Point{35.8211, 33.4067}, "adm0_right", "Israel"},
	{"20161201.export.CSV", 2, "Point", "GLOBALEVENTID", "600000002", orb.Point{36.3, 33.5}, "date", "2016-12-01"},
}

func TestFormats(t *testing.T) {
	for _, tt := range formatCases {
		t.Run(tt.file, func(t *testing.T) {
			l, err := Load(filepath.Join("testdata", "formats", tt.file), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if len(l.Features) != tt.features {
				t.Errorf("features = %d, want %d (ogrinfo's count)", len(l.Features), tt.features)
			}
			if n, ok := ogrCount(t, filepath.Join("testdata", "formats", tt.file)); ok && n != len(l.Features) && !strings.Contains(handWritten, tt.file) {
				t.Errorf("features = %d, ogrinfo counts %d", len(l.Features), n)
			}
			if got := strings.Join(l.TypeNames(), ","); got != tt.types {
				t.Errorf("types = %s, want %s", got, tt.types)
			}
			f := findFeature(l, tt.key, tt.val)
			if f == nil {
				t.Fatalf("no feature with %s = %s", tt.key, tt.val)
			}
			if p := firstPoint(f.Geometry); math.Abs(p[0]-tt.at[0]) > 1e-3 || math.Abs(p[1]-tt.at[1]) > 1e-3 {
				t.Errorf("first position = %v, want %v", p, tt.at)
			}
			if got := f.String(tt.prop); got != tt.want {
				t.Errorf("%s = %q, want %q", tt.prop, got, tt.want)
			}
		})
	}
}

// handWritten are the fixtures not made by ogr2ogr, whose skipped rows
// ogrinfo counts.
const handWritten = "acled-sample.csv 20161201.export.CSV walk-aleppo.gpx mymaps-aleppo.kml mymaps-aleppo.kmz"

// ogrCount is the feature count GDAL's ogrinfo gives a file (summed over
// its layers, but for a GeoPackage only the first); ok is false when ogrinfo is not installed (Debian's
// gdal-bin, which scripts/deps.sh installs).
func ogrCount(t *testing.T, path string) (n int, ok bool) {
	t.Helper()
	if _, err := exec.LookPath("ogrinfo"); err != nil {
		return 0, false
	}
	src := path
	if strings.HasSuffix(path, ".zip") { // GDAL reads the .shp inside
		zr, err := zip.OpenReader(path)
		if err != nil {
			t.Fatal(err)
		}
		defer zr.Close()
		for _, f := range zr.File {
			if strings.HasSuffix(f.Name, ".shp") {
				src = "/vsizip/" + path + "/" + f.Name
			}
		}
	}
	out, err := exec.Command("ogrinfo", "-ro", "-so", "-al", src).CombinedOutput()
	if err != nil {
		t.Fatalf("ogrinfo %s: %v\n%s", path, err, out)
	}
	skip := false // a GPX file's layers of route and track points
	for _, line := range strings.Split(string(out), "\n") {
		if l, found := strings.CutPrefix(line, "Layer name: "); found {
			skip = strings.HasSuffix(l, "_points")
		}
		if c, found := strings.CutPrefix(line, "Feature Count: "); found && !skip && !(n > 0 && strings.HasSuffix(path, ".gpkg")) {
			k, err := strconv.Atoi(strings.TrimSpace(c))
			if err != nil {
				t.Fatalf("ogrinfo %s: %q", path, line)
			}
			n += k
		}
	}
	return n, true
}

// findFeature is the first feature whose key property reads as val.
func findFeature(l *Layer, key, val string) *Feature {
	for i := range l.Features {
		if l.Features[i].String(key) == val {
			return &l.Features[i]
		}
	}
	return nil
}

// firstPoint is the first position of g.
func firstPoint(g orb.Geometry) orb.Point {
	switch g := g.(type) {
	case orb.Point:
		return g
	case orb.MultiPoint:
		return g[0]
	case orb.LineString:
		return g[0]
	case orb.MultiLineString:
		return g[0][0]
	case orb.Polygon:
		return g[0][0]
	case orb.MultiPolygon:
		return g[0][0][0]
	case orb.Collection:
		return firstPoint(g[0])
	}
	return orb.Point{math.NaN(), math.NaN()}
}
