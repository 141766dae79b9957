package render

import (
	"cmp"
	"context"
	"image"
	"math"
	"sync"

	"github.com/paulmach/orb"

	"newsatlas/webmerc"
)

// tilePx is the width and height of a pyramid tile in device pixels.
const tilePx = 256

// pyramid keeps the base of frames (background and layer shapes, no pins,
// labels or overlays) as tiles at every half zoom level a moving view has
// passed through, as a web map keeps its tiles. A frame drawn while the
// view zooms is put together from the tiles of the next finer half level,
// scaled down by a factor between 1 and √2, and draws only the tiles it
// has not seen: zooming in and out over a view of 200,000 shapes redraws
// none of them.
type pyramid struct {
	mu    sync.Mutex
	key   baseKey // the scene the tiles show (zoom and size zeroed)
	tiles map[tileID]*tile
	tick  uint64
	drawn int // tiles drawn since the pyramid was made, for tests
	most  int // the most tiles a frame has used
}

// tileID places a tile: level is twice the zoom, x and y count tiles from
// the world's top left corner at that zoom.
type tileID struct{ level, x, y int }

type tile struct {
	img  *image.RGBA // Rect is the tile's place in world pixels
	used uint64      // the tick of the frame that last used it
}

// levelOf is the half level whose tiles a frame at zoom z is made from:
// the nearest at or above z, so tiles are only ever scaled down.
func levelOf(z float64) int { return int(math.Ceil(2*z - 1e-9)) }

// sceneKey is k without what the pyramid's tiles do not depend on.
func sceneKey(k baseKey) baseKey {
	k.zoom, k.width, k.height = 0, 0, 0
	return k
}

// compose draws f's base from the pyramid's tiles, drawing those it lacks.
func (r *Renderer) compose(f *frame, key baseKey) {
	level := levelOf(f.v.Zoom)
	k := TileSize * math.Exp2(float64(level)/2) / f.scale // tile pixels to a frame pixel, in [1, √2)
	b := f.dst.Rect
	// Frame pixel x covers world pixels (x-ox)·k to (x+1-ox)·k at the
	// level.
	px := image.Rect(
		int(math.Floor((float64(b.Min.X)-f.ox)*k)), int(math.Floor((float64(b.Min.Y)-f.oy)*k)),
		int(math.Ceil((float64(b.Max.X)-f.ox)*k)), int(math.Ceil((float64(b.Max.Y)-f.oy)*k)))
	g, _ := r.fill(f.s, f.v, f.denseOf, key, level, px, f.workers, nil)
	resample(f.dst, g, k, f.ox, f.oy, f.workers)
}

// Prefetch draws the pyramid tiles that moving frames of view v zoomed by
// each of dzs will be made from, on one goroutine, stopping when ctx is
// done: the window calls it when the view comes to rest, so that the next
// wheel notch, in or out, draws nothing but the frame. A zoom in may be
// about any point in view, a zoom out is taken about the centre. For a
// scene quick to draw (see PyramidAfter) it does nothing.
func (r *Renderer) Prefetch(ctx context.Context, s *Scene, v Viewport, dzs ...float64) {
	dense := denseLayers(s, v)
	key := baseKeyOf(s, v, dense)
	if !r.base.slow(key, cmp.Or(r.PyramidAfter, DefaultPyramidAfter)) {
		return
	}
	for _, dz := range dzs {
		b := v.World()
		if dz < 0 {
			b = v.ZoomAt(float64(v.Width)/2, float64(v.Height)/2, dz).World()
		}
		level := levelOf(v.Zoom + dz)
		w := TileSize * math.Exp2(float64(level)/2)
		px := image.Rect(int(math.Floor(b.Min[0]*w)), int(math.Floor(b.Min[1]*w)), int(math.Ceil(b.Max[0]*w)), int(math.Ceil(b.Max[1]*w)))
		if _, done := r.fill(s, v, dense, key, level, px, 1, func() bool { return ctx.Err() != nil }); !done {
			return
		}
	}
}

// fill returns the grid of the pyramid's tiles at level covering the
// world pixels px (at that level) and one more on every side, for
// bilinear sampling, drawing those it lacks on the given goroutines.
// When stop, if not nil, says so between tiles, it gives up and says it
// did not finish.
func (r *Renderer) fill(s *Scene, v Viewport, dense []bool, key baseKey, level int, px image.Rectangle, workers int, stop func() bool) (*tileGrid, bool) {
	px = px.Inset(-1)
	t0 := image.Pt(floorDiv(px.Min.X, tilePx), floorDiv(px.Min.Y, tilePx))
	t1 := image.Pt(floorDiv(px.Max.X-1, tilePx), floorDiv(px.Max.Y-1, tilePx))
	ids := make([]tileID, 0, (t1.X-t0.X+1)*(t1.Y-t0.Y+1))
	for ty := t0.Y; ty <= t1.Y; ty++ {
		for tx := t0.X; tx <= t1.X; tx++ {
			ids = append(ids, tileID{level, tx, ty})
		}
	}
	p := &r.tiles
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
		img := r.drawBlock(s, v, dense, level, px, workers)
		for _, i := range blk {
			// A copy: a tile kept must not keep its whole block.
			t := image.NewRGBA(ids[i].rect())
			copyTile(t, img)
			imgs[i] = t
		}
	}
	p.put(sk, ids, imgs, missing)
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

// take returns the tiles for ids that the pyramid holds for the scene key,
// nil for the rest, and marks them used.
func (p *pyramid) take(key baseKey, ids []tileID) []*image.RGBA {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.tiles == nil || !p.key.equal(key) {
		p.tiles, p.key = map[tileID]*tile{}, key
	}
	p.tick++
	out := make([]*image.RGBA, len(ids))
	for i, id := range ids {
		if t := p.tiles[id]; t != nil {
			t.used = p.tick
			out[i] = t.img
		}
	}
	return out
}

// put stores the newly drawn tiles imgs[missing] and, past the pyramid's
// size, forgets those least recently used.
func (p *pyramid) put(key baseKey, ids []tileID, imgs []*image.RGBA, missing []int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if !p.key.equal(key) {
		return // the scene changed while they were drawn
	}
	for _, i := range missing {
		if imgs[i] != nil {
			p.tiles[ids[i]] = &tile{img: imgs[i], used: p.tick}
			p.drawn++
		}
	}
	// Room for the tiles of four views of the largest frame yet (one
	// of 1280x800 uses 30 to 63 tiles, 8 to 16 MB): a zoom in and back
	// out again passes through each half level twice.
	p.most = max(p.most, len(ids))
	limit := max(192, 4*p.most)
	for len(p.tiles) > limit {
		var old tileID
		oldest := uint64(math.MaxUint64)
		for id, t := range p.tiles {
			if t.used < oldest {
				old, oldest = id, t.used
			}
		}
		delete(p.tiles, old)
	}
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

// rect is the tile's world pixels at its level.
func (id tileID) rect() image.Rectangle {
	return image.Rect(id.x*tilePx, id.y*tilePx, (id.x+1)*tilePx, (id.y+1)*tilePx)
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
