package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
	"github.com/paulmach/orb"

	"newsatlas/render"
)

// mapMenu is the map's right-click menu at pos on the map: copy the
// coordinates there, identify what is there (as a click would), zoom in
// there.
func (w *Window) mapMenu(pos fyne.Position) *fyne.Menu {
	p := w.Map.LonLatAt(pos)
	coords := formatCoords(p)
	return fyne.NewMenu("",
		fyne.NewMenuItem("Copy coordinates "+coords, func() {
			w.app.Clipboard().SetContent(coords)
			w.log.printf("copied %s", coords)
		}),
		fyne.NewMenuItem("Identify here", func() { w.Map.IdentifyAt(pos) }),
		fyne.NewMenuItem("Zoom here", func() {
			w.Map.FlyTo(p, min(w.Map.View().Zoom+2, render.MaxZoom))
		}),
	)
}

// showMapMenu shows mapMenu at pos on the map, abs in the window.
func (w *Window) showMapMenu(pos, abs fyne.Position) {
	if w.dialogUp() {
		return
	}
	w.log.printf("map menu")
	widget.ShowPopUpMenuAtPosition(w.mapMenu(pos), w.Win.Canvas(), abs)
}

// formatCoords writes a lon/lat point as "lat, lon" in decimal degrees,
// as most map sites and GPS tools read a pasted position: 36.20210, 37.13430.
func formatCoords(p orb.Point) string {
	return fmt.Sprintf("%.5f, %.5f", p[1], p[0])
}
