package ui

import (
	"fyne.io/fyne/v2"
	"github.com/paulmach/orb"

	"newsatlas/render"
)

// Preference keys.
const (
	prefWidth     = "window.width"
	prefHeight    = "window.height"
	prefSplit     = "window.split"
	prefSideSplit = "window.sidesplit"
	prefLon       = "view.lon"
	prefLat       = "view.lat"
	prefZoom      = "view.zoom"
)

// MinWindowSize is the smallest useful window.
var MinWindowSize = fyne.NewSize(760, 520)

// restore applies the window size, split positions and, when asked, the
// last view from the preferences, where runs before sessions kept them
// (a session file has them now: see saveLast).
func (w *Window) restore(view bool) {
	p := w.app.Preferences()
	wd, ht := p.FloatWithFallback(prefWidth, 1200), p.FloatWithFallback(prefHeight, 760)
	w.Win.Resize(fyne.NewSize(max(float32(wd), MinWindowSize.Width), max(float32(ht), MinWindowSize.Height)))
	if s := p.FloatWithFallback(prefSplit, 0); s > 0.2 && s < 0.9 {
		w.split.Offset = s
	}
	if s := p.FloatWithFallback(prefSideSplit, 0); s > 0.1 && s < 0.9 {
		w.side.Offset = s
	}
	if view {
		if z := p.FloatWithFallback(prefZoom, -1); z >= render.MinZoom && z <= render.MaxZoom {
			w.Map.SetInitialView(render.Viewport{Center: orb.Point{p.Float(prefLon), p.Float(prefLat)}, Zoom: z})
		}
	}
}
