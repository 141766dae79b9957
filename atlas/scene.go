package atlas

import (
	"slices"

	"newsatlas/render"
)

// Scene is what to draw in view v: the layers as they stand, the legend
// and the attribution. The control zones' classes and the "Aleppo, as of"
// title are in the legend only while the control layer is shown and its
// bound meets v (see AleppoInView): a map of somewhere else does not carry
// Aleppo's legend. The scene depends on v through AleppoInView(v) alone,
// so that a map may keep it while that holds. The window and `newsatlas
// render` both draw this.
func (a *Atlas) Scene(v render.Viewport) *render.Scene {
	a.prepare()
	s := &render.Scene{
		Layers:      slices.Clone(a.Layers),
		ScaleBar:    true,
		Attribution: a.Credit(),
	}
	a.atDate(s.Layers)
	s.Legend = a.legend(a.AleppoInView(v))
	if c := a.Layer(AleppoControl); c != nil && !c.Hidden && a.AleppoInView(v) {
		s.LegendTitle = a.LegendTitle()
	} else if len(s.Legend) > 0 {
		s.LegendTitle = "Legend"
	}
	return s
}

// LegendTitle is the title of the control zones' legend: "Aleppo, as of"
// the atlas's date, or, past the end of the record, the record's last
// date and a word that it ends there (the zones stay as they were then).
func (a *Atlas) LegendTitle() string {
	const layout = "2 Jan 2006"
	if end := a.RecordEnd(); !end.IsZero() && a.Date.After(end) {
		return "Aleppo, as of " + end.Format(layout) + " (the record ends there)"
	}
	return "Aleppo, as of " + a.Date.Format(layout)
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
