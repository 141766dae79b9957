// Package ui is the News Atlas window: the map beside the article, the
// layers panel and the info panel.
package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"newsatlas/atlas"
	"newsatlas/mapview"
)

// Window is the main window.
type Window struct {
	Win   fyne.Window
	Atlas *atlas.Atlas
	Map   *mapview.Map
	info  *widget.Label
}

// New builds the main window on a, opening files (errors are shown).
func New(app fyne.App, a *atlas.Atlas) *Window {
	w := &Window{Atlas: a, Win: app.NewWindow(Title(a))}
	w.Map = mapview.New(a)
	w.info = widget.NewLabel("Click the map to identify a feature.")
	w.info.Wrapping = fyne.TextWrapWord
	w.Map.OnSelect = w.showHits
	article := widget.NewLabel(a.Article.Text)
	article.Wrapping = fyne.TextWrapWord
	layers := container.NewVBox()
	for i := range a.Layers {
		l := &a.Layers[i]
		c := widget.NewCheck(l.Name, func(on bool) {
			l.Hidden = !on
			w.Map.Redraw()
		})
		c.SetChecked(!l.Hidden)
		layers.Add(c)
	}
	side := container.NewVSplit(container.NewVScroll(article), container.NewVScroll(container.NewVBox(widget.NewLabel("Layers"), layers, widget.NewSeparator(), w.info)))
	split := container.NewHSplit(w.Map, side)
	split.Offset = 0.62
	w.Win.SetContent(split)
	w.Win.Resize(fyne.NewSize(1200, 760))
	return w
}

// Title is the window title: News Atlas and the article's headline.
func Title(a *atlas.Atlas) string {
	if a.Article == nil || a.Article.Title == "" {
		return "News Atlas"
	}
	return "News Atlas - " + a.Article.Title
}

func (w *Window) showHits(hits []atlas.Hit) {
	if len(hits) == 0 {
		w.info.SetText("Nothing here.")
		return
	}
	h := hits[0]
	s := fmt.Sprintf("%s\n", h.Layer)
	for k, v := range h.Properties {
		s += fmt.Sprintf("%s: %v\n", k, v)
	}
	w.info.SetText(s)
}

// OpenFiles opens GeoJSON layers and articles; an unusable file is
// reported and skipped, the rest still open.
func (w *Window) OpenFiles(paths []string) {
	for _, p := range paths {
		if err := w.Atlas.Open(p); err != nil {
			w.info.SetText(err.Error())
		}
	}
}
