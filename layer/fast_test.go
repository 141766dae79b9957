package layer

import (
	"fmt"
	"testing"

	"github.com/tidwall/gjson"
	"github.com/valyala/fastjson"

	"newsatlas/style"
)

// TestFastPathMatchesGeneral checks every feature the fast path takes
// against what the general path makes of it.
func TestFastPathMatchesGeneral(t *testing.T) {
	in := streamInputs(t)
	in["regular"] = []byte(`{"type":"FeatureCollection","features":[
		{"type":"Feature","id":7,"properties":{"name":"a","fill":"#ff0000","stroke-width":3,"LABEL_X":1,"LABEL_Y":2},"geometry":{"type":"MultiPolygon","coordinates":[[[[0,0],[2,0],[2,2],[0,0]],[[0.5,0.2],[1.5,0.2],[1.5,1],[0.5,0.2]]],[[[5,5],[6,5],[6,6],[5,5]]]]}},
		{"type":"Feature","properties":{"title":"t","marker-color":"#00f"},"geometry":{"type":"MultiPoint","coordinates":[[1,2,3],[4,5]]}},
		{"type":"Feature","properties":{"stroke":"nonsense"},"geometry":{"type":"MultiLineString","coordinates":[[[1,2],[3,4]],[[5,6],[7,8],[9,10]]]}},
		{"type":"Feature","properties":null,"geometry":{"type":"LineString","coordinates":[[1e1,-2.5E-1],[3,4]]}},
		{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[-540,90]}},
		{"type":"Feature","geometry":{"coordinates":[1,2],"type":"Point"}}
	]}`)
	fast, general := 0, 0
	for name, data := range in {
		raws, err := split(data)
		if err != nil {
			continue
		}
		var p fastjson.Parser
		for i, raw := range raws {
			var ff Feature
			var fs []Skip
			if !fastFeature(&p, raw, i, style.Spec, &ff, &fs) {
				general++
				continue
			}
			fast++
			var gf Feature
			var gs []Skip
			v, err := p.ParseBytes(raw)
			if err != nil {
				t.Errorf("%s feature %d: fast path took what is not JSON", name, i)
				continue
			}
			ok := convertValue(v, raw, i, style.Spec, &gf, &gs)
			got, want := fmt.Sprintf("%v %+v %s", fs, ff, ff.Props), fmt.Sprintf("%v %+v %s", gs, gf, gf.Props)
			if !ok || got != want {
				t.Errorf("%s feature %d:\n fast    %.300s\n general %.300s (ok %v)", name, i, got, want, ok)
			}
		}
	}
	if fast < 50 || general == 0 {
		t.Errorf("fast path took %d features, general %d: the test covers too little", fast, general)
	}
}

// FuzzFastPath checks that whatever valid JSON the fast path takes, it
// makes into what the general path makes of it.
func FuzzFastPath(f *testing.F) {
	f.Add([]byte(`{"type":"Feature","properties":{"name":"a","fill":"#f00"},"geometry":{"type":"MultiPolygon","coordinates":[[[[0,0],[1,0],[1,1],[0,0]]]]}}`))
	f.Add([]byte(`{"geometry":{"coordinates":[1.5e2,-2],"type":"Point"},"type":"Feature","properties":null}`))
	f.Add([]byte(`{"type":"Feature","properties":{},"geometry":{"type":"LineString","coordinates":[ [ 1 , 2 ] , [3,4,5] ]}}`))
	f.Fuzz(func(t *testing.T, raw []byte) {
		if !gjson.ValidBytes(raw) {
			return
		}
		var p fastjson.Parser
		var ff Feature
		var fs []Skip
		if !fastFeature(&p, raw, 0, style.Spec, &ff, &fs) {
			return
		}
		fast := fmt.Sprintf("%v %+v %s", fs, ff, ff.Props)
		v, err := p.ParseBytes(raw)
		if err != nil {
			t.Fatalf("fast path took what fastjson cannot parse: %v", err)
		}
		var gf Feature
		var gs []Skip
		ok := convertValue(v, raw, 0, style.Spec, &gf, &gs)
		if general := fmt.Sprintf("%v %+v %s", gs, gf, gf.Props); !ok || fast != general {
			t.Fatalf("\n fast    %.400s\n general %.400s (ok %v)", fast, general, ok)
		}
	})
}
