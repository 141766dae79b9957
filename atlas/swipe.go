package atlas

import (
	"image"
	"time"

	"newsatlas/render"
)

// DrawAt draws the map in view v as Scene would at date d (the control
// zones and every timed layer at d), on a copy of the atlas, which is
// left as it was: the other side of the window's swipe bar. It may run on
// any goroutine when a is a snapshot (see Snapshot).
func (a *Atlas) DrawAt(v render.Viewport, d time.Time) *image.RGBA {
	b := a.detached()
	b.SetDate(d)
	return b.Renderer.Render(b.Scene(v), v)
}
