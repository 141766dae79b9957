package atlas

import (
	"newsatlas/control"
	"newsatlas/layer"
	"newsatlas/render"
	"newsatlas/style"
)

// Legend lists the control classes present at the current date (when
// the control layer is shown), the article's pins and each layer the user
// opened, in its real symbols: the legend drawn on the map of a view that
// holds Aleppo (Scene leaves the control classes out of a view that does
// not).
func (a *Atlas) Legend() []render.LegendItem { return a.legend(true) }

// legend is Legend, with the control classes only when aleppo is true.
func (a *Atlas) legend(aleppo bool) []render.LegendItem {
	var out []render.LegendItem
	if c := a.Layer(AleppoControl); aleppo && c != nil && !c.Hidden {
		out = append(out, LegendOf(c)...)
	}
	if p := a.Layer(Places); p != nil && !p.Hidden && len(p.Features) > 0 {
		out = append(out, LegendOf(p)...)
	}
	for i := range a.Layers {
		l := &a.Layers[i]
		if l.Hidden || IsBuiltin(l.Name) || len(l.Features) == 0 {
			continue
		}
		out = append(out, LegendOf(l)...)
	}
	return out
}

// LegendOf is one layer's legend, shown or not: for the control layer a
// swatch for each control class present, in legend order; for the
// article's places the pin; for a layer styled by a property (see
// SetStyle) a heading naming the layer and the property, then a row for
// each class; for any other layer a row in the style of its first
// feature for each kind of geometry it holds (an area, a line, a marker;
// a renderer draws a marker as dots where it draws the layer's points
// so), labelled with the layer's name. The map's legend and the window's
// layers panel both draw it.
func LegendOf(l *render.Layer) []render.LegendItem {
	switch {
	case l.Layer == nil:
		return nil
	case l.Name == AleppoControl:
		present := map[string]bool{}
		for i := range l.Features {
			present[l.Features[i].String("control")] = true
		}
		var out []render.LegendItem
		for _, c := range control.All {
			if present[c] {
				st, _ := style.Faction(c)
				out = append(out, render.LegendItem{Label: control.Label(c), Style: st})
			}
		}
		return out
	case l.Name == Places:
		st := pinStyle()
		if l.Styling != nil && l.Styling.Of == nil && len(l.Styling.Styles) > 0 {
			st = l.Styling.Styles[0]
		}
		return []render.LegendItem{{Label: "Place in the article", Style: st, Kind: render.LegendMarker, Layer: l.Layer}}
	}
	kinds := Kinds(l.Layer)
	if st := l.Styling; st != nil && len(st.Labels) == len(st.Styles) && len(st.Labels) > 0 {
		kind := render.LegendArea
		if len(kinds) > 0 {
			kind = kinds[0]
		}
		out := []render.LegendItem{{Label: l.Name + " by " + st.Rule.Property, Kind: render.LegendHeading}}
		for k, label := range st.Labels {
			out = append(out, render.LegendItem{Label: label, Style: st.Styles[k], Kind: kind, Layer: l.Layer})
		}
		return out
	}
	st := style.Spec
	if len(l.Features) > 0 {
		st = l.StyleOf(0)
		if l.Styling != nil && l.Styling.Of == nil && len(l.Styling.Styles) == len(l.Styles()) {
			st = l.Styling.Styles[l.Sketches()[0].Style]
		}
	}
	if len(kinds) == 0 {
		kinds = []render.LegendKind{render.LegendArea}
	}
	var out []render.LegendItem
	for _, k := range kinds {
		label := l.Name
		if len(kinds) > 1 {
			label += " (" + kindNoun[k] + ")"
		}
		out = append(out, render.LegendItem{Label: label, Style: st, Kind: k, Layer: l.Layer})
	}
	return out
}

// kindNoun names the features a legend row of a mixed layer stands for.
var kindNoun = map[render.LegendKind]string{render.LegendArea: "areas", render.LegendLine: "lines", render.LegendMarker: "points"}

// Kinds are the legend symbols a layer's geometry needs, in the order
// area, line, marker: none for a layer of null geometries only.
func Kinds(l *layer.Layer) []render.LegendKind {
	has := map[render.LegendKind]bool{}
	for t, n := range l.Types {
		if n == 0 {
			continue
		}
		switch t {
		case "Polygon", "MultiPolygon":
			has[render.LegendArea] = true
		case "LineString", "MultiLineString":
			has[render.LegendLine] = true
		case "Point", "MultiPoint":
			has[render.LegendMarker] = true
		case "GeometryCollection":
			has[render.LegendArea] = true
		}
	}
	var out []render.LegendKind
	for _, k := range []render.LegendKind{render.LegendArea, render.LegendLine, render.LegendMarker} {
		if has[k] {
			out = append(out, k)
		}
	}
	return out
}
