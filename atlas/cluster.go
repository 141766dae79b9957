package atlas

import (
	"math"
	"slices"
	"sync"

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
// The last view's are kept (see clusterCache): the hit tests of a pointer
// moving over a still map, and a click after them, reuse them.
func (a *Atlas) clustersIn(v render.Viewport) clustered {
	// the layers as drawn: timed ones at the date
	ls := slices.Clone(a.Layers)
	for i := range ls {
		if ls[i].Layer != nil {
			ls[i].Layer = a.AtDate(ls[i].Layer)
		}
	}
	if a.clusters == nil {
		return clustersOf(ls, v)
	}
	k := clusterKeyOf(ls, v)
	k.lo, k.hi, k.dated = a.Window.Range(a.Date)
	if c, ok := a.clusters.get(k); ok {
		return c
	}
	c := clustersOf(ls, v)
	a.clusters.put(k, c)
	return c
}

// clustersOf lists the clusters of layers ls in view v.
func clustersOf(ls []render.Layer, v render.Viewport) clustered {
	c := clustered{of: map[*layer.Layer][]render.Cluster{}, in: map[layer.Ref]bool{}}
	for _, cl := range render.Clusters(&render.Scene{Layers: ls}, v) {
		c.of[cl.Layer] = append(c.of[cl.Layer], cl)
		for _, m := range cl.Members {
			c.in[layer.Ref{Layer: cl.Layer, Feature: m}] = true
		}
	}
	return c
}

// clusterCache keeps the clusters of the last view they were listed for,
// with what they were made of. Snapshots share it with their atlas and
// use it from other goroutines (the window's hover hit test): it is
// locked.
type clusterCache struct {
	mu  sync.Mutex
	key clusterKey
	c   *clustered
}

// clusterKey is what a view's clusters depend on: the view, the date
// window and, layer by layer, what render.Clusters reads. A layer is
// never changed once loaded (see Snapshot): new data, a new date or a
// new answer of a live source is a new *layer.Layer.
type clusterKey struct {
	v      render.Viewport
	lo, hi int64
	dated  bool
	layers []clusterInput
}

// clusterInput is what the clusters read of one layer.
type clusterInput struct {
	layer, display    *layer.Layer // the layer at the date, and what is drawn in its place
	hidden, noCluster bool
}

func clusterKeyOf(ls []render.Layer, v render.Viewport) clusterKey {
	k := clusterKey{v: v, layers: make([]clusterInput, len(ls))}
	for i, l := range ls {
		k.layers[i] = clusterInput{l.Layer, l.Display, l.Hidden, l.NoCluster}
	}
	return k
}

func (k clusterKey) equal(o clusterKey) bool {
	return k.v == o.v && k.lo == o.lo && k.hi == o.hi && k.dated == o.dated && slices.Equal(k.layers, o.layers)
}

func (cc *clusterCache) get(k clusterKey) (clustered, bool) {
	cc.mu.Lock()
	defer cc.mu.Unlock()
	if cc.c == nil || !cc.key.equal(k) {
		return clustered{}, false
	}
	return *cc.c, true
}

func (cc *clusterCache) put(k clusterKey, c clustered) {
	cc.mu.Lock()
	defer cc.mu.Unlock()
	cc.key, cc.c = k, &c
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
