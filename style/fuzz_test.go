package style

import (
	"encoding/json"
	"testing"
)

// FuzzParse feeds arbitrary property objects to the simplestyle parser:
// it must never panic, and a problem must leave the default in place.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		`{"stroke":"#f00","stroke-width":3,"stroke-opacity":0.5,"fill":"#00ff00","fill-opacity":0.2}`,
		`{"marker-color":"#abc","marker-size":"large","marker-symbol":"a","title":"T","description":"D"}`,
		`{"stroke":12,"fill":null,"fill-opacity":"x","stroke-width":-1,"marker-size":[1]}`,
		`{"title":{"nested":true},"stroke-opacity":1e309}`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var m map[string]any
		if json.Unmarshal([]byte(s), &m) != nil {
			return
		}
		get := func(k string) (any, bool) { v, ok := m[k]; return v, ok }
		st, problems := Parse(get, Spec)
		if st.StrokeWidth < 0 || st.StrokeWidth > 100 {
			t.Fatalf("stroke width %v out of range", st.StrokeWidth)
		}
		switch st.MarkerSize {
		case "small", "medium", "large":
		default:
			t.Fatalf("marker size %q", st.MarkerSize)
		}
		if len(problems) == 0 {
			if _, bad := m["stroke"].(float64); bad {
				t.Fatal("a numeric stroke colour was not reported")
			}
		}
	})
}
