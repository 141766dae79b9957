package cli

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// formatFixture is a file of layer/testdata/formats (see its README).
func formatFixture(name string) string {
	return filepath.Join("..", "layer", "testdata", "formats", name)
}

// TestInfoFormats runs info on a file of each format the loader reads
// besides GeoJSON: its features (ogrinfo's count) and types.
func TestInfoFormats(t *testing.T) {
	tests := []struct {
		file     string
		features int
		types    map[string]int
		skipped  string
	}{
		{"places-syria.csv", 21, map[string]int{"Point": 21}, ""},
		{"places-levant.tsv", 15, map[string]int{"Point": 15}, ""},
		{"countries-wkt.csv", 4, map[string]int{"Polygon": 4}, ""},
		{"acled-sample.csv", 3, map[string]int{"Point": 3}, "1 row skipped, no coordinates (first: line 5: latitude is empty)"},
		{"20161201.export.CSV", 2, map[string]int{"Point": 2}, "GDELT events file (61 columns)"},
		{"places-lebanon.gpx", 6, map[string]int{"Point": 6}, ""},
		{"governorates-syria.kml", 15, map[string]int{"Polygon": 15}, ""},
		{"governorates-syria-utm37.shp", 15, map[string]int{"Polygon": 15}, ""},
		{"governorates-syria-utm37.zip", 15, map[string]int{"Polygon": 15}, ""},
		{"places-syria-3857.shp", 21, map[string]int{"Point": 21}, ""},
		{"governorates-syria.fgb", 15, map[string]int{"Polygon": 15}, ""},
		{"borders-levant.fgb", 9, map[string]int{"LineString": 3, "MultiLineString": 6}, ""},
		{"syria-utm37.gpkg", 15, map[string]int{"Polygon": 15}, "read the feature table governorates; not read: places"},
		{"places-syria-3857.geojson", 21, map[string]int{"Point": 21}, `reprojected from its "crs" urn:ogc:def:crs:EPSG::3857 to WGS84`},
		{"mymaps-aleppo.kmz", 3, map[string]int{"Point": 1, "LineString": 1, "MultiPolygon": 1}, "Placemark 2 (No place): Point has no coordinates"},
		{"walk-aleppo.gpx", 3, map[string]int{"Point": 1, "LineString": 1, "MultiLineString": 1}, "waypoint 2: lat 95 lon 37.1 are beyond"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			code, out, errs := run(t, "info", "--json", formatFixture(tt.file))
			if code != OK {
				t.Fatalf("exit %d: %s", code, errs)
			}
			var got []Summary
			if err := json.Unmarshal([]byte(out), &got); err != nil || len(got) != 1 {
				t.Fatalf("output %q: %v", out, err)
			}
			s := got[0]
			if s.Kind != "layer" || s.Features != tt.features {
				t.Errorf("kind %s, %d features; want layer, %d", s.Kind, s.Features, tt.features)
			}
			if len(s.Types) != len(tt.types) {
				t.Errorf("types = %v, want %v", s.Types, tt.types)
			}
			for k, n := range tt.types {
				if s.Types[k] != n {
					t.Errorf("types = %v, want %v", s.Types, tt.types)
				}
			}
			if tt.skipped != "" && !strings.Contains(strings.Join(s.Skipped, "\n"), tt.skipped) {
				t.Errorf("skipped = %q, want a line with %q", s.Skipped, tt.skipped)
			}
		})
	}
}

