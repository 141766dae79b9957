package atlas

import (
	"math"
	"slices"

	"github.com/paulmach/orb"

	"newsatlas/layer"
	"newsatlas/render"
)

// clustered is what the clusters of a view hold, by layer: a click on a
// circle identifies its features, and the pins drawn in a circle are not
// found where they would stand.
type clustered struct {
	of map[*layer.Layer][]render.Cluster
	in map[layer.Ref]bool
}

// clustersIn lists the clusters the view v draws (see render.Clusters).
func (a *Atlas) clustersIn(v render.Viewport) clustered {
	c := clustered{of: map[*layer.Layer][]render.Cluster{}, in: map[layer.Ref]bool{}}
	// the layers as drawn: timed ones at the date
	ls := slices.Clone(a.Layers)
	for i := range ls {
		if ls[i].Layer != nil {
			ls[i].Layer = a.AtDate(ls[i].Layer)
		}
	}
	for _, cl := range render.Clusters(&render.Scene{Layers: ls}, v) {
		c.of[cl.Layer] = append(c.of[cl.Layer], cl)
		for _, m := range cl.Members {
			c.in[layer.Ref{Layer: cl.Layer, Feature: m}] = true
		}
	}
	return c
}

// at is the cluster of layer l whose circle holds lon/lat p in view v,
// within HitPixels.
func (c clustered) at(l *layer.Layer, p orb.Point, v render.Viewport) (render.Cluster, bool) {
	x, y := v.LonLatToPixel(p)
	tol := HitPixels * v.PixelScale()
	for _, cl := range c.of[l] {
		if math.Hypot(cl.At[0]-x, cl.At[1]-y) <= cl.Radius+tol {
			return cl, true
		}
	}
	return render.Cluster{}, false
}

// hits identifies a cluster's features, each with the cluster's bound.
func (c clustered) hits(name string, cl render.Cluster) []Hit {
	b := cl.Bound
	out := make([]Hit, 0, len(cl.Members))
	for _, m := range cl.Members {
		out = append(out, Hit{Layer: name, Properties: cl.Layer.Features[m].Properties(), Ref: layer.Ref{Layer: cl.Layer, Feature: m}, Cluster: &b})
	}
	return out
}
