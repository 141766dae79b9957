package render

import (
	"context"
	"image"
	"math"
)

// Prefetch draws the pyramid tiles that moving frames of view v zoomed by
// each of dzs will be made from, on one goroutine, stopping when ctx is
// done: the window calls it when the view comes to rest, so that the next
// wheel notch, in or out, draws nothing but the frame. A zoom in may be
// about any point in view, a zoom out is taken about the centre. For a
// scene quick to draw (see SetPyramidAfter) it does nothing.
func (vw *View) Prefetch(ctx context.Context, s *Scene, v Viewport, dzs ...float64) {
	dense := denseLayers(s, v)
	key := baseKeyOf(s, v, dense)
	if !vw.slow(key) {
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
		if _, done := vw.grid(s, v, dense, key, level, px, 1, func() bool { return ctx.Err() != nil }); !done {
			return
		}
	}
}