// TestIdentifyFormats clicks on a feature of each format: the layer is
// named for the file and the feature's properties are the file's.
func TestIdentifyFormats(t *testing.T) {
	tests := []struct {
		file, lon, lat string
		layer          string
		key            string
		want           any
	}{
		{"places-syria.csv", "37.1700", "36.2300", "places-syria", "pop_max", 2738000.0},
		{"places-levant.tsv", "35.5097", "33.8720", "places-levant", "name", "Beirut"},
		{"countries-wkt.csv", "35.9", "33.9", "countries-wkt", "ADM0_A3", "LBN"},
		{"acled-sample.csv", "37.2032", "36.2277", "acled-sample", "event_date", "2016-12-02"},
		{"20161201.export.CSV", "36.3", "33.5", "20161201.export", "ActionGeo_FullName", "Damascus, Dimashq, Syria"},
		{"walk-aleppo.gpx", "37.1400", "36.2030", "walk-aleppo", "start", "2016-12-01T09:00:00Z"},
		{"places-lebanon.gpx", "35.4500", "33.3833", "places-lebanon", "name", "Nabatiye et Tahta"},
		{"governorates-syria.kml", "38.5", "35.9", "governorates-syria", "name", "Ar Raqqah"},
		{"governorates-syria-utm37.shp", "37.17", "36.23", "governorates-syria-utm37", "name_ar", "محافظة حلب"},
		{"governorates-syria-utm37.zip", "38.5", "35.9", "governorates-syria-utm37", "iso_3166_2", "SY-RA"},
		{"governorates-syria-utm37.geojson", "37.17", "36.23", "governorates-syria-utm37", "iso_3166_2", "SY-HL"},
		{"places-syria-3857.fgb", "37.1681", "36.2319", "places-syria-3857", "name", "Aleppo"},
		{"syria-utm37.gpkg", "36.7", "35.2", "governorates", "name", "Hamah"},
		{"world-cities-latin1.shp", "8.5481", "47.3819", "world-cities-latin1", "name", "Zürich"},
		{"mymaps-aleppo.kmz", "37.16", "36.19", "mymaps-aleppo", "folder", "Zones"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			// A view of a degree around the point, so that points a few
			// kilometres apart are told apart.
			lon, _ := strconv.ParseFloat(tt.lon, 64)
			lat, _ := strconv.ParseFloat(tt.lat, 64)
			bbox := fmt.Sprintf("%g,%g,%g,%g", lon-0.5, lat-0.5, lon+0.5, lat+0.5)
			hits, out := identifyJSON(t, "--bbox", bbox, tt.lon, tt.lat, formatFixture(tt.file))
			if len(hits) == 0 || hits[0].Layer != tt.layer {
				t.Fatalf("topmost hit is not %s: %s", tt.layer, out)
			}
			if got := hits[0].Properties[tt.key]; got != tt.want {
				t.Errorf("%s = %v (%T), want %v (%T)", tt.key, got, got, tt.want, tt.want)
			}
		})
	}
}

// TestBadFormats: a file that cannot be used is one line on stderr that
// names it, and exit status 1.
func TestBadFormats(t *testing.T) {
	dir := t.TempDir()
	tests := []struct{ name, content, want string }{
		{"no-coordinates.csv", "name,city\na,b\n", "no coordinate columns"},
		{"empty.gpx", `<?xml version="1.0"?><gpx version="1.1"></gpx>`, "no waypoint, route or track in it"},
		{"no-coordinates.kml", `<kml><Placemark><name>x</name><Point><coordinates> </coordinates></Point></Placemark></kml>`, "no Placemark with coordinates"},
		{"lambert.prj", "PROJCS[\"RGF_1993_Lambert_93\",GEOGCS[\"GCS_RGF_1993\"],PROJECTION[\"Lambert_Conformal_Conic\"]]", "a .prj is one of a Shapefile's files: open the .shp beside it"},
		{"lambert.geojson", `{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"EPSG:2154"}},"features":[]}`, `CRS "EPSG:2154" is not supported (EPSG:2154; read are EPSG:4326, 3857, 3395 and the WGS84 UTM zones 326xx and 327xx); reproject it: ogr2ogr -t_srs EPSG:4326 out.geojson in.geojson`},
		{"truncated.gpx", `<?xml version="1.0"?><gpx version="1.1"><wpt lat="1" lon="2">`, "not valid GPX (XML error at line 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(dir, tt.name)
			writeInput(t, path, tt.content)
			code, _, errs := run(t, "info", path)
			if code != BadInput {
				t.Fatalf("exit %d, want %d", code, BadInput)
			}
			if !strings.HasPrefix(errs, "newsatlas: "+path+": ") || !strings.Contains(errs, tt.want) || strings.Count(errs, "\n") != 1 {
				t.Errorf("stderr = %q, want one line naming the file with %q", errs, tt.want)
			}
		})
	}
}
