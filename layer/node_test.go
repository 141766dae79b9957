package layer

import (
	"fmt"
	"reflect"
	"testing"

	"github.com/tidwall/gjson"
	"github.com/valyala/fastjson"

	"newsatlas/style"
)

// bothPaths reads raw as a feature through fastjson values and through
// gjson, as convertFeature does for small and big features, and reports
// any difference in what they make or say.
func bothPaths(raw []byte) error {
	var p fastjson.Parser
	v, err := p.ParseBytes(raw)
	if err != nil || !gjson.ValidBytes(raw) {
		return nil // only valid JSON takes either path
	}
	var ff, fg Feature
	var sf, sg []Skip
	okf := convertValue(&p, fj{v}, raw, style.Spec, &ff, skipper{&sf, 0, 0})
	var q fastjson.Parser
	okg := convertValue(&q, gj{gjson.ParseBytes(raw)}, raw, style.Spec, &fg, skipper{&sg, 0, 0})
	if okf != okg || !reflect.DeepEqual(ff.Geometry, fg.Geometry) || ff.Name != fg.Name || !reflect.DeepEqual(ff.style, fg.style) || string(ff.Props) != string(fg.Props) {
		return fmt.Errorf("fastjson: %v %#v %q; gjson: %v %#v %q", okf, ff.Geometry, ff.Name, okg, fg.Geometry, fg.Name)
	}
	if fmt.Sprint(sf) != fmt.Sprint(sg) {
		return fmt.Errorf("skips differ: fastjson %v, gjson %v", sf, sg)
	}
	return nil
}

func TestNodePathsAgree(t *testing.T) {
	for _, s := range []string{
		`{"type":"Feature","properties":{"name":"a","fill":"#f00","LABEL_X":1,"LABEL_Y":2},"geometry":{"type":"Point","coordinates":[1,2]}}`,
		`{"type":"Feature","properties":null,"geometry":{"type":"MultiPolygon","coordinates":[[[[0,0],[1,0],[1,1],[0,0]],[[0.2,0.2],[0.4,0.2],[0.2,0.2]]],[[[5,5],[6,5],[6,6]]]]}}`,
		`{"type":"GeometryCollection","geometries":[{"type":"LineString","coordinates":[[1,2],[3,4]]},{"type":"MultiPoint","coordinates":[[1,2],[3,4,5]]}]}`,
		`{"type":"MultiLineString","coordinates":[[[1,2],[3,4]],[[5,6]]]}`,
		`{"type":"Point","coordinates":["1","2"]}`,
		`{"type":"Point","coordinates":[1e308,2]}`,
		`{"type":"Point","coordinates":[[1,2]]}`,
		`{"type":"Point","coordinates":[1]}`,
		`{"type":"Polygon","coordinates":[]}`,
		`{"type":"Polygon","coordinates":{"a":1}}`,
		`{"type":"Circle","coordinates":[1,2]}`,
		`{"type":"Feature","properties":[1],"geometry":{"type":"Point","coordinates":[1,2]}}`,
		`{"type":"Feature","properties":{"a.b":1,"x*y":{"c":[1,2]}},"geometry":null}`,
		`{"type":"GeometryCollection"}`,
		`{"type":42,"coordinates":[1,2]}`,
		`[1,2]`,
		// The one-pass reader of big features' coordinates (coords.go)
		// and the walk it falls back to.
		`{"type":"Point","coordinates":[1,2,"x"]}`,
		`{"type":"Point","coordinates":[1,2,[3]]}`,
		`{"type":"Point","coordinates" : [ 1.5e1 , -2E-1 , 7 ] }`,
		`{"type":"Point","coordinates":[1e400,2]}`,
		`{"type":"Point","coordinates":[1e-400,2]}`,
		`{"type":"Point","coordinates":[541,2]}`,
		`{"type":"LineString","coordinates":[[1,2]]}`,
		`{"type":"LineString","coordinates":[[1,2],[3,4],[5,"6"]]}`,
		`{"type":"MultiPoint","coordinates":[[1,2],[]]}`,
		"{\"type\":\"Polygon\",\"coordinates\":[\n\t[[0,0],[1,0],[1,1]],\r\n[],[[0.2,0.2],[0.4,0.2],[0.3,0.3],[0.2,0.2]],[[0.5,0.5],[0.6,0.5]]]}",
		`{"type":"Polygon","coordinates":[[[0,0],[1,0],[0,0]]]}`,
		`{"type":"MultiPolygon","coordinates":[[[[0,0],[1,0],[1,1],[0,0]]],[]]}`,
		`{"type":"MultiPolygon","coordinates":[[[[0,0],[1,0],[1,1],[0,0]]],[[[0,0],[1,0]]]]}`,
		`{"type":"MultiLineString","coordinates":[[],[[1,2],[3,4]]]}`,
		`{"type":"MultiPolygon","coordinates":[ ]}`,
		`{"type":"GeometryCollection","geometries":[{"type":"Point","coordinates":[ ]},{"type":"GeometryCollection","geometries":[]}]}`,
		`{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]],"coordinates":[]}`,
	} {
		if err := bothPaths([]byte(s)); err != nil {
			t.Errorf("%s: %v", s, err)
		}
	}
}

// FuzzNodePaths checks that the two ways a feature is read agree.
func FuzzNodePaths(f *testing.F) {
	f.Add([]byte(`{"type":"Feature","properties":{"name":"a"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}}`))
	f.Add([]byte(`{"type":"GeometryCollection","geometries":[{"type":"Point","coordinates":[1,2]}]}`))
	f.Fuzz(func(t *testing.T, raw []byte) {
		if err := bothPaths(raw); err != nil {
			t.Fatal(err)
		}
	})
}
