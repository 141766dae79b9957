package atlas

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"newsatlas/layer"
	"newsatlas/render"
	"newsatlas/style"
)

// parseLayer makes a layer of GeoJSON text in the first layer colour.
func parseLayer(t testing.TB, name, src string) *layer.Layer {
	t.Helper()
	l, err := layer.Parse(name, []byte(src), layer.Options{Style: style.ForLayer(0)})
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func feature(props, geom string) string {
	return fmt.Sprintf(`{"type":"Feature","properties":%s,"geometry":%s}`, props, geom)
}

func collection(fs ...string) string {
	return `{"type":"FeatureCollection","features":[` + strings.Join(fs, ",") + `]}`
}

const (
	pointGeom = `{"type":"Point","coordinates":[37.1,36.2]}`
	lineGeom  = `{"type":"LineString","coordinates":[[37.1,36.2],[37.2,36.3]]}`
	areaGeom  = `{"type":"Polygon","coordinates":[[[37.1,36.2],[37.2,36.2],[37.2,36.3],[37.1,36.2]]]}`
)

func TestLegendKinds(t *testing.T) {
	type row struct {
		label string
		kind  render.LegendKind
	}
	for _, c := range []struct {
		name string
		src  string
		rule style.Rule
		want []row
	}{
		{"points", collection(feature(`{}`, pointGeom), feature(`{}`, `{"type":"MultiPoint","coordinates":[[37,36]]}`)), style.Rule{}, []row{{"points", render.LegendMarker}}},
		{"roads", collection(feature(`{}`, lineGeom)), style.Rule{}, []row{{"roads", render.LegendLine}}},
		{"zones", collection(feature(`{}`, areaGeom)), style.Rule{}, []row{{"zones", render.LegendArea}}},
		{"mixed", collection(feature(`{}`, pointGeom), feature(`{}`, areaGeom), feature(`{}`, lineGeom), feature(`{}`, `null`)), style.Rule{},
			[]row{{"mixed (areas)", render.LegendArea}, {"mixed (lines)", render.LegendLine}, {"mixed (points)", render.LegendMarker}}},
		{"nulls", collection(feature(`{}`, `null`)), style.Rule{}, []row{{"nulls", render.LegendArea}}},
		{"sites", collection(feature(`{"kind":"b"}`, pointGeom), feature(`{"kind":"a"}`, pointGeom), feature(`{}`, pointGeom)), style.Rule{By: style.Category, Property: "kind"},
			[]row{{"sites by kind", render.LegendHeading}, {"a", render.LegendMarker}, {"b", render.LegendMarker}, {style.NoValueLabel, render.LegendMarker}}},
		{"tracks", collection(feature(`{"n":1}`, lineGeom), feature(`{"n":3}`, lineGeom)), style.Rule{By: style.Graduated, Property: "n", Classes: 2, Method: style.EqualIntervals},
			[]row{{"tracks by n", render.LegendHeading}, {"1 – 2", render.LegendLine}, {"2 – 3", render.LegendLine}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := &Atlas{}
			a.AddLayer(parseLayer(t, c.name, c.src))
			if err := a.SetStyle(c.name, c.rule); err != nil {
				t.Fatal(err)
			}
			var got []row
			for _, it := range a.Legend() {
				got = append(got, row{it.Label, it.Kind})
				if it.Kind != render.LegendHeading && it.Layer != a.Layer(c.name).Layer {
					t.Errorf("row %q does not name its layer", it.Label)
				}
			}
			if !slices.Equal(got, c.want) {
				t.Errorf("legend %v, want %v", got, c.want)
			}
		})
	}
}

// TestLegendRestyled checks that a layer given a colour shows it in the
// legend.
func TestLegendRestyled(t *testing.T) {
	a := &Atlas{}
	a.AddLayer(parseLayer(t, "roads", collection(feature(`{}`, lineGeom))))
	pink := style.LayerColours()[2]
	if err := a.SetStyle("roads", style.Rule{Colour: pink, Width: 4}); err != nil {
		t.Fatal(err)
	}
	it := a.Legend()[0]
	if it.Style.Stroke.R != pink.R || it.Style.Stroke.G != pink.G || it.Style.StrokeWidth != 4 {
		t.Errorf("legend row %+v, want the pink of the restyle 4 px wide", it.Style)
	}
	if err := a.SetStyle("roads", style.Rule{}); err != nil || a.Layer("roads").Styling != nil {
		t.Errorf("the zero rule left styling %v (%v)", a.Layer("roads").Styling, err)
	}
}
