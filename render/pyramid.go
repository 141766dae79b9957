package render

import (
	"image"
	"math"
	"sync"
)

// tilePx is the width and height of a pyramid tile in device pixels.
const tilePx = 256

// tileBytes is the size of a tile's pixels.
const tileBytes = tilePx * tilePx * 4

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

// put stores the newly drawn tiles imgs[missing] and, past limit tiles
// or the tiles of the two largest frames yet if that is more, forgets
// those least recently used.
func (p *pyramid) put(key baseKey, ids []tileID, imgs []*image.RGBA, missing []int, limit int) {
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
	// A frame of 1280x800 uses 30 to 63 tiles (8 to 16 MB), one of
	// 2560x1600 four times as many: the limit holds several of the
	// first, and two frames of any size are kept, for a notch in and
	// back out again.
	p.most = max(p.most, len(ids))
	limit = max(limit, 2*p.most)
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

// rect is the tile's world pixels at its level.
func (id tileID) rect() image.Rectangle {
	return image.Rect(id.x*tilePx, id.y*tilePx, (id.x+1)*tilePx, (id.y+1)*tilePx)
}
