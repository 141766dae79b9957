package render

import (
	"image/color"
	"math"

	"github.com/paulmach/orb"

	"newsatlas/layer"
	"newsatlas/style"
)

// smallPx is the size under which an area is drawn as a dot: a shape a
// few pixels across is all outline at the usual stroke widths, a round
// blob, so its vertices add nothing an oval does not show, and a world
// view of many thousand small shapes costs a few pixels each instead of a
// rasterised path each.
const smallPx = layer.DotPixels

// dot draws a small area of pixel bound pb as an oval: its fill in the
// bound, then its stroke in the bound grown by half the stroke width, both
// anti-aliased. An opaque stroke at least a pixel wide hides the fill,
// which is then not drawn.
func (f *frame) dot(pb orb.Bound, st *style.Style) {
	w := st.StrokeWidth * f.v.PixelScale()
	stroke := st.Stroke.A > 0 && w > 0
	if st.Fill.A > 0 && !(stroke && st.Stroke.A == 0xff && w >= 1) {
		f.oval(pb, st.Fill, 1)
	}
	if stroke {
		// Hairlines are drawn fainter by their width (see hairlines).
		f.oval(pb.Pad(w/2), st.Stroke, math.Min(1, w))
	}
}

// oval blends colour c, times alpha, over the ellipse inscribed in r (its
// semi-axes at least half a pixel), each pixel in proportion to the part
// of it inside (see ovalCover).
func (f *frame) oval(r orb.Bound, c color.NRGBA, alpha float64) {
	cx, cy := (r.Min[0]+r.Max[0])/2, (r.Min[1]+r.Max[1])/2
	ax, ay := max(0.5, (r.Max[0]-r.Min[0])/2), max(0.5, (r.Max[1]-r.Min[1])/2)
	b := f.dst.Rect
	x0, x1 := max(int(math.Floor(cx-ax)), b.Min.X), min(int(math.Ceil(cx+ax)), b.Max.X)
	y0, y1 := max(int(math.Floor(cy-ay)), b.Min.Y), min(int(math.Ceil(cy+ay)), b.Max.Y)
	if x0 >= x1 || y0 >= y1 {
		return
	}
	a := alpha * float64(c.A) / 255 * 256
	cr, cg, cb := uint32(c.R), uint32(c.G), uint32(c.B)
	ix, iy := 1/ax, 1/ay
	for y := y0; y < y1; y++ {
		i := f.dst.PixOffset(x0, y)
		row := f.dst.Pix[i : i+4*(x1-x0) : i+4*(x1-x0)]
		for x := x0; x < x1; x++ {
			if cov := ovalCover(x, y, cx, cy, ix, iy); cov > 0 {
				blend(row[4*(x-x0):4*(x-x0)+4:4*(x-x0)+4], cr, cg, cb, uint32(cov*a+0.5))
			}
		}
	}
}

// ovalCover is how much of pixel (x, y) lies inside the ellipse centred
// at (cx, cy) whose semi-axes are 1/ix and 1/iy: a half plus the pixel
// centre's distance inside the edge, to first order (the ellipse's
// implicit function over the length of its gradient), within [0, 1].
func ovalCover(x, y int, cx, cy, ix, iy float64) float64 {
	u, v := (float64(x)+0.5-cx)*ix, (float64(y)+0.5-cy)*iy
	g := math.Sqrt(u*u*ix*ix + v*v*iy*iy)
	if g == 0 {
		return 1
	}
	return max(0, min(1, 0.5+(1-u*u-v*v)/(2*g)))
}
