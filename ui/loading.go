package ui

import (
	"context"
	"errors"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"newsatlas/atlas"
)

// AsyncBytes is the file size from which a layer loads on a goroutine of
// its own, behind a progress bar with a Cancel button, while the map
// stays in use.
const AsyncBytes = 16 << 20

// openLayerAsync loads a big GeoJSON file off the UI goroutine. Cancel
// stops it at the next chunk and leaves everything as it was.
func (w *Window) openLayerAsync(path string) {
	st := w.Atlas.NextLayerStyle()
	ctx, cancel := context.WithCancel(context.Background())
	bar := widget.NewProgressBar()
	d := dialog.NewCustom("Opening "+filepath.Base(path), "Cancel",
		container.NewVBox(widget.NewLabel(path), bar), w.Win)
	d.SetOnClosed(cancel)
	d.Resize(fyne.NewSize(460, 140))
	w.show(d)
	w.log.printf("loading %s", path)
	go func() {
		l, err := atlas.LoadLayer(ctx, path, st, func(done, total int64) {
			if total > 0 {
				v := float64(done) / float64(total)
				w.gate.Do(func() { bar.SetValue(v) })
			}
		})
		if err == nil {
			// The first frame of a whole file scans it without the index;
			// build the index meanwhile for the clicks and zooms after.
			go l.Index()
		}
		w.gate.Do(func() {
			d.Hide()
			switch {
			case errors.Is(err, context.Canceled):
				w.log.printf("cancelled %s", path)
				return
			case err != nil:
				w.showError(errors.New(w.fail(err)))
				return
			}
			w.Atlas.AddLayer(l)
			w.log.printf("open layer %s name=%s features=%d", path, l.Name, len(l.Features))
			w.addRecent(path)
			w.layers.rebuild()
			w.Map.Redraw()
			w.fitLayer(l.Name)
		})
	}()
}
