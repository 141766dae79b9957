package render

import (
	"image/color"

	"github.com/paulmach/orb"

	"newsatlas/layer"
)

// DensePoints is how many features of one layer may be in view before its
// points are drawn as dots instead of pins.
const DensePoints = 2000

// denseLayers says, for each layer of the scene, whether the frame of
// view v has more than DensePoints of its features in view. Such a layer's
// points are drawn as dots with the layers' shapes, unlabelled, as a
// desktop GIS draws a dense point layer; a few points stay pins, drawn
// over every layer. Every part of a frame (its bands, the strips a pan
// uncovers, the pyramid's tiles) takes the frame's decision.
func denseLayers(s *Scene, v Viewport) []bool {
	out := make([]bool, len(s.Layers))
	for i := range s.Layers {
		l := &s.Layers[i]
		if l.Hidden || l.Layer == nil {
			continue
		}
		shown := l.Layer
		if l.Display != nil {
			shown = l.Display
		}
		out[i] = hasPins(shown) && denseIn(shown, v.World())
	}
	return out
}

// denseIn says whether more than DensePoints of l's features meet the
// part w of the world (in world units, any copy of the world); it stops
// counting there.
func denseIn(l *layer.Layer, w orb.Bound) bool {
	if len(l.Features) <= DensePoints {
		return false
	}
	n := 0
	count := func(int) bool { n++; return n <= DensePoints }
	for _, k := range worldCopies(w) {
		q := orb.Bound{Min: orb.Point{w.Min[0] - k, w.Min[1]}, Max: orb.Point{w.Max[0] - k, w.Max[1]}}
		if l.Indexed() {
			l.Search(q, count)
		} else {
			sk := l.Sketches()
			for i := 0; i < len(sk) && n <= DensePoints; i++ {
				if s := &sk[i]; !s.Null && s.Bound.Intersects(q) {
					count(i)
				}
			}
		}
		if n > DensePoints {
			return true
		}
	}
	return false
}

// dotRadius is the radius of a dense layer's dots in logical pixels.
const dotRadius = 1.5

// pointDot draws a point of a dense layer: a small anti-aliased disc in
// its marker colour, as a desktop GIS draws a simple marker. It is the
// oval of that size, its centre rounded to a quarter pixel.
func (f *frame) pointDot(p orb.Point, c color.NRGBA) {
	r := dotRadius * f.v.PixelScale()
	if f.stamp == nil || f.stamp.r != r {
		f.stamp = newDotStamp(r)
	}
	st := f.stamp.place(p, f.dst.Rect)
	if st.box.Empty() {
		return
	}
	a := float64(c.A) / 255 * 256
	cr, cg, cb := uint32(c.R), uint32(c.G), uint32(c.B)
	for y := st.box.Min.Y; y < st.box.Max.Y; y++ {
		i := f.dst.PixOffset(st.box.Min.X, y)
		row := f.dst.Pix[i : i+4*st.box.Dx() : i+4*st.box.Dx()]
		for j, k := range st.row(y) {
			if k > 0 {
				blend(row[4*j:4*j+4:4*j+4], cr, cg, cb, uint32(k*a+0.5))
			}
		}
	}
}
