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
	// Cluster, when the feature is drawn in a cluster's circle, is the
	// lon/lat bound of the cluster's features: the window zooms there.
	Cluster *orb.Bound `json:"-"`
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

// Area is the first of hits that is an area (a polygon or a
// multipolygon), as Identify orders them the topmost area under the
// point, and its geometry; ok is false when none is. The region a click
// asks the news archive about, in the window and in `newsatlas related`.
func Area(hits []Hit) (h Hit, g orb.Geometry, ok bool) {
	for _, h := range hits {
		if !h.Ref.Valid() {
			continue
		}
		switch g := h.Ref.Layer.Features[h.Ref.Feature].Geometry; g.(type) {
		case orb.Polygon, orb.MultiPolygon:
			return h, g, true
		}
	}
	return Hit{}, nil, false
}

// Identify returns the features under the lon/lat point p as the viewport
// shows it, topmost layer first: polygons containing p, pins and lines
// within a few pixels, every feature of a cluster's circle (see
// render.Clusters). A click in the window selects the first.
func (a *Atlas) Identify(p orb.Point, v render.Viewport) []Hit {
	var out []Hit
	tol := v.Tolerance(HitPixels)
	// A pin's head stands 2.2 radii above its point.
	lift := v.Tolerance(2.2 * pinStyle().MarkerRadius())
	clusters := a.clustersIn(v)
	for i := len(a.Layers) - 1; i >= 0; i-- {
		l := &a.Layers[i]
		if l.Hidden || l.Layer == nil {
			continue
		}
		if l.Detail != nil {
			out = append(out, detailHits(l, p, v, tol)...)
			continue
		}
		at := a.AtDate(l.Layer)
		if cl, ok := clusters.at(at, p, v); ok {
			out = append(out, clusters.hits(l.Name, cl)...)
			continue
		}
		for _, f := range at.Hits(p, tol, lift) {
			if clusters.in[layer.Ref{Layer: at, Feature: f}] {
				continue // drawn in a cluster's circle, not here
			}
			out = append(out, Hit{Layer: a.hitLayerAt(l, at, f), Properties: at.Features[f].Properties(), Ref: layer.Ref{Layer: at, Feature: f}})
		}
	}
	return out
}

// hitLayerAt is the layer name a hit on feature f of at, layer l as drawn
// at the date, reports: a tile feature's source layer when at is l's
// whole answer (see hitLayer), else l's name.
func (a *Atlas) hitLayerAt(l *render.Layer, at *layer.Layer, f int) string {
	if at != l.Layer {
		return l.Name
	}
	return a.hitLayer(l, f)
}
