package layer

import (
	"encoding/json"

	"github.com/paulmach/orb/geojson"

	"newsatlas/style"
)

// FromCollection makes a layer of features built in memory, styled by
// styleOf (base style when nil), labelled as Parse labels GeoJSON's (a
// name property, at LABEL_X/LABEL_Y when they are numbers).
func FromCollection(name, source string, fc *geojson.FeatureCollection, styleOf func(*geojson.Feature) style.Style) *Layer {
	fs := make([]Feature, 0, len(fc.Features))
	for i, f := range fc.Features {
		raw, _ := json.Marshal(f.Properties)
		get := func(k string) (any, bool) {
			v, ok := f.Properties[k]
			return v, ok
		}
		ft := Feature{ID: i, Geometry: f.Geometry, Props: raw, Name: nameOf(get), LabelAt: propsLabel(get)}
		if styleOf != nil {
			if st := styleOf(f); st != style.Spec {
				ft.style = &st
			}
		}
		fs = append(fs, ft)
	}
	return build(name, source, fs, nil, Options{Style: style.Spec})
}

// nameKeys are the properties a feature's label is taken from, in order.
var nameKeys = []string{"title", "name", "NAME", "name_en", "NAME_EN", "Name", "ADMIN", "label"}

func nameOf(get style.Getter) string {
	for _, k := range nameKeys {
		if v, ok := get(k); ok {
			if s, ok := v.(string); ok && s != "" {
				return s
			}
		}
	}
	return ""
}
