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
// last view from the preferences.
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

// save writes the window size, split positions and view.
func (w *Window) save() {
	p := w.app.Preferences()
	s := w.Win.Canvas().Size()
	if s.Width >= MinWindowSize.Width && s.Height >= MinWindowSize.Height {
		p.SetFloat(prefWidth, float64(s.Width))
		p.SetFloat(prefHeight, float64(s.Height))
	}
	p.SetFloat(prefSplit, w.split.Offset)
	p.SetFloat(prefSideSplit, w.side.Offset)
	if v := w.Map.View(); v.Width > 0 {
		p.SetFloat(prefLon, v.Center[0])
		p.SetFloat(prefLat, v.Center[1])
		p.SetFloat(prefZoom, v.Zoom)
	}
}
