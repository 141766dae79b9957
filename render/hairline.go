package render

import (
	"image"
	"image/color"
	"math"

	"github.com/paulmach/orb"
)

// thinLine is the widest stroke drawn by hairlines rather than as quads.
const thinLine = 3

// hairlines draws lines of width w, up to thinLine pixels, in the manner of
// Xiaolin Wu's anti-aliased lines widened to w: each column (or row, for
// steep segments) of a segment covers the span of the line there, the
// pixels at its ends in part. The work is in proportion to the lines'
// length, where a polygon rasteriser would sweep their bounding box.
func hairlines(dst *image.RGBA, lines [][]orb.Point, w float64, c color.Color) {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	a := float64(n.A) / 255
	b := dst.Bounds()
	m := w + 2
	fb := orb.Bound{Min: orb.Point{float64(b.Min.X) - m, float64(b.Min.Y) - m}, Max: orb.Point{float64(b.Max.X) + m, float64(b.Max.Y) + m}}
	for _, l := range lines {
		for i := 1; i < len(l); i++ {
			p, q := l[i-1], l[i]
			if (p[0] < fb.Min[0] && q[0] < fb.Min[0]) || (p[0] > fb.Max[0] && q[0] > fb.Max[0]) ||
				(p[1] < fb.Min[1] && q[1] < fb.Min[1]) || (p[1] > fb.Max[1] && q[1] > fb.Max[1]) {
				continue
			}
			wu(dst, p[0], p[1], q[0], q[1], w, n, a)
		}
	}
}

// plot blends colour n at coverage cov over the pixel (x, y).
func plot(dst *image.RGBA, x, y int, n color.NRGBA, cov float64) {
	if !(image.Point{x, y}.In(dst.Rect)) || cov <= 0 {
		return
	}
	i := dst.PixOffset(x, y)
	p := dst.Pix[i : i+4 : i+4]
	k := uint32(cov*256 + 0.5)
	if k > 256 {
		k = 256
	}
	p[0] = uint8((uint32(n.R)*k + uint32(p[0])*(256-k)) >> 8)
	p[1] = uint8((uint32(n.G)*k + uint32(p[1])*(256-k)) >> 8)
	p[2] = uint8((uint32(n.B)*k + uint32(p[2])*(256-k)) >> 8)
	p[3] = uint8((255*k + uint32(p[3])*(256-k)) >> 8)
}

// wu draws one anti-aliased segment of width w, pixel centres at
// half-integers.
func wu(dst *image.RGBA, x0, y0, x1, y1, w float64, n color.NRGBA, a float64) {
	steep := math.Abs(y1-y0) > math.Abs(x1-x0)
	if steep {
		x0, y0, x1, y1 = y0, x0, y1, x1
	}
	if x0 > x1 {
		x0, x1, y0, y1 = x1, x0, y1, y0
	}
	// Keep long stretches outside dst (which may be a strip anywhere in
	// the image) out of the loop.
	lo, hi := float64(dst.Rect.Min.X), float64(dst.Rect.Max.X)
	if steep {
		lo, hi = float64(dst.Rect.Min.Y), float64(dst.Rect.Max.Y)
	}
	lo, hi = lo-w-4, hi+w+4
	if x1 < lo || x0 > hi {
		return
	}
	if x0 < lo {
		y0 += (y1 - y0) * (lo - x0) / (x1 - x0)
		x0 = lo
	}
	if x1 > hi {
		y1 -= (y1 - y0) * (x1 - hi) / (x1 - x0)
		x1 = hi
	}
	dx, dy := x1-x0, y1-y0
	grad := 0.0
	if dx > 1e-9 {
		grad = dy / dx
	}
	// The line's extent across a column: its width over the cosine of
	// its slope.
	t := w / 2 * math.Sqrt(1+grad*grad)
	put := func(x, y int, c float64) {
		if steep {
			plot(dst, y, x, n, c*a)
		} else {
			plot(dst, x, y, n, c*a)
		}
	}
	for x := int(math.Floor(x0)); float64(x) < x1; x++ {
		// The part of this column the segment spans along x.
		cx := min(float64(x+1), x1) - max(float64(x), x0)
		if cx <= 0 {
			continue
		}
		y := y0 + grad*(float64(x)+0.5-x0)
		top, bottom := y-t, y+t
		for r := int(math.Floor(top)); float64(r) < bottom; r++ {
			if cov := min(float64(r+1), bottom) - max(float64(r), top); cov > 0 {
				put(x, r, cov*cx)
			}
		}
	}
}
