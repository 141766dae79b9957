package render

import (
	"cmp"
	"context"
	"image"
	"sync/atomic"
	"time"
)

// View draws the frames of one map view, a window's say, through a
// Renderer, and keeps what makes the next frame quick: the base of the
// last exact frame, for a pan to copy, the layers up to the basemap of
// the last whole one, for a frame that only hides or shows a layer over
// them, and the tile pyramid with the timings that choose it, for frames
// of a view in motion. Images drawn
// with the Renderer itself (an export, a command's) leave them alone.
// Its methods may be called from several goroutines, as the window's
// draw loop and Prefetch are, though one caller drawing frame after frame
// is what its caches are for.
type View struct {
	r     *Renderer
	after atomic.Int64 // SetPyramidAfter's duration
	bytes atomic.Int64 // SetPyramidBytes's bound
	base  baseCache
	under underCache
	tiles pyramid
}

// NewView returns a view, with nothing kept yet, that draws through r.
func (r *Renderer) NewView() *View { return &View{r: r} }

// DefaultPyramidAfter is half a 60 Hz frame: a base quicker to draw than
// that is drawn exactly in every frame.
const DefaultPyramidAfter = 8 * time.Millisecond

// SetPyramidAfter sets how long the exact base of a scene (its background
// and shapes) must have taken to draw for DrawMoving to draw moving views
// of it from the tile pyramid; 0, as a new view has it, means
// DefaultPyramidAfter. It may be called at any time.
func (vw *View) SetPyramidAfter(d time.Duration) { vw.after.Store(int64(d)) }

// DefaultPyramidBytes bounds a view's pyramid: 48 MiB is 192 tiles, the
// tiles of three to six frames of 1280x800 (30 to 63 tiles each).
const DefaultPyramidBytes = 48 << 20

// SetPyramidBytes sets how many bytes of tiles the pyramid keeps, those
// used least recently forgotten first; 0, as a new view has it, means
// DefaultPyramidBytes. The pyramid keeps the tiles of the last two frames
// even past it, so that a wheel notch in and back out draws no tile
// however large the window. It may be called at any time.
func (vw *View) SetPyramidBytes(n int64) { vw.bytes.Store(n) }

// pyramidTiles is how many tiles SetPyramidBytes's bound holds.
func (vw *View) pyramidTiles() int {
	return int(cmp.Or(vw.bytes.Load(), DefaultPyramidBytes) / tileBytes)
}

// held is how many bytes of images the view keeps: its pyramid's tiles
// and its kept base (with its bottom layers, see underCache).
func (vw *View) held() (pyramid, base int64) {
	vw.tiles.mu.Lock()
	pyramid = int64(len(vw.tiles.tiles)) * tileBytes
	vw.tiles.mu.Unlock()
	vw.base.mu.Lock()
	if vw.base.img != nil {
		base = int64(len(vw.base.img.Pix))
	}
	vw.base.mu.Unlock()
	return pyramid, base + vw.under.bytes()
}

// Draw draws the scene into dst, whose size must be the viewport's, as
// Renderer.Draw does; a frame that only pans the last exact one copies
// what it can of it and draws the strips that came into view.
func (vw *View) Draw(dst *image.RGBA, s *Scene, v Viewport) { vw.draw(dst, s, v, false, nil) }

// Render draws the scene as Draw does into a new image.
func (vw *View) Render(s *Scene, v Viewport) *image.RGBA {
	dst := image.NewRGBA(image.Rect(0, 0, v.Width, v.Height))
	vw.Draw(dst, s, v)
	return dst
}

// RenderContext draws the scene into a new image as Draw does, giving up,
// with ctx's error and no image, once ctx is done: the window draws the
// exact frame of a view at rest with it and drops the frame when the view
// moves on.
func (vw *View) RenderContext(ctx context.Context, s *Scene, v Viewport) (*image.RGBA, error) {
	dst := image.NewRGBA(image.Rect(0, 0, v.Width, v.Height))
	if _, done := vw.draw(dst, s, v, false, func() bool { return ctx.Err() != nil }); !done {
		return nil, ctx.Err()
	}
	return dst, nil
}

// RenderMoving draws the scene into a new image as DrawMoving does and
// says whether the image is exact.
func (vw *View) RenderMoving(s *Scene, v Viewport) (*image.RGBA, bool) {
	dst := image.NewRGBA(image.Rect(0, 0, v.Width, v.Height))
	return dst, vw.DrawMoving(dst, s, v)
}

// DrawMoving draws a frame of a view in motion: the window draws with it
// while the user zooms and pans and calls Draw once the view rests. When
// the scene's base is slow to draw (see SetPyramidAfter: a view of many
// thousand shapes) and the frame is not a pan of the last exact one, the
// layers' shapes come from the tile pyramid, scaled down by less than √2
// from the next finer half level, and the frame is not exact: strokes and
// dots are up to that factor thinner and smaller than Draw makes them,
// pins, labels and overlays are exact. It says whether the frame is exact.
func (vw *View) DrawMoving(dst *image.RGBA, s *Scene, v Viewport) bool {
	exact, _ := vw.draw(dst, s, v, true, nil)
	return exact
}

// draw draws a frame, its base copied in part from the kept one when it
// pans it, from the pyramid when moving allows (see DrawMoving), else
// whole, and says whether it is exact. When stop, if not nil, says so
// while the base is drawn, it gives up and says it is not done; the
// base's bands call it at once from their goroutines.
func (vw *View) draw(dst *image.RGBA, s *Scene, v Viewport, moving bool, stop func() bool) (exact, done bool) {
	return vw.r.draw(dst, s, v, stop, func(f *frame) (exact, done bool) {
		key := baseKeyOf(s, v, f.denseOf)
		switch {
		case vw.base.reuse(dst, key, f.ox, f.oy, func(strip image.Rectangle) { f.drawBase(strip) }):
			if f.halted() {
				return false, false
			}
			vw.base.keep(dst, key, f.ox, f.oy)
		case moving && plain(dst) && vw.slow(key):
			vw.compose(f, key)
			return false, true
		default:
			t0 := time.Now()
			f.under = vw.under.fill(dst, key, f.ox, f.oy)
			if n := underLayers(s); n > f.under && plain(dst) && vw.under.start(dst, key, n, f.ox, f.oy) {
				f.keepAt, f.kept = n, func(r image.Rectangle) { vw.under.keep(dst, r) }
			}
			f.drawBaseBands()
			if f.kept != nil {
				vw.under.done(!f.halted())
			}
			if f.halted() {
				return false, false // a part-drawn base is not kept
			}
			vw.base.keep(dst, key, f.ox, f.oy)
			if f.under == 0 {
				// Over kept bottom layers the base took less than a
				// whole one: the last whole one's time stands.
				vw.base.took(time.Since(t0))
			}
		}
		return true, true
	})
}

// slow says whether the scene of key is slow enough to draw for moving
// frames of it to come from the pyramid (see SetPyramidAfter).
func (vw *View) slow(key baseKey) bool {
	return vw.base.slow(key, cmp.Or(time.Duration(vw.after.Load()), DefaultPyramidAfter))
}
