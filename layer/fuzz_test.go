package layer

import (
	"strings"
	"testing"
)

// FuzzParse feeds arbitrary bytes to the loader: it must never panic or
// hang, an error must be one line, and what loads must be consistent.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		`{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"a","fill":"#f00"},"geometry":{"type":"Point","coordinates":[1,2]}}]}`,
		`{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]],[[0.2,0.2],[0.4,0.2],[0.4,0.4],[0.2,0.2]]]}`,
		`{"type":"GeometryCollection","geometries":[{"type":"LineString","coordinates":[[1,2],[3,4]]},{"type":"MultiPoint","coordinates":[[1,2]]}]}`,
		`{"type":"MultiPolygon","coordinates":[[[[179,-16],[-179,-16],[-179,-17],[179,-16]]]]}`,
		"\x1e{\"type\":\"Point\",\"coordinates\":[1,2]}\n\x1e{\"type\":\"Point\",\"coordinates\":[3,4]}\n",
		"{\"type\":\"Feature\",\"geometry\":null,\"properties\":null}\n{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[0,0]},\"properties\":{}}\n",
		`{"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0]]]},"properties":{"stroke-width":"x"}}`,
		"\xef\xbb\xbf{\"type\":\"Point\",\"coordinates\":[1e308,NaN]}",
		`[[[[[[`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		l, err := Parse("fuzz", data, Options{})
		if err != nil {
			if strings.ContainsAny(err.Error(), "\n\r") {
				t.Fatalf("error is not one line: %q", err)
			}
			return
		}
		for i := range l.Features {
			f := &l.Features[i]
			if (f.Geometry == nil) != (f.Proj == nil) {
				t.Fatalf("feature %d: geometry and projection disagree", i)
			}
			f.Properties()
		}
		l.Simplified(3)
		l.Hits([2]float64{0, 0}, 0.01, 0.01)
	})
}
