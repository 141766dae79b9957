package render

import (
	"image"
	"math"

	"github.com/paulmach/orb"
)

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

// place places the stamp of a dot centred on pixel point p, rounded to a
// quarter pixel, and clips it to r; its box is empty when they do not
// meet.
func (d *dotStamp) place(p orb.Point, r image.Rectangle) stamped {
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
