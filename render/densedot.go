package render

import (
	"image"
	"image/color"
	"math"

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

// stampSteps is how many places within a pixel, on each axis, a dense
// layer's dot may be centred on: a quarter of a pixel is finer than a dot
// three pixels wide shows.
const stampSteps = 4

// dotStamp is the coverage of a dense layer's dot, worked out once a frame
// for each of its stampSteps² places within a pixel, so that a million
// points cost a few multiplications each instead of a square root per
// pixel.
type dotStamp struct {
	r    float64 // radius in device pixels
	half int     // the stamp spans pixels -half to half around the dot's
	// centre pixel: the oval covers the pixels it meets, r from the
	// centre, which lies up to ¾ pixel right of and below their corner.
	cov [stampSteps * stampSteps][]float64
}

// newDotStamp works out the stamps of a dot of radius r.
func newDotStamp(r float64) *dotStamp {
	a := max(0.5, r) // as oval takes it
	d := &dotStamp{r: r, half: int(math.Ceil(a))}
	n := 2*d.half + 1
	ir := 1 / a
	for sy := range stampSteps {
		for sx := range stampSteps {
			// The dot's centre in stamp pixels, pixel half's top left
			// corner plus the step.
			cx := float64(d.half) + float64(sx)/stampSteps
			cy := float64(d.half) + float64(sy)/stampSteps
			c := make([]float64, n*n)
			// The pixels oval draws: those the ellipse's box meets.
			for y := int(math.Floor(cy - a)); y < int(math.Ceil(cy+a)); y++ {
				for x := int(math.Floor(cx - a)); x < int(math.Ceil(cx+a)); x++ {
					c[y*n+x] = ovalCover(x, y, cx, cy, ir, ir)
				}
			}
			d.cov[sy*stampSteps+sx] = c
		}
	}
	return d
}

// stamped is a dot's stamp placed on the pixels, clipped to a rectangle.
type stamped struct {
	box    image.Rectangle // the pixels it covers within the rectangle
	cov    []float64
	n      int // the stamp's width
	ox, oy int // the pixel its top left corner falls on
}

// over places the stamp of a dot centred on pixel point p, rounded to a
// quarter pixel, and clips it to r; its box is empty when they do not
// meet.
func (d *dotStamp) over(p orb.Point, r image.Rectangle) stamped {
	qx, qy := int(math.Floor(p[0]*stampSteps+0.5)), int(math.Floor(p[1]*stampSteps+0.5))
	px, py := floorDiv(qx, stampSteps), floorDiv(qy, stampSteps)
	n := 2*d.half + 1
	ox, oy := px-d.half, py-d.half
	return stamped{
		box: image.Rect(ox, oy, ox+n, oy+n).Intersect(r),
		cov: d.cov[(qy-py*stampSteps)*stampSteps+qx-px*stampSteps],
		n:   n, ox: ox, oy: oy,
	}
}

// row is the coverage of the box's pixels in row y.
func (s stamped) row(y int) []float64 {
	i := (y-s.oy)*s.n - s.ox
	return s.cov[i+s.box.Min.X : i+s.box.Max.X]
}

// pointDot draws a point of a dense layer: a small anti-aliased disc in
// its marker colour, as a desktop GIS draws a simple marker. It is the
// oval of that size, its centre rounded to a quarter pixel.
func (f *frame) pointDot(p orb.Point, c color.NRGBA) {
	r := dotRadius * f.v.PixelScale()
	if f.stamp == nil || f.stamp.r != r {
		f.stamp = newDotStamp(r)
	}
	st := f.stamp.over(p, f.dst.Rect)
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
