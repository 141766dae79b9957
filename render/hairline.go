package render

import (
	"image"
	"image/color"
	"math"

	"github.com/paulmach/orb"
)

// thinLine is the widest stroke drawn by hairlines with no joins; up to
// wideLine, strokes are drawn by hairlines with round joins, wider ones as
// quads.
const (
	thinLine = 3
	wideLine = 8
)

// coverTile is the side of the square tiles a coverage buffer tracks, so
// that only the parts a run of hairlines touched are composited.
const coverTile = 32

// coverage sums, per pixel of a rectangle, the coverage of a run of
// hairlines, so the run is composited once: the segments that meet at a
// vertex, or the outlines of neighbouring shapes of one style, add up to
// at most full coverage instead of darkening where they overlap, as the
// non-zero fill of a path would have them.
type coverage struct {
	r       image.Rectangle
	acc     []float32
	cols    int
	touched []bool // per tile: some pixel of it is not zero
}

// reset makes c a zero coverage of r, keeping its buffers.
func (c *coverage) reset(r image.Rectangle) {
	n := r.Dx() * r.Dy()
	if cap(c.acc) < n {
		c.acc = make([]float32, n)
	}
	c.acc = c.acc[:n] // zero: composite clears what it reads
	c.r = r
	c.cols = (r.Dx() + coverTile - 1) / coverTile
	t := c.cols * ((r.Dy() + coverTile - 1) / coverTile)
	if cap(c.touched) < t {
		c.touched = make([]bool, t)
	}
	c.touched = c.touched[:t]
}

// touch marks the tiles the pixel rectangle [x0,x1]x[y0,y1] meets.
func (c *coverage) touch(x0, y0, x1, y1 float64) {
	px := image.Rect(int(math.Floor(x0)), int(math.Floor(y0)), int(math.Ceil(x1))+1, int(math.Ceil(y1))+1)
	tx0, ty0, tx1, ty1, ok := tilesOf(c.r, px, coverTile)
	if !ok {
		return
	}
	for ty := ty0; ty <= ty1; ty++ {
		for tx := tx0; tx <= tx1; tx++ {
			c.touched[ty*c.cols+tx] = true
		}
	}
}

// composite blends colour n over dst at each touched pixel, in proportion
// to its coverage (at most 1), and leaves the coverage zero.
func (c *coverage) composite(dst *image.RGBA, n color.NRGBA) {
	a := float32(n.A) / 255 * 256
	cr, cg, cb := uint32(n.R), uint32(n.G), uint32(n.B)
	w := c.r.Dx()
	for t, hit := range c.touched {
		if !hit {
			continue
		}
		c.touched[t] = false
		x0 := c.r.Min.X + t%c.cols*coverTile
		y0 := c.r.Min.Y + t/c.cols*coverTile
		x1, y1 := min(x0+coverTile, c.r.Max.X), min(y0+coverTile, c.r.Max.Y)
		for y := y0; y < y1; y++ {
			row := c.acc[(y-c.r.Min.Y)*w+(x0-c.r.Min.X) : (y-c.r.Min.Y)*w+(x1-c.r.Min.X)]
			i := dst.PixOffset(x0, y)
			pix := dst.Pix[i : i+4*len(row) : i+4*len(row)]
			for x, v := range row {
				if v <= 0 {
					continue
				}
				row[x] = 0
				k := uint32(min(v, 1)*a + 0.5)
				p := pix[4*x : 4*x+4 : 4*x+4]
				blend(p, cr, cg, cb, k)
			}
		}
	}
}

// hairlines draws lines of width w, up to wideLine pixels, in the manner
// of Xiaolin Wu's anti-aliased lines widened to w, with round joins and
// caps past thinLine: each column (or row, for
// steep segments) of a segment covers the span of the line there, the
// pixels at its ends in part. The work is in proportion to the lines'
// length, where a polygon rasteriser would sweep their bounding box. The
// lines' coverage is summed in the painter's buffer and composited once.
func (pt *painter) hairlines(lines [][]orb.Point, w float64, c color.Color) {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	b := pt.dst.Bounds()
	if b.Empty() {
		return
	}
	cv := &pt.cover
	cv.reset(b)
	wide := w > thinLine
	if wide && (pt.join == nil || pt.join.r != w/2) {
		pt.join = newDotStamp(w / 2)
	}
	m := w + 2
	fb := orb.Bound{Min: orb.Point{float64(b.Min.X) - m, float64(b.Min.Y) - m}, Max: orb.Point{float64(b.Max.X) + m, float64(b.Max.Y) + m}}
	for _, l := range lines {
		for i := 1; i < len(l); i++ {
			p, q := l[i-1], l[i]
			if (p[0] < fb.Min[0] && q[0] < fb.Min[0]) || (p[0] > fb.Max[0] && q[0] > fb.Max[0]) ||
				(p[1] < fb.Min[1] && q[1] < fb.Min[1]) || (p[1] > fb.Max[1] && q[1] > fb.Max[1]) {
				continue
			}
			cv.touch(min(p[0], q[0])-m, min(p[1], q[1])-m, max(p[0], q[0])+m, max(p[1], q[1])+m)
			cv.wu(p[0], p[1], q[0], q[1], w, wide)
		}
		if wide {
			cv.joins(l, pt.join, fb)
		}
	}
	cv.composite(pt.dst, n)
}

