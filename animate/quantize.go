package animate

import (
	"image"
	"image/color"
	"slices"
)

// cellBits is how many bits of each channel a colour cell keeps: colours
// are counted, and matched to the palette, in cells of 4x4x4 levels.
const cellBits = 6

const cells = 1 << (3 * cellBits)

// cellOf is the cell of an opaque colour.
func cellOf(r, g, b uint8) uint32 {
	const s = 8 - cellBits
	return uint32(r>>s)<<(2*cellBits) | uint32(g>>s)<<cellBits | uint32(b>>s)
}

// quantizer counts a frame's colours and maps them to a palette. It keeps
// its tables from frame to frame and clears only the cells it used.
type quantizer struct {
	count   []uint32
	sum     [][3]uint64
	index   []int16 // cell -> palette index, -1 when not worked out
	touched []uint32
}

func newQuantizer() *quantizer {
	q := &quantizer{count: make([]uint32, cells), sum: make([][3]uint64, cells), index: make([]int16, cells)}
	for i := range q.index {
		q.index[i] = -1
	}
	return q
}

// add counts one pixel.
func (q *quantizer) add(r, g, b uint8) {
	c := cellOf(r, g, b)
	if q.count[c] == 0 {
		q.touched = append(q.touched, c)
	}
	q.count[c]++
	s := &q.sum[c]
	s[0] += uint64(r)
	s[1] += uint64(g)
	s[2] += uint64(b)
}

// reset forgets the colours counted and the palette matched.
func (q *quantizer) reset() {
	for _, c := range q.touched {
		q.count[c], q.sum[c], q.index[c] = 0, [3]uint64{}, -1
	}
	q.touched = q.touched[:0]
}

// box is a set of cells of the median cut.
type box struct {
	cells []uint32
	n     uint64 // pixels
	lo    [3]uint8
	hi    [3]uint8
}

// mean is the cell's mean colour.
func (q *quantizer) mean(c uint32) [3]uint8 {
	n, s := uint64(q.count[c]), q.sum[c]
	return [3]uint8{uint8(s[0] / n), uint8(s[1] / n), uint8(s[2] / n)}
}

func (q *quantizer) newBox(cs []uint32) box {
	b := box{cells: cs, lo: [3]uint8{255, 255, 255}}
	for _, c := range cs {
		b.n += uint64(q.count[c])
		m := q.mean(c)
		for k := range 3 {
			b.lo[k], b.hi[k] = min(b.lo[k], m[k]), max(b.hi[k], m[k])
		}
	}
	return b
}

// widest is the box's longest side: its channel and length.
func (b box) widest() (int, int) {
	k, w := 0, -1
	for i := range 3 {
		if d := int(b.hi[i]) - int(b.lo[i]); d > w {
			k, w = i, d
		}
	}
	return k, w
}

// palette cuts the colours counted into at most n by median cut: the box
// with the most pixels times length is halved at its median pixel along
// its longest side, until there are n boxes or none can be cut. Each
// colour is the mean of its box's pixels.
func (q *quantizer) palette(n int) color.Palette {
	if len(q.touched) == 0 {
		return color.Palette{color.NRGBA{0, 0, 0, 0xff}}
	}
	boxes := []box{q.newBox(slices.Clone(q.touched))}
	for len(boxes) < n {
		best, score := -1, uint64(0)
		for i, b := range boxes {
			if _, w := b.widest(); w > 0 && len(b.cells) > 1 {
				if s := b.n * uint64(w); s > score {
					best, score = i, s
				}
			}
		}
		if best < 0 {
			break
		}
		b := boxes[best]
		k, _ := b.widest()
		slices.SortFunc(b.cells, func(x, y uint32) int { return int(q.mean(x)[k]) - int(q.mean(y)[k]) })
		half, cut := b.n/2, 1
		var acc uint64
		for i, c := range b.cells {
			acc += uint64(q.count[c])
			if acc >= half {
				cut = min(max(i+1, 1), len(b.cells)-1)
				break
			}
		}
		boxes[best] = q.newBox(b.cells[:cut])
		boxes = append(boxes, q.newBox(b.cells[cut:]))
	}
	p := make(color.Palette, len(boxes))
	for i, b := range boxes {
		var s [3]uint64
		for _, c := range b.cells {
			for k := range 3 {
				s[k] += q.sum[c][k]
			}
		}
		p[i] = color.NRGBA{uint8((s[0] + b.n/2) / b.n), uint8((s[1] + b.n/2) / b.n), uint8((s[2] + b.n/2) / b.n), 0xff}
	}
	return p
}

// nearest is the palette index of the colour nearest pixel colour
// (r, g, b), worked out once per cell from the cell's mean.
func (q *quantizer) nearest(p color.Palette, r, g, b uint8) uint8 {
	c := cellOf(r, g, b)
	if i := q.index[c]; i >= 0 {
		return uint8(i)
	}
	var m [3]uint8
	if q.count[c] > 0 {
		m = q.mean(c)
	} else {
		m = [3]uint8{r, g, b}
	}
	best, dist := 0, 1<<30
	for i, pc := range p {
		n := pc.(color.NRGBA)
		if n.A == 0 {
			continue
		}
		dr, dg, db := int(n.R)-int(m[0]), int(n.G)-int(m[1]), int(n.B)-int(m[2])
		// Weighted as the eye weighs the channels (roughly 3:4:2).
		if d := 3*dr*dr + 4*dg*dg + 2*db*db; d < dist {
			best, dist = i, d
		}
	}
	if q.count[c] == 0 {
		q.touched = append(q.touched, c)
	}
	q.index[c] = int16(best)
	return uint8(best)
}

// rgb reads an RGBA image's pixel at offset i as opaque colour: a map's
// frame is opaque.
func rgb(img *image.RGBA, i int) (uint8, uint8, uint8) {
	return img.Pix[i], img.Pix[i+1], img.Pix[i+2]
}
