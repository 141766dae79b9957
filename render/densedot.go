package render

import (
	"image/color"

	"github.com/paulmach/orb"
)

// DensePoints is how many points of one layer may be in view before they
// are drawn as dots instead of pins.
const DensePoints = 2000

// pointDot draws a point of a dense layer: a small anti-aliased disc in
// its marker colour, as a desktop GIS draws a simple marker.
func (f *frame) pointDot(p orb.Point, c color.NRGBA) {
	r := 1.5 * f.v.PixelScale()
	f.oval(orb.Bound{Min: orb.Point{p[0] - r, p[1] - r}, Max: orb.Point{p[0] + r, p[1] + r}}, c, 1)
}
