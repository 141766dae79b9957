package render

import (
	"image"
	"image/color"

	"github.com/paulmach/orb"

	"newsatlas/layer"
)

// Highlight colours: a light halo under a coloured stroke reads on a pale
// fill, a dark fill and the sea alike, and neither covers the feature's
// fill, so a highlighted zone keeps its faction's colour.
var (
	haloColor   = color.NRGBA{0xff, 0xff, 0xff, 0xe6}
	hoverColor  = color.NRGBA{0x00, 0x5f, 0xa3, 0xd0}
	selectColor = color.NRGBA{0x00, 0x3d, 0x80, 0xff}
)

// haloPx is how far, in logical pixels, the halo stands out on each side
// of an outline's stroke.
const haloPx = 1.5

// outline strokes one feature's outline on top of everything: a halo,
// then the stroke of colour c and width w over it. The inside is left as
// it is drawn.
func (f *frame) outline(ref layer.Ref, c color.NRGBA, w float64) {
	if !ref.Valid() {
		return
	}
	g := ref.Layer.Features[ref.Feature].Proj
	s := f.v.PixelScale()
	for _, k := range f.offsets() {
		f.buf = f.buf[:0]
		f.outlineGeometry(g, haloColor, (w+2*haloPx)*s, k)
		f.buf = f.buf[:0]
		f.outlineGeometry(g, c, w*s, k)
	}
}

// outlineGeometry strokes g's rings and lines w device pixels wide in c;
// a point gets a dot of radius w.
func (f *frame) outlineGeometry(g orb.Geometry, c color.NRGBA, w float64, k float64) {
	switch g := g.(type) {
	case orb.Polygon:
		var rings path
		for _, r := range g {
			rings = append(rings, f.appendPx(r, k))
		}
		f.pt.stroke(rings, w, c)
	case orb.MultiPolygon:
		for _, p := range g {
			f.outlineGeometry(p, c, w, k)
		}
	case orb.LineString:
		f.pt.stroke([][]orb.Point{f.appendPx(g, k)}, w+2*f.v.PixelScale(), c)
	case orb.MultiLineString:
		for _, ls := range g {
			f.pt.stroke([][]orb.Point{f.appendPx(ls, k)}, w+2*f.v.PixelScale(), c)
		}
	case orb.Point:
		p := f.px(g, k)
		f.pt.fill(path{circle(p, w+1.5*f.v.PixelScale(), 16)}, image.NewUniform(c))
	case orb.MultiPoint:
		for _, q := range g {
			f.outlineGeometry(q, c, w, k)
		}
	case orb.Collection:
		for _, x := range g {
			f.outlineGeometry(x, c, w, k)
		}
	}
}
