package atlas

import (
	"slices"

	"newsatlas/render"
)

// Scene is what to draw now: the layers as they stand, the legend of the
// control zones and the attribution.
func (a *Atlas) Scene() *render.Scene {
	a.prepare()
	s := &render.Scene{
		Layers:      slices.Clone(a.Layers),
		ScaleBar:    true,
		Attribution: a.Credit(),
	}
	s.Legend = a.Legend()
	if c := a.Layer(AleppoControl); c != nil && !c.Hidden {
		s.LegendTitle = "Aleppo, as of " + a.Date.Format("2 Jan 2006")
	} else if len(s.Legend) > 0 {
		s.LegendTitle = "Legend"
	}
	return s
}

// Snapshot is a copy of the atlas as it stands that later changes to a
// leave alone: hiding, moving, opening or removing a layer, a new date or
// article. Its layers' data is shared, never copied (a layer is not
// changed once loaded: a new date makes a new control layer). A goroutine
// off the UI goroutine reads a snapshot (the window's hover hit test),
// while the UI goroutine goes on changing a.
func (a *Atlas) Snapshot() *Atlas {
	a.prepare()
	s := *a
	s.Layers = slices.Clone(a.Layers)
	return &s
}

// prepare makes what a scene draws but the layers do not hold yet: the
// control zones dissolved at the atlas's date, once per date.
func (a *Atlas) prepare() {
	if c := a.Layer(AleppoControl); c != nil && !c.Hidden && c.Display == nil && a.Timeline != nil {
		c.Display = a.zonesLayer()
	}
}
