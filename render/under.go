package render

import (
	"image"
	"slices"
	"sync"
)

// underCache keeps the background and the bottom layers' shapes, up to
// the basemap, of a View's last whole frame, so that a frame of the same
// view that changes only layers above them (a layer shown or hidden, a
// new date, a layer opened) copies them and draws the rest: the basemap
// and the countries under it are most of a frame's shapes.
type underCache struct {
	mu     sync.Mutex
	img    *image.RGBA
	key    baseKey // its layers are the bottom ones kept
	ox, oy float64
	valid  bool
	busy   bool // a frame is rewriting img (see start)
	used   int  // frames drawn over the kept layers, for tests
}

// underLayers is how many of the scene's bottom layers an underCache
// keeps: those up to the top Detail (the basemap), none without one.
func underLayers(s *Scene) int {
	n := 0
	for i := range s.Layers {
		if s.Layers[i].Detail != nil {
			n = i + 1
		}
	}
	return n
}

// fill copies the kept layers into dst when they are the bottom layers of
// the frame of key at origin (ox, oy), and says how many they are (0:
// none, dst untouched).
func (c *underCache) fill(dst *image.RGBA, key baseKey, ox, oy float64) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	n := len(c.key.layers)
	if !c.valid || c.busy || n == 0 || n > len(key.layers) || c.img.Rect != dst.Rect || !plain(dst) || ox != c.ox || oy != c.oy {
		return 0
	}
	k := key
	k.layers = key.layers[:n]
	if !c.key.equal(k) {
		return 0
	}
	copy(dst.Pix, c.img.Pix)
	c.used++
	return n
}

// start makes ready to keep the bottom n layers of the frame of key at
// (ox, oy), and says whether the frame is to keep them: until done, the
// kept image is being rewritten, and a frame drawn meanwhile on another
// goroutine neither reads nor keeps it.
func (c *underCache) start(dst *image.RGBA, key baseKey, n int, ox, oy float64) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.busy {
		return false
	}
	c.busy = true
	if c.img == nil || c.img.Rect != dst.Rect {
		c.img = image.NewRGBA(dst.Rect)
	}
	c.key = key
	c.key.layers = slices.Clone(key.layers[:n])
	c.ox, c.oy, c.valid = ox, oy, false
	return true
}

// keep copies the rows of r from dst, a band's once its bottom layers are
// drawn; bands call it at once, each with rows of its own.
func (c *underCache) keep(dst *image.RGBA, r image.Rectangle) {
	for y := r.Min.Y; y < r.Max.Y; y++ {
		i := dst.PixOffset(r.Min.X, y)
		copy(c.img.Pix[i:i+4*r.Dx()], dst.Pix[i:i+4*r.Dx()])
	}
}

// done says whether the frame that start began drew all its bands, so the
// kept image is whole.
func (c *underCache) done(whole bool) {
	c.mu.Lock()
	c.valid, c.busy = whole, false
	c.mu.Unlock()
}

// bytes is the size of the kept image.
func (c *underCache) bytes() int64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.img == nil {
		return 0
	}
	return int64(len(c.img.Pix))
}
