package atlas

import (
	"time"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geojson"

	"newsatlas/layer"
	"newsatlas/render"
	"newsatlas/style"
)

// controlLayer is the aleppo-control layer at the atlas's date: one
// feature per neighbourhood with control, name, as_of and source.
func (a *Atlas) controlLayer() *layer.Layer {
	if a.Timeline == nil {
		return nil
	}
	fc := a.Timeline.At(a.Date)
	l := layer.FromCollection(AleppoControl, "Aleppo neighbourhoods: Columbia CSR (MIT); control: sourced events in data/aleppo/events.json", fc, func(f *geojson.Feature) style.Style {
		st, ok := style.Faction(f.Properties.MustString("control", ""))
		if !ok {
			return style.Spec
		}
		return st
	})
	return l
}

// zonesLayer is the control zones at the atlas's date dissolved into one
// shape per connected area of one control, outlined as a front line.
func (a *Atlas) zonesLayer() *layer.Layer {
	return layer.FromCollection(AleppoControl+"-zones", "dissolved from "+AleppoControl, a.Timeline.Zones(a.Date), func(f *geojson.Feature) style.Style {
		st, ok := style.Faction(f.Properties.MustString("control", ""))
		if !ok {
			return style.Spec
		}
		st.StrokeWidth = 1.6
		return st
	})
}

// SetDate redraws the control zones as they were on date d.
func (a *Atlas) SetDate(d time.Time) {
	a.Date = d
	if c := a.Layer(AleppoControl); c != nil && a.Timeline != nil {
		c.Layer = a.controlLayer()
		c.Display = nil // made again on the next Scene
	}
}

// RecordEnd is the last date on which the control record changes (after
// it the zones stay as they were then), or the zero time without the
// record. The window's timeline ends there.
func (a *Atlas) RecordEnd() time.Time {
	if a.Timeline == nil {
		return time.Time{}
	}
	ch := a.Timeline.Changes()
	if len(ch) == 0 {
		return time.Time{}
	}
	return ch[len(ch)-1]
}

// AleppoInView reports whether any of the control layer's bound meets
// view v, shown or hidden: whether Aleppo is on the map. The map's legend
// and the window's timeline step aside while it is not.
func (a *Atlas) AleppoInView(v render.Viewport) bool {
	c := a.Layer(AleppoControl)
	if c == nil || c.Layer == nil || len(c.Features) == 0 {
		return false
	}
	b, w := c.ProjBound(), v.World()
	// The map repeats the world east and west: any copy counts.
	for _, dx := range []float64{-1, 0, 1} {
		if b.Intersects(orb.Bound{Min: orb.Point{w.Min[0] + dx, w.Min[1]}, Max: orb.Point{w.Max[0] + dx, w.Max[1]}}) {
			return true
		}
	}
	return false
}