// wu adds the coverage of one anti-aliased segment of width w, pixel
// centres at half-integers: its ends cut along the major axis, or, when
// caps is set, square across the segment, as a wide stroke's are where
// round joins (see joins) finish them.
func (c *coverage) wu(x0, y0, x1, y1, w float64, caps bool) {
	steep := math.Abs(y1-y0) > math.Abs(x1-x0)
	if steep {
		x0, y0, x1, y1 = y0, x0, y1, x1
	}
	if x0 > x1 {
		x0, x1, y0, y1 = x1, x0, y1, y0
	}
	// Along the major axis a step of one moves one pixel (stepMajor in
	// acc), across it stepMinor.
	r := c.r
	width := r.Dx()
	lo, hi := r.Min.X, r.Max.X // the major axis's range
	mlo, mhi := r.Min.Y, r.Max.Y
	stepMajor, stepMinor := 1, width
	if steep {
		lo, hi, mlo, mhi = r.Min.Y, r.Max.Y, r.Min.X, r.Max.X
		stepMajor, stepMinor = width, 1
	}
	// Keep long stretches outside the rectangle out of the loop.
	flo, fhi := float64(lo)-w-4, float64(hi)+w+4
	if x1 < flo || x0 > fhi {
		return
	}
	if x0 < flo {
		y0 += (y1 - y0) * (flo - x0) / (x1 - x0)
		x0 = flo
	}
	if x1 > fhi {
		y1 -= (y1 - y0) * (x1 - fhi) / (x1 - x0)
		x1 = fhi
	}
	dx, dy := x1-x0, y1-y0
	grad := 0.0
	if dx > 1e-9 {
		grad = dy / dx
	}
	// The line's extent across a column: its width over the cosine of
	// its slope.
	t := w / 2 * math.Sqrt(1+grad*grad)
	origin := -r.Min.Y*width - r.Min.X
	span := func(x int, top, bottom, cx float64) {
		// Rows r0 and r1 are covered in part, those between in full.
		r0, r1 := int(math.Floor(top)), int(math.Ceil(bottom))-1
		base := origin + x*stepMajor
		if r0 == r1 {
			if r0 >= mlo && r0 < mhi {
				c.acc[base+r0*stepMinor] += float32((bottom - top) * cx)
			}
			return
		}
		if r0 >= mlo && r0 < mhi {
			c.acc[base+r0*stepMinor] += float32((float64(r0+1) - top) * cx)
		}
		full := float32(cx)
		for row := max(r0+1, mlo); row < min(r1, mhi); row++ {
			c.acc[base+row*stepMinor] += full
		}
		if r1 >= mlo && r1 < mhi {
			c.acc[base+r1*stepMinor] += float32((bottom - float64(r1)) * cx)
		}
	}
	if !caps {
		for x := int(math.Floor(x0)); float64(x) < x1; x++ {
			if x < lo || x >= hi {
				continue
			}
			// The part of this column the segment spans along x.
			cx := min(float64(x+1), x1) - max(float64(x), x0)
			if cx <= 0 {
				continue
			}
			y := y0 + grad*(float64(x)+0.5-x0)
			span(x, y-t, y+t, cx)
		}
		return
	}
	// Cut square across the segment at its ends, each column taken at its
	// centre: the quad the segment's stroke is. The ends reach past x0
	// and x1 by the half width times the sine of the slope.
	l := math.Hypot(dx, dy)
	if l < 1e-9 {
		return
	}
	ux, uy := dx/l, dy/l
	ext := w / 2 * math.Abs(uy)
	for x := int(math.Floor(x0 - ext)); float64(x) < x1+ext; x++ {
		if x < lo || x >= hi {
			continue
		}
		xc := float64(x) + 0.5
		y := y0 + grad*(xc-x0)
		top, bottom := y-t, y+t
		if math.Abs(uy) > 1e-9 {
			// Along the segment, (xc-x0)·ux + (yv-y0)·uy runs from 0 to l.
			ya, yb := y0-(xc-x0)*ux/uy, y0+(l-(xc-x0)*ux)/uy
			top, bottom = max(top, min(ya, yb)), min(bottom, max(ya, yb))
		} else if xc < x0 || xc > x1 {
			continue
		}
		if bottom > top {
			span(x, top, bottom, 1)
		}
	}
}

// joins blends the stamp of a round join over the coverage at each vertex
// of a line, taking the greater of the two: the segments' square-cut ends
// leave a notch outside each turn, which the join fills without doubling
// the coverage at the segments' anti-aliased edges.
func (c *coverage) joins(l []orb.Point, st *dotStamp, fb orb.Bound) {
	w := c.r.Dx()
	for _, p := range l {
		if !fb.Contains(p) {
			continue
		}
		s := st.place(p, c.r)
		b := s.box
		if b.Empty() {
			continue
		}
		c.touch(float64(b.Min.X), float64(b.Min.Y), float64(b.Max.X-1), float64(b.Max.Y-1))
		for y := b.Min.Y; y < b.Max.Y; y++ {
			row := c.acc[(y-c.r.Min.Y)*w+b.Min.X-c.r.Min.X : (y-c.r.Min.Y)*w+b.Max.X-c.r.Min.X]
			for j, k := range s.row(y) {
				row[j] = max(row[j], float32(k))
			}
		}
	}
}
