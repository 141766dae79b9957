package atlas

import (
	"github.com/paulmach/orb"

	"newsatlas/layer"
	"newsatlas/render"
)

// HitPixels is how near, in logical pixels, a click must come to a point
// or a line to hit it.
const HitPixels = 6

// Hit is one feature under a point.
type Hit struct {
	Layer      string         `json:"layer"`
	Properties map[string]any `json:"properties"`
	Ref        layer.Ref      `json:"-"`
}

// Name is what the hit feature is called: its label on the map, the
// tooltip over it and the name the info panel shows ("" when unnamed).
// Which property names a feature is decided once, in the layer (see
// layer.Feature.Name).
func (h Hit) Name() string {
	if !h.Ref.Valid() {
		return ""
	}
	return h.Ref.Layer.Features[h.Ref.Feature].Name
}

// Identify returns the features under the lon/lat point p as the viewport
// shows it, topmost layer first: polygons containing p, pins and lines
// within a few pixels. A click in the window selects the first.
func (a *Atlas) Identify(p orb.Point, v render.Viewport) []Hit {
	var out []Hit
	tol := v.Tolerance(HitPixels)
	// A pin's head stands 2.2 radii above its point.
	lift := v.Tolerance(2.2 * pinStyle().MarkerRadius())
	for i := len(a.Layers) - 1; i >= 0; i-- {
		l := &a.Layers[i]
		if l.Hidden || l.Layer == nil {
			continue
		}
		for _, f := range l.Hits(p, tol, lift) {
			out = append(out, Hit{Layer: a.hitLayer(l, f), Properties: l.Features[f].Properties(), Ref: layer.Ref{Layer: l.Layer, Feature: f}})
		}
	}
	return out
}
