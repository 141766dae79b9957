package atlas

import (
	"newsatlas/control"
	"newsatlas/layer"
	"newsatlas/render"
	"newsatlas/style"
)

// Legend lists the control classes present at the current date (when
// the control layer is shown), the article's pins and each layer the user
// opened, in the style of its first feature: the legend drawn on the map
// of a view that holds Aleppo (Scene leaves the control classes out of a
// view that does not).
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
// article's places the pin; for any other layer one swatch in the style
// of its first feature, labelled with the layer's name. The map's legend
// and the window's layers panel both draw it.
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
		return []render.LegendItem{{Label: "Place in the article", Style: pinStyle(), Point: true}}
	}
	st := style.Spec
	if len(l.Features) > 0 {
		st = l.StyleOf(0)
	}
	return []render.LegendItem{{Label: l.Name, Style: st, Point: pointsOnly(l.Layer)}}
}

// pointsOnly reports whether a layer holds nothing but points.
func pointsOnly(l *layer.Layer) bool {
	for t := range l.Types {
		if t != "Point" && t != "MultiPoint" && t != "null" {
			return false
		}
	}
	return true
}
