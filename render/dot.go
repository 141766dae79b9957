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
// anti-aliased by exact pixel coverage.
func (f *frame) dot(pb orb.Bound, st style.Style) {
	if st.Fill.A > 0 {
		f.rect(pb, st.Fill, 1)
	}
	w := st.StrokeWidth * f.v.PixelScale()
	if st.Stroke.A > 0 && w > 0 {
		// Hairlines are drawn fainter by their width (see hairlines).
		f.rect(pb.Pad(w/2), st.Stroke, math.Min(1, w))
	}
}

// rect blends colour c over the pixels the rectangle r covers, each in
// proportion to the part of it covered, times alpha.
func (f *frame) rect(r orb.Bound, c color.NRGBA, alpha float64) {
	x0, x1 := int(math.Floor(r.Min[0])), int(math.Ceil(r.Max[0]))
	y0, y1 := int(math.Floor(r.Min[1])), int(math.Ceil(r.Max[1]))
	b := f.dst.Rect
	if x1 <= b.Min.X || y1 <= b.Min.Y || x0 >= b.Max.X || y0 >= b.Max.Y {
		return
	}
	a := alpha * float64(c.A) / 255
	for y := y0; y < y1; y++ {
		cy := math.Min(r.Max[1], float64(y+1)) - math.Max(r.Min[1], float64(y))
		for x := x0; x < x1; x++ {
			cx := math.Min(r.Max[0], float64(x+1)) - math.Max(r.Min[0], float64(x))
			plot(f.dst, x, y, c, cx*cy*a)
		}
	}
}
