package layer

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestLegacyCRS(t *testing.T) {
	const point = `"features":[{"type":"Feature","properties":{"name":"Aleppo"},"geometry":{"type":"Point","coordinates":[%s]}}]}`
	fc := func(crs, coords string) string {
		return `{"type":"FeatureCollection",` + crs + strings.Replace(point, "%s", coords, 1)
	}
	tests := []struct {
		name, in string
		lon, lat float64 // of the point, when it loads
		err      string  // else the error
	}{
		{"web mercator", fc(`"crs":{"type":"name","properties":{"name":"EPSG:3857"}},`, "4136476.43059094,4328562.33983193"), 37.1586, 36.2028, ""},
		{"utm 37N as an URN", fc(`"crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::32637"}},`, "334456.25902211,4008013.84551753"), 37.1586, 36.2028, ""},
		{"WGS84 changes nothing", fc(`"crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:OGC:1.3:CRS84"}},`, "37.1586,36.2028"), 37.1586, 36.2028, ""},
		{"EPSG:4326 changes nothing", fc(`"crs":{"type":"name","properties":{"name":"EPSG:4326"}},`, "37.1586,36.2028"), 37.1586, 36.2028, ""},
		{"a bare feature in 3857", `{"type":"Feature","crs":{"type":"name","properties":{"name":"EPSG:3857"}},"properties":{"n":1},"geometry":{"type":"Point","coordinates":[4136476.43059094,4328562.33983193]}}`, 37.1586, 36.2028, ""},
		{"lambert refused", fc(`"crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::2154"}},`, "700000,6600000"), 0, 0,
			`CRS "urn:ogc:def:crs:EPSG::2154" is not supported (EPSG:2154; read are EPSG:4326, 3857, 3395 and the WGS84 UTM zones 326xx and 327xx); reproject it: ogr2ogr -t_srs EPSG:4326 out.geojson in.geojson`},
		{"link refused", fc(`"crs":{"type":"link","properties":{"href":"http://example.com/crs"}},`, "1,2"), 0, 0,
			`its "crs" is of type link, not a named CRS this app can read; reproject it: ogr2ogr -t_srs EPSG:4326 out.geojson in.geojson`},
	}
	for _, tt := range tests {
		for _, how := range []string{"Load", "Parse"} {
			t.Run(how+" "+tt.name, func(t *testing.T) {
				var (
					l   *Layer
					err error
				)
				path := filepath.Join(t.TempDir(), "a.geojson")
				if how == "Load" {
					if err := os.WriteFile(path, []byte(tt.in), 0o644); err != nil {
						t.Fatal(err)
					}
					l, err = Load(path, Options{})
				} else {
					l, err = Parse("a", []byte(tt.in), Options{})
				}
				if tt.err != "" {
					if err == nil || !strings.HasSuffix(err.Error(), tt.err) {
						t.Errorf("error = %v\nwant      %s", err, tt.err)
					}
					if how == "Load" && err != nil && !strings.HasPrefix(err.Error(), path+": ") {
						t.Errorf("error does not name the file: %v", err)
					}
					return
				}
				if err != nil {
					t.Fatal(err)
				}
				p := firstPoint(l.Features[0].Geometry)
				if d := max(p[0]-tt.lon, tt.lon-p[0], p[1]-tt.lat, tt.lat-p[1]); d > 1e-7 {
					t.Errorf("point = %v, want %v,%v", p, tt.lon, tt.lat)
				}
			})
		}
	}
}
