package render

import (
	"image"
	"math"

	"github.com/paulmach/orb"

	"newsatlas/webmerc"
)

// compose draws f's base from the pyramid's tiles, drawing those it lacks.
func (vw *View) compose(f *frame, key baseKey) {
	level := levelOf(f.v.Zoom)
	k := TileSize * math.Exp2(float64(level)/2) / f.scale // tile pixels to a frame pixel, in [1, √2)
	b := f.dst.Rect
	// Frame pixel x covers world pixels (x-ox)·k to (x+1-ox)·k at the
	// level.
	px := image.Rect(
		int(math.Floor((float64(b.Min.X)-f.ox)*k)), int(math.Floor((float64(b.Min.Y)-f.oy)*k)),
		int(math.Ceil((float64(b.Max.X)-f.ox)*k)), int(math.Ceil((float64(b.Max.Y)-f.oy)*k)))
	g, _ := vw.grid(f.s, f.v, f.denseOf, key, level, px, f.workers, nil)
	resample(f.dst, g, k, f.ox, f.oy, f.workers)
}

// grid returns the grid of the pyramid's tiles at level covering the
// world pixels px (at that level) and one more on every side, for
// bilinear sampling, drawing those it lacks on the given goroutines.
// When stop, if not nil, says so between tiles, it gives up and says it
// did not finish.
func (vw *View) grid(s *Scene, v Viewport, dense []bool, key baseKey, level int, px image.Rectangle, workers int, stop func() bool) (*tileGrid, bool) {
	px = px.Inset(-1)
	t0 := image.Pt(floorDiv(px.Min.X, tilePx), floorDiv(px.Min.Y, tilePx))
	t1 := image.Pt(floorDiv(px.Max.X-1, tilePx), floorDiv(px.Max.Y-1, tilePx))
	ids := make([]tileID, 0, (t1.X-t0.X+1)*(t1.Y-t0.Y+1))
	for ty := t0.Y; ty <= t1.Y; ty++ {
		for tx := t0.X; tx <= t1.X; tx++ {
			ids = append(ids, tileID{level, tx, ty})
		}
	}
	p := &vw.tiles
	sk := sceneKey(key)
	imgs := p.take(sk, ids)
	var missing []int
	for i, img := range imgs {
		if img == nil {
			missing = append(missing, i)
		}
	}
	// The missing tiles are drawn in blocks, each one frame in bands on
	// the workers, and cut into tiles: a shape over many tiles, a country
	// of thousands of vertices say, is then projected and rasterised once
	// per block, not once per tile. A prefetch draws a row of tiles at a
	// time, checking stop between them.
	blocks := blocksOf(ids, missing, stop == nil)
	stopped := false
	for _, blk := range blocks {
		if stopped = stop != nil && stop(); stopped {
			break
		}
		var px image.Rectangle
		for _, i := range blk {
			px = px.Union(ids[i].rect())
		}
		img := vw.r.drawBlock(s, v, dense, level, px, workers)
		for _, i := range blk {
			// A copy: a tile kept must not keep its whole block.
			t := image.NewRGBA(ids[i].rect())
			copyTile(t, img)
			imgs[i] = t
		}
	}
	p.put(sk, ids, imgs, missing, vw.pyramidTiles())
	return &tileGrid{x0: t0.X, y0: t0.Y, cols: t1.X - t0.X + 1, tiles: imgs}, !stopped
}

// blocksOf groups the tiles ids[missing], in row order, into rectangles
// of tiles: runs of neighbours in a row and, when merge is set, runs over
// the same columns in the rows below joined to them. A view at a new half
// level is then one block, a pan's new tiles a strip or two.
func blocksOf(ids []tileID, missing []int, merge bool) [][]int {
	type span struct{ x0, x1 int }
	var blocks [][]int
	above := map[span]int{} // the blocks that end in the row above, by columns
	here := map[span]int{}  // the blocks that end in this row
	row := math.MinInt
	for j := 0; j < len(missing); {
		first := ids[missing[j]]
		k := j + 1 // missing[j:k] is a run of neighbours
		for k < len(missing) && ids[missing[k]].y == first.y && ids[missing[k]].x == ids[missing[k-1]].x+1 {
			k++
		}
		if first.y != row {
			above, here = here, above
			if first.y != row+1 {
				clear(above)
			}
			clear(here)
			row = first.y
		}
		sp := span{first.x, ids[missing[k-1]].x}
		if b, ok := above[sp]; ok && merge {
			blocks[b] = append(blocks[b], missing[j:k]...)
			here[sp] = b
		} else {
			blocks = append(blocks, append([]int(nil), missing[j:k]...))
			here[sp] = len(blocks) - 1
		}
		j = k
	}
	return blocks
}

// drawBlock draws the scene's base over the world pixels px at a half
// level, as Draw draws a frame at that zoom whose pixels are world pixels,
// with the dense layers of the frame it is drawn for.
func (r *Renderer) drawBlock(s *Scene, v Viewport, dense []bool, level int, px image.Rectangle, workers int) *image.RGBA {
	img := image.NewRGBA(px)
	zoom := float64(level) / 2
	world := TileSize * math.Exp2(zoom)
	// The block's viewport serves for its zoom, pixel scale, size and
	// the copies of the world it meets (its longitudes); its pixels are
	// placed by the frame's origin, set below.
	c := orb.Point{float64(px.Min.X+px.Max.X) / 2 / world, math.Max(0, math.Min(1, float64(px.Min.Y+px.Max.Y)/2/world))}
	bv := Viewport{Center: webmerc.Inverse(c), Zoom: zoom, Width: px.Dx(), Height: px.Dy(), Scale: v.Scale}
	f := r.frame(img, s, bv, workers)
	defer r.release(f)
	f.ox, f.oy, f.denseOf = 0, 0, dense
	f.drawBaseBands()
	return img
}

// floorDiv is a/b rounded down (Go's / rounds toward zero).
func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && a < 0 {
		q--
	}
	return q
}

// copyTile copies into t the part of block b it covers.
func copyTile(t, b *image.RGBA) {
	r := t.Rect.Intersect(b.Rect)
	w := 4 * r.Dx()
	for y := r.Min.Y; y < r.Max.Y; y++ {
		copy(t.Pix[t.PixOffset(r.Min.X, y):][:w], b.Pix[b.PixOffset(r.Min.X, y):][:w])
	}
}
