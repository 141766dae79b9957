package atlas

import (
	"time"

	"github.com/paulmach/orb/geojson"

	"newsatlas/layer"
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
