package render

import (
	"image"
	"image/color"
	"math"
	"slices"
	"sync"
	"time"

	"newsatlas/layer"
	"newsatlas/style"
)

// reach is how far, in pixels, the shapes of a layer with the given
// styles may paint outside their bounds: half the widest stroke (whose
// joins are round) or a dot's radius, and the pixel anti-aliasing
// smears. A strip or tile draws the shapes whose bounds come that near.
func reach(styles []style.Style, scale float64) int {
	w := 2 * dotRadius // a dense layer's dots
	for i := range styles {
		w = max(w, styles[i].StrokeWidth)
	}
	return int(math.Ceil(w*scale/2)) + 2
}

// baseCache keeps the last frame's background and layer shapes (no pins,
// labels, outlines or overlays), so a frame that only pans at the same
// zoom copies what it can and draws only the strips that came into view.
type baseCache struct {
	mu     sync.Mutex
	key    baseKey
	img    *image.RGBA
	ox, oy float64       // the frame's world origin in pixels
	reused int           // frames drawn from the kept base, for tests
	cost   time.Duration // how long the kept base took to draw whole
}

// baseKey is what the base of a frame depends on besides the pan.
type baseKey struct {
	zoom, scale   float64
	width, height int
	bg            color.NRGBA
	layers        []layerKey
}

type layerKey struct {
	l, display *layer.Layer
	hidden     bool
	opacity    float64
	dense      bool // its points are dots in the base (see denseLayers)
}

func baseKeyOf(s *Scene, v Viewport, dense []bool) baseKey {
	k := baseKey{zoom: v.Zoom, scale: v.PixelScale(), width: v.Width, height: v.Height, bg: s.Background}
	for i, l := range s.Layers {
		k.layers = append(k.layers, layerKey{l.Layer, l.Display, l.Hidden, l.Opacity, dense[i]})
	}
	return k
}

func (k baseKey) equal(o baseKey) bool {
	return k.zoom == o.zoom && k.scale == o.scale && k.width == o.width && k.height == o.height && k.bg == o.bg && slices.Equal(k.layers, o.layers)
}

// reuse fills dst from the kept base when the frame differs from it only by
// a whole-pixel pan of less than its size, calling strip for each part
// that came into view, and says whether it did.
func (c *baseCache) reuse(dst *image.RGBA, key baseKey, ox, oy float64, strip func(image.Rectangle)) bool {
	c.mu.Lock()
	if c.img == nil || !c.key.equal(key) || c.img.Rect != dst.Rect || !plain(dst) {
		c.mu.Unlock()
		return false
	}
	fx, fy := ox-c.ox, oy-c.oy
	dx, dy := math.Round(fx), math.Round(fy)
	w, h := dst.Rect.Dx(), dst.Rect.Dy()
	if math.Abs(fx-dx) > 1e-6 || math.Abs(fy-dy) > 1e-6 || math.Abs(dx) >= float64(w)/2 || math.Abs(dy) >= float64(h)/2 {
		c.mu.Unlock()
		return false
	}
	ix, iy := int(dx), int(dy)
	c.reused++
	// dst(x, y) = old(x-ix, y-iy) where that lies inside.
	x0, x1 := max(0, ix), min(w, w+ix)
	for y := max(0, iy); y < min(h, h+iy); y++ {
		d := dst.Pix[y*dst.Stride+x0*4 : y*dst.Stride+x1*4]
		s := c.img.Pix[(y-iy)*c.img.Stride+(x0-ix)*4:]
		copy(d, s[:len(d)])
	}
	c.mu.Unlock()
	r := dst.Rect
	if ix > 0 {
		strip(image.Rect(r.Min.X, r.Min.Y, r.Min.X+ix, r.Max.Y))
	} else if ix < 0 {
		strip(image.Rect(r.Max.X+ix, r.Min.Y, r.Max.X, r.Max.Y))
	}
	if iy > 0 {
		strip(image.Rect(r.Min.X, r.Min.Y, r.Max.X, r.Min.Y+iy))
	} else if iy < 0 {
		strip(image.Rect(r.Min.X, r.Max.Y+iy, r.Max.X, r.Max.Y))
	}
	return true
}

// keep stores dst's base for the next frame.
func (c *baseCache) keep(dst *image.RGBA, key baseKey, ox, oy float64) {
	if !plain(dst) {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.img == nil || c.img.Rect != dst.Rect {
		c.img = image.NewRGBA(dst.Rect)
	}
	copy(c.img.Pix, dst.Pix)
	c.key, c.ox, c.oy = key, ox, oy
}

// took records how long the base just kept took to draw whole.
func (c *baseCache) took(d time.Duration) {
	c.mu.Lock()
	c.cost = d
	c.mu.Unlock()
}

// slow says whether the kept base shows the scene of key, at any zoom and
// pan, and took at least d to draw: a moving view of it is worth drawing
// from the pyramid. A scene that changed (a layer shown, a date picked)
// is drawn exactly, once.
func (c *baseCache) slow(key baseKey, d time.Duration) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.img != nil && c.cost >= d && sceneKey(c.key).equal(sceneKey(key))
}

// plain says whether img's pixels are one block from the origin, as the
// cache copies them.
func plain(img *image.RGBA) bool {
	return img.Rect.Min == (image.Point{}) && img.Stride == 4*img.Rect.Dx()
}
