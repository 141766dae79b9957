package render

import (
	"image"
	"math"
)

// tileGrid is a block of pyramid tiles, row by row from tile (x0, y0).
type tileGrid struct {
	x0, y0, cols int
	tiles        []*image.RGBA
}

// row returns the pixels of world pixel row y from world pixel x0 to x1
// through f, one tile's part at a time.
func (g *tileGrid) row(y, x0, x1 int, f func(x int, pix []uint8)) {
	ty := floorDiv(y, tilePx) - g.y0
	for x := x0; x < x1; {
		tx := floorDiv(x, tilePx)
		t := g.tiles[ty*g.cols+tx-g.x0]
		end := min(x1, (tx+1)*tilePx)
		i := t.PixOffset(x, y)
		f(x, t.Pix[i:i+4*(end-x)])
		x = end
	}
}

// resample draws the grid's tiles, whose pixels are k times smaller than
// dst's, into dst with bilinear filtering: world pixel (x, y) of the tiles
// lands on dst pixel (x/k+ox, y/k+oy). It is separable: each dst row
// blends two tile rows into one, then pairs of its pixels. The rows are
// split in bands over the workers.
func resample(dst *image.RGBA, g *tileGrid, k, ox, oy float64, workers int) {
	b := dst.Rect
	// Each dst column reads tile columns xs[i] and xs[i]+1 (relative to
	// sx0), the second with weight wx[i] of 256.
	xs, wx := make([]int32, b.Dx()), make([]uint32, b.Dx())
	sx0, sx1 := math.MaxInt, math.MinInt
	for i := range xs {
		s := (float64(b.Min.X+i)+0.5-ox)*k - 0.5
		fl := math.Floor(s)
		sx0, sx1 = min(sx0, int(fl)), max(sx1, int(fl)+2)
		xs[i], wx[i] = int32(fl), uint32((s-fl)*256+0.5)
	}
	for i := range xs {
		xs[i] -= int32(sx0)
	}
	n := max(1, min(workers, b.Dy()/32))
	h := (b.Dy() + n - 1) / n
	spread(n, n, func(_, j int) {
		tmp := make([]uint32, 4*(sx1-sx0))
		for y := b.Min.Y + j*h; y < min(b.Max.Y, b.Min.Y+(j+1)*h); y++ {
			s := (float64(y)+0.5-oy)*k - 0.5
			fl := math.Floor(s)
			wy := uint32((s-fl)*256 + 0.5)
			y0 := int(fl)
			g.row(y0, sx0, sx1, func(x int, pix []uint8) {
				t := tmp[4*(x-sx0):][:len(pix)]
				for i, v := range pix {
					t[i] = uint32(v) * (256 - wy)
				}
			})
			g.row(y0+1, sx0, sx1, func(x int, pix []uint8) {
				t := tmp[4*(x-sx0):][:len(pix)]
				for i, v := range pix {
					t[i] += uint32(v) * wy
				}
			})
			d := dst.Pix[dst.PixOffset(b.Min.X, y):][:4*b.Dx()]
			for i, x := range xs {
				w := wx[i]
				a := tmp[4*x:][:8]
				o := d[4*i:][:4]
				o[0] = uint8((a[0]*(256-w) + a[4]*w + 1<<15) >> 16)
				o[1] = uint8((a[1]*(256-w) + a[5]*w + 1<<15) >> 16)
				o[2] = uint8((a[2]*(256-w) + a[6]*w + 1<<15) >> 16)
				o[3] = uint8((a[3]*(256-w) + a[7]*w + 1<<15) >> 16)
			}
		}
	})
}
