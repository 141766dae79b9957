package render

import (
	"image"
	"image/color"
	"math"

	"github.com/paulmach/orb"
)

// hairlines draws lines at most about a pixel and a half wide with Xiaolin
// Wu's anti-aliased line algorithm: work in proportion to their length,
// where a polygon rasteriser would sweep their whole bounding box. The
// colour's alpha is scaled by the width.
func hairlines(dst *image.RGBA, lines [][]orb.Point, w float64, c color.Color) {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	a := float64(n.A) / 255 * math.Min(1, w)
	b := dst.Bounds()
	fb := orb.Bound{Min: orb.Point{float64(b.Min.X) - 2, float64(b.Min.Y) - 2}, Max: orb.Point{float64(b.Max.X) + 2, float64(b.Max.Y) + 2}}
	for _, l := range lines {
		for i := 1; i < len(l); i++ {
			p, q := l[i-1], l[i]
			if (p[0] < fb.Min[0] && q[0] < fb.Min[0]) || (p[0] > fb.Max[0] && q[0] > fb.Max[0]) ||
				(p[1] < fb.Min[1] && q[1] < fb.Min[1]) || (p[1] > fb.Max[1] && q[1] > fb.Max[1]) {
				continue
			}
			wu(dst, p[0], p[1], q[0], q[1], n, a)
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

// wu draws one anti-aliased segment, pixel centres at half-integers.
func wu(dst *image.RGBA, x0, y0, x1, y1 float64, n color.NRGBA, a float64) {
	x0, y0, x1, y1 = x0-0.5, y0-0.5, x1-0.5, y1-0.5
	steep := math.Abs(y1-y0) > math.Abs(x1-x0)
	if steep {
		x0, y0, x1, y1 = y0, x0, y1, x1
	}
	if x0 > x1 {
		x0, x1, y0, y1 = x1, x0, y1, y0
	}
	// Keep long off-screen stretches out of the loop.
	lim := float64(max(dst.Rect.Dx(), dst.Rect.Dy()) + 4)
	if x0 < -4 {
		y0 += (y1 - y0) * (-4 - x0) / (x1 - x0)
		x0 = -4
	}
	if x1 > lim {
		y1 -= (y1 - y0) * (x1 - lim) / (x1 - x0)
		x1 = lim
	}
	dx, dy := x1-x0, y1-y0
	grad := 1.0
	if dx > 1e-9 {
		grad = dy / dx
	}
	put := func(x, y int, c float64) {
		if steep {
			plot(dst, y, x, n, c*a)
		} else {
			plot(dst, x, y, n, c*a)
		}
	}
	xs, xe := int(math.Round(x0)), int(math.Round(x1))
	for x := xs; x <= xe; x++ {
		// Coverage along x: partial at the ends.
		cx := 1.0
		if x == xs {
			cx = 1 - (x0 + 0.5 - float64(xs))
		}
		if x == xe {
			cx = x1 + 0.5 - float64(xe)
			if xs == xe {
				cx = x1 - x0
			}
		}
		y := y0 + grad*(float64(x)-x0)
		fy := math.Floor(y)
		f := y - fy
		put(x, int(fy), (1-f)*cx)
		put(x, int(fy)+1, f*cx)
	}
}
