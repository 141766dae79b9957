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
// not at all, comes out exactly as it would have. Coverage is read eight
// pixels at a time: runs outside the shape are passed over, and runs
// inside it painted from a table of what the colour makes of each level
// of each channel.
func overMask(dst *image.RGBA, r image.Rectangle, m *image.Alpha, sr, sg, sb, sa uint32) {
	w := r.Dx()
	var over overFull
	over.src = [4]uint32{sr, sg, sb, sa}
	for y := range r.Dy() {
		cov := m.Pix[y*m.Stride : y*m.Stride+w : y*m.Stride+w]
		i := dst.PixOffset(r.Min.X, r.Min.Y+y)
		pix := dst.Pix[i : i+4*w : i+4*w]
		x := 0
		for ; x+8 <= w; x += 8 {
			switch binary.LittleEndian.Uint64(cov[x:]) {
			case 0:
			case ^uint64(0):
				over.run(pix[4*x : 4*x+32 : 4*x+32])
			default:
				overPixels(pix[4*x:4*x+32:4*x+32], cov[x:x+8:x+8], &over)
			}
		}
		overPixels(pix[4*x:], cov[x:], &over)
	}
}

// overPixels composites over.src over the pixels pix at the coverages
// cov, one pixel to a byte.
func overPixels(pix []uint8, cov []uint8, over *overFull) {
	sr, sg, sb, sa := over.src[0], over.src[1], over.src[2], over.src[3]
	for x, c := range cov {
		switch c {
		case 0:
			continue
		case 0xff:
			over.run(pix[4*x : 4*x+4 : 4*x+4])
			continue
		}
		p := pix[4*x : 4*x+4 : 4*x+4]
		ma := uint32(c) * 0x101
		a := 0xffff - sa*ma/0xffff
		p[0] = uint8(((uint32(p[0])*0x101*a + sr*ma) / 0xffff) >> 8)
		p[1] = uint8(((uint32(p[1])*0x101*a + sg*ma) / 0xffff) >> 8)
		p[2] = uint8(((uint32(p[2])*0x101*a + sb*ma) / 0xffff) >> 8)
		p[3] = uint8(((uint32(p[3])*0x101*a + sa*ma) / 0xffff) >> 8)
	}
}

// overFull paints a colour over pixels it covers whole: an opaque colour
// is written as it is, a translucent one looked up, channel by channel,
// in a table made when first needed.
type overFull struct {
	src   [4]uint32 // premultiplied, 16 bits
	ready bool
	word  uint32        // the opaque colour's pixel
	table [4][256]uint8 // a translucent colour over each level
}

// run paints the colour over the whole pixels p (four bytes each).
func (o *overFull) run(p []uint8) {
	if !o.ready {
		o.prepare()
	}
	if o.src[3] == 0xffff {
		for i := 0; i+4 <= len(p); i += 4 {
			binary.LittleEndian.PutUint32(p[i:], o.word)
		}
		return
	}
	for i := 0; i+4 <= len(p); i += 4 {
		q := p[i : i+4 : i+4]
		q[0], q[1], q[2], q[3] = o.table[0][q[0]], o.table[1][q[1]], o.table[2][q[2]], o.table[3][q[3]]
	}
}

// prepare makes the opaque colour's pixel or the translucent one's tables.
func (o *overFull) prepare() {
	o.ready = true
	if o.src[3] == 0xffff {
		o.word = o.src[0]>>8 | o.src[1]>>8<<8 | o.src[2]>>8<<16 | o.src[3]>>8<<24
		return
	}
	a := 0xffff - o.src[3]
	for c := range o.table {
		for d := range 256 {
			o.table[c][d] = uint8(((uint32(d)*0x101*a + o.src[c]*0xffff) / 0xffff) >> 8)
		}
	}
}
