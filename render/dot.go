package render

import (
	"image/color"
	"math"

	"github.com/paulmach/orb"

	"newsatlas/layer"
	"newsatlas/style"
)

// smallPx is the size under which an area is drawn as a dot: a shape a
// few pixels across is all outline at the usual stroke widths, so its
// vertices add nothing a rectangle does not show, and a world view of
// many thousand small shapes costs a few pixels each instead of a
// rasterised path each.
const smallPx = layer.DotPixels

// dot draws a small area of pixel bound pb: its fill over the bound, then
// its stroke over the bound grown by half the stroke width, both
// anti-aliased by exact pixel coverage. An opaque stroke at least a pixel
// wide hides the fill, which is then not drawn.
func (f *frame) dot(pb orb.Bound, st *style.Style) {
	w := st.StrokeWidth * f.v.PixelScale()
	stroke := st.Stroke.A > 0 && w > 0
	if st.Fill.A > 0 && !(stroke && st.Stroke.A == 0xff && w >= 1) {
		f.rect(pb, st.Fill, 1)
	}
	if stroke {
		// Hairlines are drawn fainter by their width (see hairlines).
		f.rect(pb.Pad(w/2), st.Stroke, math.Min(1, w))
	}
}

// rect blends colour c over the pixels the rectangle r covers, each in
// proportion to the part of it covered, times alpha.
func (f *frame) rect(r orb.Bound, c color.NRGBA, alpha float64) {
	b := f.dst.Rect
	x0, x1 := max(int(math.Floor(r.Min[0])), b.Min.X), min(int(math.Ceil(r.Max[0])), b.Max.X)
	y0, y1 := max(int(math.Floor(r.Min[1])), b.Min.Y), min(int(math.Ceil(r.Max[1])), b.Max.Y)
	if x0 >= x1 || y0 >= y1 {
		return
	}
	a := alpha * float64(c.A) / 255 * 256
	cr, cg, cb := uint32(c.R), uint32(c.G), uint32(c.B)
	for y := y0; y < y1; y++ {
		cy := (span(r.Min[1], r.Max[1], y)) * a
		i := f.dst.PixOffset(x0, y)
		row := f.dst.Pix[i : i+4*(x1-x0) : i+4*(x1-x0)]
		for x := x0; x < x1; x++ {
			k := uint32(span(r.Min[0], r.Max[0], x)*cy + 0.5)
			if k > 256 {
				k = 256
			}
			p := row[4*(x-x0) : 4*(x-x0)+4 : 4*(x-x0)+4]
			blend(p, cr, cg, cb, k)
		}
	}
}

// span is the length of [lo, hi] within the pixel [i, i+1].
func span(lo, hi float64, i int) float64 {
	a, b := float64(i), float64(i+1)
	if lo > a {
		a = lo
	}
	if hi < b {
		b = hi
	}
	if b < a {
		return 0
	}
	return b - a
}
