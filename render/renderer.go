package render

import (
	"image"
	"runtime"
	"sync"
)

// Renderer is the drawing engine: the parsed fonts, the cache of label
// masks and the frames' scratch buffers. It is safe for concurrent use
// and keeps nothing of the frames it draws: a View keeps a window's last
// frame and tile pyramid, so that an image drawn for an export or a
// command never disturbs them.
type Renderer struct {
	fonts   fonts
	masks   maskCache
	scratch sync.Pool // *frameScratch
}

// New returns a Renderer with the embedded Go fonts loaded.
func New() (*Renderer, error) {
	f, err := loadFonts()
	if err != nil {
		return nil, err
	}
	return &Renderer{fonts: f}, nil
}

// Render draws the scene as the viewport sees it into a new image.
func (r *Renderer) Render(s *Scene, v Viewport) *image.RGBA {
	dst := image.NewRGBA(image.Rect(0, 0, v.Width, v.Height))
	r.Draw(dst, s, v)
	return dst
}

// Draw draws the scene into dst, whose size must be the viewport's. It
// draws the whole frame: only a View reuses what it drew before.
func (r *Renderer) Draw(dst *image.RGBA, s *Scene, v Viewport) {
	r.draw(dst, s, v, nil, func(f *frame) (exact, done bool) {
		f.drawBaseBands()
		return true, true
	})
}

// draw draws a frame: its base (background and shapes) with base, which
// says whether the frame is exact and whether it is done, then, when it
// is, the top (pins, labels, outlines and overlays). stop, if not nil, is
// the frame's (see frame.halted).
func (r *Renderer) draw(dst *image.RGBA, s *Scene, v Viewport, stop func() bool, base func(*frame) (exact, done bool)) (exact, done bool) {
	f := r.frame(dst, s, v, runtime.GOMAXPROCS(0))
	defer r.release(f)
	f.stop = stop
	f.faces = r.fonts.faces(v.PixelScale())
	f.denseOf = denseLayers(s, v)
	if exact, done = base(f); !done {
		return false, false
	}
	f.drawTop()
	return exact, true
}
