package render

import (
	"cmp"
	"fmt"
	"image"
	"image/color"
	"math"
	"slices"

	"github.com/paulmach/orb"
	"golang.org/x/image/font"
	"golang.org/x/image/math/fixed"

	"newsatlas/layer"
	"newsatlas/style"
)

// ClusterMin is the fewest pins of one layer in a frame that cluster: a
// layer showing fewer draws each as a pin (the article's places, a few
// sites), one showing more draws pins near each other on the screen as
// one circle with their count, instead of a carpet of pins. Past
// DensePoints a layer's points are dots, which do not cluster.
const ClusterMin = 50

// ClusterRadius is how near, in logical pixels, pins must be to cluster.
const ClusterRadius = 40

// Cluster is the pins of one layer near each other in a frame, drawn as
// one circle with their count.
type Cluster struct {
	Layer   *layer.Layer
	At      orb.Point // the circle's centre, in pixels: the mean of its pins
	Radius  float64   // the circle's radius, in pixels
	Members []int     // the features, in file order
	Bound   orb.Bound // lon/lat bound of the members' points

	colour color.NRGBA // the layer's marker colour
}

// clusterPin is a pin drawn at pixel at of feature i.
type clusterPin struct {
	i  int
	at orb.Point
}

// Clusters are the clusters a frame of the scene in viewport v draws: of
// each shown layer that clusters (not NoCluster), drawn as pins (not
// dense) and showing at least ClusterMin pins, the groups of pins within
// ClusterRadius of each other. An identify or a tap uses it to tell what
// a circle holds.
func Clusters(s *Scene, v Viewport) []Cluster {
	dense := denseLayers(s, v)
	var out []Cluster
	for i := range s.Layers {
		l := &s.Layers[i]
		if l.Hidden || l.Layer == nil || l.NoCluster || dense[i] {
			continue
		}
		shown := l.Layer
		if l.Display != nil {
			shown = l.Display
		}
		if !hasPins(shown) {
			continue
		}
		var pins []clusterPin
		view := v.World()
		for _, k := range worldCopies(view) {
			q := orb.Bound{Min: orb.Point{view.Min[0] - k, view.Min[1]}, Max: orb.Point{view.Max[0] - k, view.Max[1]}}
			shown.Search(q, func(j int) bool {
				eachPoint(shown.Features[j].Proj, func(p orb.Point) {
					x, y := v.ToPixel(orb.Point{p[0] + k, p[1]})
					pins = append(pins, clusterPin{j, orb.Point{x, y}})
				})
				return true
			})
		}
		out = append(out, cluster(shown, pins, v, markerOf(l, shown))...)
	}
	return out
}

// eachPoint calls fn with each point of a geometry's points, multipoints
// and collections.
func eachPoint(g orb.Geometry, fn func(orb.Point)) {
	switch g := g.(type) {
	case orb.Point:
		fn(g)
	case orb.MultiPoint:
		for _, p := range g {
			fn(p)
		}
	case orb.Collection:
		for _, c := range g {
			eachPoint(c, fn)
		}
	}
}

// cluster groups one layer's pins: taken in file order, a pin not yet in
// a cluster gathers every other within ClusterRadius not yet in one; two
// or more make a cluster. Fewer than ClusterMin pins make none.
func cluster(l *layer.Layer, pins []clusterPin, v Viewport, colour color.NRGBA) []Cluster {
	if len(pins) < ClusterMin {
		return nil
	}
	slices.SortStableFunc(pins, func(a, b clusterPin) int { return cmp.Or(cmp.Compare(a.i, b.i), cmp.Compare(a.at[0], b.at[0])) })
	r := ClusterRadius * v.PixelScale()
	type cell struct{ x, y int }
	at := func(p orb.Point) cell { return cell{int(math.Floor(p[0] / r)), int(math.Floor(p[1] / r))} }
	grid := map[cell][]int{}
	for j, p := range pins {
		c := at(p.at)
		grid[c] = append(grid[c], j)
	}
	used := make([]bool, len(pins))
	var out []Cluster
	var near []int
	for j, p := range pins {
		if used[j] {
			continue
		}
		near = append(near[:0], j)
		c := at(p.at)
		for dy := -1; dy <= 1; dy++ {
			for dx := -1; dx <= 1; dx++ {
				for _, o := range grid[cell{c.x + dx, c.y + dy}] {
					if o != j && !used[o] && math.Hypot(pins[o].at[0]-p.at[0], pins[o].at[1]-p.at[1]) <= r {
						near = append(near, o)
					}
				}
			}
		}
		if len(near) < 2 {
			continue
		}
		cl := Cluster{Layer: l, colour: colour, Bound: orb.Bound{Min: orb.Point{math.Inf(1), math.Inf(1)}, Max: orb.Point{math.Inf(-1), math.Inf(-1)}}}
		var sx, sy float64
		for _, o := range near {
			used[o] = true
			sx += pins[o].at[0]
			sy += pins[o].at[1]
			cl.Members = append(cl.Members, pins[o].i)
			if g := l.Features[pins[o].i].Geometry; g != nil {
				cl.Bound = cl.Bound.Union(g.Bound())
			}
		}
		slices.Sort(cl.Members)
		cl.Members = slices.Compact(cl.Members)
		cl.At = orb.Point{sx / float64(len(near)), sy / float64(len(near))}
		cl.Radius = clusterRadius(len(near)) * v.PixelScale()
		out = append(out, cl)
	}
	return out
}

