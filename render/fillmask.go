package render

import (
	"encoding/binary"
	"image"
	"image/draw"

	"github.com/paulmach/orb"
	"golang.org/x/image/vector"
)

// rasterizer is a worker's polygon rasteriser and the coverage mask it
// fills. A colour is composited from the mask by overMask, which passes
// over the pixels a shape does not cover and writes those it covers whole
// in an opaque colour: the rasteriser's own compositing blends every pixel
// of the shape's bounding box, which in a view of many shapes is most of
// the work of a frame.
type rasterizer struct {
	z    vector.Rasterizer
	mask []uint8
}

// raster draws rings (closed, non-zero rule) with src over dst within r.
func raster(z *rasterizer, dst *image.RGBA, r image.Rectangle, rings [][]orb.Point, src image.Image) {
	addRings(&z.z, r, rings)
	u, ok := src.(*image.Uniform)
	if !ok {
		z.z.DrawOp = draw.Over
		z.z.Draw(dst, r, src, r.Min)
		return
	}
	w, h := r.Dx(), r.Dy()
	if cap(z.mask) < w*h {
		z.mask = make([]uint8, w*h)
	}
	m := &image.Alpha{Pix: z.mask[:w*h], Stride: w, Rect: image.Rect(0, 0, w, h)}
	z.z.DrawOp = draw.Src
	z.z.Draw(m, m.Rect, image.Opaque, image.Point{})
	sr, sg, sb, sa := u.RGBA()
	overMask(dst, r, m, sr, sg, sb, sa)
}

// overMask composites the premultiplied 16-bit colour (sr, sg, sb, sa)
// over dst within r, each pixel in proportion to its coverage in m (of
// r's size, from the origin). It blends as the rasteriser's own Over
// does, with the coverage taken to 16 bits, so a pixel covered whole, or
// not at all, comes out exactly as it would have.
func overMask(dst *image.RGBA, r image.Rectangle, m *image.Alpha, sr, sg, sb, sa uint32) {
	w := r.Dx()
	opaque := sa == 0xffff
	full := [4]uint8{uint8(sr >> 8), uint8(sg >> 8), uint8(sb >> 8), uint8(sa >> 8)}
	for y := range r.Dy() {
		cov := m.Pix[y*m.Stride : y*m.Stride+w : y*m.Stride+w]
		i := dst.PixOffset(r.Min.X, r.Min.Y+y)
		pix := dst.Pix[i : i+4*w : i+4*w]
		for x := 0; x < w; x++ {
			// Pass over eight uncovered pixels at once.
			if x+8 <= w && binary.LittleEndian.Uint64(cov[x:]) == 0 {
				x += 7
				continue
			}
			c := cov[x]
			if c == 0 {
				continue
			}
			p := pix[4*x : 4*x+4 : 4*x+4]
			if c == 0xff && opaque {
				copy(p, full[:])
				continue
			}
			ma := uint32(c) * 0x101
			a := 0xffff - sa*ma/0xffff
			p[0] = uint8(((uint32(p[0])*0x101*a + sr*ma) / 0xffff) >> 8)
			p[1] = uint8(((uint32(p[1])*0x101*a + sg*ma) / 0xffff) >> 8)
			p[2] = uint8(((uint32(p[2])*0x101*a + sb*ma) / 0xffff) >> 8)
			p[3] = uint8(((uint32(p[3])*0x101*a + sa*ma) / 0xffff) >> 8)
		}
	}
}
