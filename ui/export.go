package ui

import (
	"errors"
	"fmt"
	"image"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"newsatlas/atlas"
	"newsatlas/layer"
	"newsatlas/render"
)

// exportSizes are the sizes File > Export PNG offers.
var exportSizes = []string{"1280x800", "1920x1080", "2560x1600", "3840x2160", "1080x1080"}

// ExportImage draws the map as on screen at width x height pixels: the
// article's headline as a title across the top, below it the same centre,
// at least all of the part of the world on screen, a legend of only what
// it shows and the attribution drawn in, through the same renderer.
func ExportImage(m interface {
	View() render.Viewport
	Selected() *layer.Ref
}, a *atlas.Atlas, width, height int) *image.RGBA {
	title := ""
	if a.Article != nil {
		title = a.Article.Title
	}
	mapHeight := height
	if title != "" {
		mapHeight -= min(atlas.TitleBand(1), height/2)
	}
	e := exportView(m.View(), width, mapHeight)
	e.Height = height // the title's band above the map
	return a.Export(e, title, m.Selected())
}

// exportView is the view an export of width x height pixels draws: the
// map's centre, zoomed so that all of what the map shows is in it.
func exportView(v render.Viewport, width, height int) render.Viewport {
	e := v
	e.Width, e.Height, e.Scale = width, height, 1
	if v.Width > 0 && v.Height > 0 {
		e.Zoom = v.Zoom + math.Log2(min(float64(width)/float64(v.Width), float64(height)/float64(v.Height)))
	}
	return e
}

// showExport is File > Export PNG: a size, then where to save.
func (w *Window) showExport() {
	if w.dialogUp() {
		return
	}
	size := widget.NewSelect(exportSizes, nil)
	size.SetSelected(exportSizes[0])
	w.show(dialog.NewForm("Export PNG", "Choose file...", "Cancel", []*widget.FormItem{
		widget.NewFormItem("Size (pixels)", size),
	}, func(ok bool) {
		if !ok {
			return
		}
		var wd, ht int
		if _, err := fmt.Sscanf(size.Selected, "%dx%d", &wd, &ht); err != nil {
			return
		}
		save := dialog.NewFileSave(w.savePicked(func(path string) {
			if err := w.exportTo(path, wd, ht); err != nil {
				w.showError(errors.New(w.fail(err)))
				return
			}
			w.show(dialog.NewInformation("Export PNG", fmt.Sprintf("Saved %s (%dx%d).", path, wd, ht), w.Win))
		}), w.Win)
		save.SetFileName("newsatlas.png")
		save.SetFilter(storage.NewExtensionFileFilter([]string{".png"}))
		save.Resize(fyne.NewSize(760, 520))
		w.show(save)
	}, w.Win))
}

// exportTo writes the PNG.
func (w *Window) exportTo(path string, width, height int) error {
	img := ExportImage(w.Map, w.Atlas, width, height)
	if err := atlas.WritePNG(path, img); err != nil {
		return err
	}
	w.log.printf("export %s %dx%d", path, width, height)
	return nil
}