// clusterRadius is a cluster circle's radius in logical pixels: larger
// for more pins, slowly.
func clusterRadius(n int) float64 { return 10 + 3*math.Log10(float64(n)) }

// clusterPins takes the pins of the layers that cluster out of f.pins
// and returns their clusters, to be drawn over the pins left.
func (f *frame) clusterPins() []Cluster {
	colours := map[*layer.Layer]color.NRGBA{}
	for i := range f.s.Layers {
		l := &f.s.Layers[i]
		if l.NoCluster || l.Layer == nil || l.Hidden || f.denseOf[i] {
			continue
		}
		shown := l.Layer
		if l.Display != nil {
			shown = l.Display
		}
		colours[shown] = markerOf(l, shown)
	}
	byLayer := map[*layer.Layer][]clusterPin{}
	for _, p := range f.pins {
		if _, ok := colours[p.ref.Layer]; ok {
			byLayer[p.ref.Layer] = append(byLayer[p.ref.Layer], clusterPin{p.ref.Feature, p.at})
		}
	}
	var out []Cluster
	in := map[layer.Ref]bool{}
	for l, pins := range byLayer {
		for _, c := range cluster(l, pins, f.v, colours[l]) {
			out = append(out, c)
			for _, m := range c.Members {
				in[layer.Ref{Layer: l, Feature: m}] = true
			}
		}
	}
	if len(in) == 0 {
		return nil
	}
	f.pins = slices.DeleteFunc(f.pins, func(p pin) bool { return in[p.ref] })
	// Map order is random: draw the clusters in a stable order.
	slices.SortFunc(out, func(a, b Cluster) int { return cmp.Or(cmp.Compare(a.At[1], b.At[1]), cmp.Compare(a.At[0], b.At[0])) })
	return out
}

// markerOf is the colour of a layer's clusters: its first feature's
// marker colour as drawn, or a neutral grey when its features are
// coloured by class and a cluster may hold several.
func markerOf(l *Layer, shown *layer.Layer) color.NRGBA {
	if len(shown.Features) == 0 || l.Styling != nil && l.Styling.Of != nil && shown == l.Layer {
		return color.NRGBA{0x4a, 0x4a, 0x4a, fade(style.Spec, l.Opacity).MarkerColor.A}
	}
	styles, of := l.styles(shown)
	return fade(styles[styleIndex(shown.Sketches(), of, 0)], l.Opacity).MarkerColor
}

// drawClusters draws each cluster as a circle in its layer's marker
// colour, ringed in white, with the count of its pins.
func (f *frame) drawClusters(cs []Cluster) {
	sc := f.v.PixelScale()
	for _, c := range cs {
		col := c.colour
		halo := color.NRGBA{0xff, 0xff, 0xff, max(col.A, 0xc0)}
		f.pt.fill(path{circle(c.At, c.Radius+2*sc, 32)}, image.NewUniform(halo))
		f.pt.fill(path{circle(c.At, c.Radius, 32)}, image.NewUniform(col))
		text := fmt.Sprint(len(c.Members))
		ink := color.NRGBA{0xff, 0xff, 0xff, 0xff}
		if style.LabOf(col).L > 65 {
			ink = color.NRGBA{0x22, 0x22, 0x22, 0xff}
		}
		face := f.faces.small
		w := font.MeasureString(face, text)
		m := face.Metrics()
		d := font.Drawer{Dst: f.dst, Face: face, Src: image.NewUniform(ink)}
		d.Dot = fixed.Point26_6{X: fixed.Int26_6(c.At[0]*64) - w/2, Y: fixed.Int26_6(c.At[1]*64) + (m.Ascent-m.Descent)/2}
		d.DrawString(text)
	}
}
