package render

import (
	"image"
	"image/color"

	"github.com/paulmach/orb"

	"newsatlas/layer"
)

// outline strokes one feature's outline on top of everything.
func (f *frame) outline(ref layer.Ref, c color.NRGBA, w float64) {
	if !ref.Valid() {
		return
	}
	g := ref.Layer.Features[ref.Feature].Proj
	for _, k := range f.offsets() {
		f.buf = f.buf[:0]
		f.outlineGeometry(g, c, w*f.v.PixelScale(), k)
	}
}

func (f *frame) outlineGeometry(g orb.Geometry, c color.NRGBA, w float64, k float64) {
	switch g := g.(type) {
	case orb.Polygon:
		var rings path
		for _, r := range g {
			rings = append(rings, f.appendPx(r, k))
		}
		f.pt.fill(rings, image.NewUniform(color.NRGBA{c.R, c.G, c.B, 0x30}))
		f.pt.stroke(rings, w, c)
	case orb.MultiPolygon:
		for _, p := range g {
			f.outlineGeometry(p, c, w, k)
		}
	case orb.LineString:
		f.pt.stroke([][]orb.Point{f.appendPx(g, k)}, w+2, c)
	case orb.MultiLineString:
		for _, ls := range g {
			f.pt.stroke([][]orb.Point{f.appendPx(ls, k)}, w+2, c)
		}
	case orb.Point:
		p := f.px(g, k)
		f.pt.fill(path{circle(p, 4*f.v.PixelScale(), 16)}, image.NewUniform(c))
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
