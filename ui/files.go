package ui

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"fyne.io/fyne/v2"

	"newsatlas/atlas"
	"newsatlas/layer"
)

// OpenExtensions are the files File > Open offers: every layer format
// the loader reads, and articles.
func OpenExtensions() []string {
	return append(layer.Extensions(), ".txt", ".md", ".markdown", ".html", ".htm", ".mbtiles", ".pmtiles")
}

// MaxRecent is how many recent files the File menu lists.
const MaxRecent = 10

const prefRecent = "recent"

// OpenFiles opens GeoJSON layers, articles and news archives (see
// IsArchive and OpenArchive). Each unusable file is
// reported in a dialog, one line naming it; what is open stays as it was.
// The view fits the last layer opened.
func (w *Window) OpenFiles(paths []string) {
	var errs []string
	var fit string
	for _, p := range paths {
		if IsArchive(p) { // a folder, a feed, NDJSON or a ZIP of articles
			w.OpenArchive(p)
			continue
		}
		if atlas.IsArticle(p) {
			prev := w.Atlas.Article
			if _, err := w.Atlas.OpenArticle(p); err != nil {
				errs = append(errs, w.fail(err))
				continue
			}
			w.replacedArticle(prev)
			w.Map.ClearSelection() // the old pins are gone
			w.articleChanged()
			w.log.printf("open article %s", p)
		} else if atlas.IsLive(p) {
			w.openLive(p) // on a goroutine: a server may be slow
			continue
		} else {
			if fi, err := os.Stat(p); err == nil && fi.Size() >= AsyncBytes {
				w.openLayerAsync(p)
				continue
			}
			paths, _ := atlas.LayerPaths(p) // each table of a GeoPackage
			failed := false
			for _, lp := range paths {
				l, err := w.Atlas.OpenLayer(lp)
				if err != nil {
					errs = append(errs, w.fail(err))
					failed = true
					continue
				}
				fit = l.Name
				w.log.printf("open layer %s name=%s features=%d", lp, l.Name, len(l.Features))
			}
			if failed && len(paths) == 1 {
				continue
			}
		}
		w.addRecent(p)
	}
	w.layers.rebuild()
	w.Map.Redraw()
	if fit != "" {
		w.fitLayer(fit)
	}
	if len(errs) > 0 {
		w.showError(errors.New(strings.Join(errs, "\n")))
	}
}

// fail logs an error and returns its line.
func (w *Window) fail(err error) string {
	w.log.printf("error %s", strings.ReplaceAll(err.Error(), "\n", " "))
	return err.Error()
}

// removeLayer drops an opened layer.
func (w *Window) removeLayer(name string) {
	if sel := w.Map.Selected(); sel != nil && sel.Layer != nil && sel.Layer.Name == name {
		w.Map.ClearSelection()
	}
	if err := w.Atlas.RemoveLayer(name); err != nil {
		w.showError(errors.New(w.fail(err)))
		return
	}
	w.log.printf("remove layer %s", name)
	w.layers.rebuild()
	w.Map.Redraw()
}

// dropped opens files dropped on the window.
func (w *Window) dropped(_ fyne.Position, uris []fyne.URI) {
	var paths []string
	for _, u := range uris {
		if u.Scheme() == "file" {
			paths = append(paths, u.Path())
		}
	}
	w.OpenFiles(paths)
}

// recent is the recent files, newest first.
func (w *Window) recent() []string {
	return w.app.Preferences().StringList(prefRecent)
}

func (w *Window) addRecent(path string) {
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	rec := slices.DeleteFunc(w.recent(), func(s string) bool { return s == path })
	rec = append([]string{path}, rec...)
	if len(rec) > MaxRecent {
		rec = rec[:MaxRecent]
	}
	w.app.Preferences().SetStringList(prefRecent, rec)
	w.Win.SetMainMenu(w.mainMenu())
}
