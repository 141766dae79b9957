package render

import (
	"image"
	"image/color"
)

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
	blend(p, uint32(n.R), uint32(n.G), uint32(n.B), k)
}

// blend mixes the opaque colour (r, g, b) into the RGBA pixel p by k/256
// (k at most 256).
func blend(p []uint8, r, g, b, k uint32) {
	p[0] = uint8((r*k + uint32(p[0])*(256-k)) >> 8)
	p[1] = uint8((g*k + uint32(p[1])*(256-k)) >> 8)
	p[2] = uint8((b*k + uint32(p[2])*(256-k)) >> 8)
	p[3] = uint8((255*k + uint32(p[3])*(256-k)) >> 8)
}

// overPixel composites c over the opaque pixel d.
func overPixel(d color.RGBA, c color.NRGBA) color.RGBA {
	a := uint32(c.A)
	mix := func(dc, sc uint8) uint8 { return uint8((uint32(sc)*a + uint32(dc)*(255-a)) / 255) }
	return color.RGBA{mix(d.R, c.R), mix(d.G, c.G), mix(d.B, c.B), 255}
}
