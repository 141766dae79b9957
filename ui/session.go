package ui

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"github.com/paulmach/orb"

	"newsatlas/atlas"
	"newsatlas/internal/fileerr"
	"newsatlas/layer"
	"newsatlas/render"
)

// LastSessionName is the file, in the app's storage folder, that keeps
// the session of the last run.
const LastSessionName = "last" + atlas.SessionExt

// lastSessionPath is where the last session is kept: opt's file, else
// LastSessionName in the app's storage folder ("" when it has none).
func lastSessionPath(app fyne.App, opt Options) string {
	if opt.SessionFile != "" {
		return opt.SessionFile
	}
	root := app.Storage().RootURI()
	if root == nil || root.Scheme() != "file" {
		return ""
	}
	return filepath.Join(root.Path(), LastSessionName)
}

// Session is the window as a session: the atlas's layers, article and
// date, the map's view and selection and the window's layout.
func (w *Window) Session() atlas.Session {
	s := w.Atlas.Session()
	if v := w.Map.View(); v.Width > 0 {
		s.View = &atlas.SessionView{Lon: v.Center[0], Lat: v.Center[1], Zoom: v.Zoom}
	}
	if sel := w.Map.Selected(); sel != nil && sel.Valid() {
		s.Selection = &atlas.SessionSelection{Layer: sel.Layer.Name, Feature: sel.Feature}
	}
	w.archiveSession(&s)
	if len(s.Archive) > 0 {
		s.ArchiveSearch, s.ArchiveDays = w.stories.filters()
	}
	size := w.Win.Canvas().Size()
	if size.Width >= MinWindowSize.Width && size.Height >= MinWindowSize.Height {
		s.Window = &atlas.SessionWindow{Width: float64(size.Width), Height: float64(size.Height), Split: w.split.Offset, SideSplit: w.side.Offset}
	}
	return s
}

// RestoreSession makes the window what s describes. Files that could not
// be opened are named in one notice; the rest comes back.
func (w *Window) RestoreSession(s atlas.Session) {
	w.Map.ClearSelection()
	w.info.clear()
	w.closeArchive() // Restore drops its layer; s says whether it comes back
	w.news.pending, w.news.pendingStory = nil, ""
	w.news.restores++
	s.Layers = slices.DeleteFunc(slices.Clone(s.Layers), oldArchiveLayer)
	w.stories.setFilters(s.ArchiveSearch, s.ArchiveDays)
	names, err := w.Atlas.Restore(s)
	err = errors.Join(err, w.restoreArchive(s, names))
	w.articleChanged()
	w.setDate(w.Atlas.Date)
	w.layers.rebuild()
	w.applyLayout(s.Window)
	if v := s.View; v != nil {
		vp := render.Viewport{Center: orb.Point{v.Lon, v.Lat}, Zoom: v.Zoom}
		if w.ready || w.Map.View().Width > 0 {
			w.Map.SetView(vp)
		} else {
			w.Map.SetInitialView(vp)
		}
	}
	w.Map.Redraw()
	w.restoreSelection(s.Selection, names)
	w.log.printf("session restored layers=%s date=%s article=%s", layerNames(w.Atlas), w.Atlas.Date.Format("2006-01-02"), strings.ReplaceAll(articlePath(w.Atlas), " ", "_"))
	if err != nil {
		lines := strings.Split(err.Error(), "\n")
		for _, l := range lines {
			w.fail(errors.New(l))
		}
		w.showError(errors.New("Some files of the session could not be opened; the rest is back:\n" + err.Error()))
	}
}

// archiveSession puts in s the archive open, if any: its sources, and
// its layer as one the window makes (no file to open again: the archive
// is opened again and makes it).
func (w *Window) archiveSession(s *atlas.Session) {
	n := w.news
	if n.arch == nil {
		// Quit while the session's archive is still opening: it is
		// the session's still.
		s.Archive, s.ArchiveStory = slices.Clone(n.pending), n.pendingStory
		return
	}
	s.Archive = slices.Clone(n.sources)
	for i := range s.Layers {
		if s.Layers[i].Name == ArchiveLayer {
			s.Layers[i].Path, s.Layers[i].Colour = "", 0
		}
	}
	// A story of the archive shown in the article panel is opened again
	// from the archive (an NDJSON line or a feed's item is no file to
	// open on its own).
	if a := w.Atlas.Article; n.story != nil && a != nil && a.Path != "" && a.Path == n.story.Source {
		s.Article, s.ArchiveStory = "", a.Path
	}
}

// oldArchiveLayer reports whether sl is an archive's layer as builds
// before sessions kept the archive saved it: as a file named for the
// layer's description ("places named in …"), which was never a file.
// Restored, it was one bogus line of the notice.
func oldArchiveLayer(sl atlas.SessionLayer) bool {
	return sl.Name == ArchiveLayer && sl.Path != "" && strings.HasPrefix(filepath.Base(sl.Path), "places named in ")
}

// restoreArchive opens again, off the UI goroutine, the archive session
// s had open, through its index: its layer, stories, pins and days come
// back once it has opened, its layer where s had it (names are the names
// Restore gave s's layers). A source that has gone is one line of the
// error returned; the archive opens on the others.
func (w *Window) restoreArchive(s atlas.Session, names map[string]string) error {
	var errs []error
	var keep []string
	for _, p := range s.Archive {
		if _, err := os.Stat(p); err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", p, fileerr.Strip(err)))
			continue
		}
		keep = append(keep, p)
	}
	if len(keep) == 0 {
		return errors.Join(errs...)
	}
	var sl *atlas.SessionLayer
	var below []string
	for i, l := range s.Layers {
		if l.Name == ArchiveLayer && l.Path == "" {
			sl = &s.Layers[i]
			break
		}
		if n, ok := names[l.Name]; ok {
			below = append(below, n)
		} else {
			below = append(below, l.Name)
		}
	}
	w.log.printf("archive restoring %s", strings.Join(keep, " "))
	n := w.news
	n.restores++
	n.pending, n.pendingStory = keep, s.ArchiveStory
	seq := n.restores
	w.loadArchive(context.Background(), keep, func(string) {}, func(o archiveOpening) {
		if n.restores != seq { // another archive or session since
			if o.load.err == nil {
				o.load.arch.Close()
			}
			return
		}
		n.pending, n.pendingStory = nil, ""
		o.layer, o.below = sl, below
		w.archiveLoaded(o, true)
		if o.load.err == nil && s.ArchiveStory != "" {
			w.openStory(story{ID: s.ArchiveStory, Source: s.ArchiveStory}, nil)
		}
	})
	return errors.Join(errs...)
}

// restoreArchiveLayer gives the archive's layer, just opened, the place
// and looks sl says: over the layers named below, hidden or not, its
// opacity, style and clustering.
func (w *Window) restoreArchiveLayer(sl atlas.SessionLayer, below []string) {
	l := w.Atlas.Layer(ArchiveLayer)
	if l == nil {
		return
	}
	l.Hidden, l.NoCluster = sl.Hidden, sl.NoCluster
	if err := w.Atlas.SetOpacity(ArchiveLayer, sl.Opacity); err != nil {
		l.Opacity = 1
	}
	if err := w.Atlas.SetStyle(ArchiveLayer, sl.Style); err != nil {
		w.fail(err)
	}
	at := 0
	for i, x := range w.Atlas.Layers {
		if x.Name != ArchiveLayer && slices.Contains(below, x.Name) {
			at = i + 1
		}
	}
	if i := w.Atlas.Index(ArchiveLayer); at > i {
		at = i // it is on top already
	}
	w.Atlas.Move(ArchiveLayer, at)
}

// applyLayout sizes the window and sets its split panes as win says.
func (w *Window) applyLayout(win *atlas.SessionWindow) {
	if win == nil {
		return
	}
	w.Win.Resize(fyne.NewSize(max(float32(win.Width), MinWindowSize.Width), max(float32(win.Height), MinWindowSize.Height)))
	if win.Split > 0.2 && win.Split < 0.9 {
		w.split.Offset = win.Split
		w.split.Refresh()
	}
	if win.SideSplit > 0.1 && win.SideSplit < 0.9 {
		w.side.Offset = win.SideSplit
		w.side.Refresh()
	}
}

// restoreLayout lays the window out as in the last run, when started on
// files: the session is theirs, the window's size is still the user's.
func (w *Window) restoreLayout() {
	if w.lastSession == "" {
		return
	}
	if s, err := atlas.LoadSession(w.lastSession); err == nil {
		w.applyLayout(s.Window)
	}
}

// restoreSelection selects the feature sel names, if it is still there.
func (w *Window) restoreSelection(sel *atlas.SessionSelection, names map[string]string) {
	if sel == nil {
		return
	}
	name := sel.Layer
	if n, ok := names[name]; ok {
		name = n
	}
	l := w.Atlas.Layer(name)
	if l == nil || l.Layer == nil || l.Hidden || sel.Feature < 0 || sel.Feature >= len(l.Features) {
		return
	}
	ref := layer.Ref{Layer: l.Layer, Feature: sel.Feature}
	w.Map.Select(&ref)
	w.selected([]atlas.Hit{{Layer: l.Name, Properties: l.Features[sel.Feature].Properties(), Ref: ref}})
}

// logControls logs where the timeline's controls sit in the window
// (logical pixels), for end-to-end scripts to click them.
func (w *Window) logControls() {
	if w.log == nil {
		return
	}
	d := w.app.Driver()
	for _, c := range []struct {
		name string
		o    fyne.CanvasObject
	}{{"play", w.timeline.play}, {"slider", w.timeline.slider}} {
		at, size := d.AbsolutePositionForObject(c.o), c.o.Size()
		w.log.printf("control %s x=%g y=%g width=%g height=%g", c.name, at.X, at.Y, size.Width, size.Height)
	}
}

func layerNames(a *atlas.Atlas) string {
	var names []string
	for _, l := range a.Layers {
		names = append(names, strings.ReplaceAll(l.Name, " ", "_"))
	}
	return strings.Join(names, ",")
}

func articlePath(a *atlas.Atlas) string {
	if a.Article == nil || a.Article.Path == "" {
		return "(built-in)"
	}
	return a.Article.Path
}

// SaveProject writes the session to a project file.
func (w *Window) SaveProject(path string) error {
	if filepath.Ext(path) == "" {
		path += atlas.SessionExt
	}
	if err := atlas.SaveSession(path, w.Session()); err != nil {
		w.fail(err)
		return err
	}
	w.log.printf("project saved %s", path)
	return nil
}

// OpenProject restores the session a project file holds.
func (w *Window) OpenProject(path string) error {
	s, err := atlas.LoadSession(path)
	if err != nil {
		w.fail(err)
		return err
	}
	w.log.printf("project opened %s", path)
	w.RestoreSession(s)
	return nil
}

// restoreLast restores the session of the last run, if there is one; it
// reports whether there was.
func (w *Window) restoreLast() bool {
	if w.lastSession == "" {
		return false
	}
	if _, err := os.Stat(w.lastSession); err != nil {
		return false
	}
	s, err := atlas.LoadSession(w.lastSession)
	if err != nil {
		w.fail(err)
		w.showError(err)
		return false
	}
	w.RestoreSession(s)
	return true
}

// saveLast writes the session to the last-session file.
func (w *Window) saveLast() {
	if w.lastSession == "" {
		return
	}
	if err := os.MkdirAll(filepath.Dir(w.lastSession), 0o755); err != nil {
		w.fail(err)
		return
	}
	if err := atlas.SaveSession(w.lastSession, w.Session()); err != nil {
		w.fail(err)
		return
	}
	w.log.printf("session saved %s", w.lastSession)
}

// quit saves the session and quits, whichever way it was asked for (the
// menu, Ctrl+Q, the window's close button). Before the app is told to
// stop, every goroutine that hands the UI goroutine work is shut out
// (Play, the map's frames, hover tests and flights, layers loading):
// Fyne panics with "send on closed channel" on work handed over once it
// stopped. The session is written at once, not through Fyne's
// preferences, whose writes are put off and lost at exit.
func (w *Window) quit() {
	if w.quitting {
		return
	}
	w.quitting = true
	if w.timeline.stop != nil {
		w.timeline.togglePlay()
	}
	w.timeline.gate.Close()
	w.stopLive()
	w.gate.Close()
	w.Map.Close()
	w.saveLast()
	w.log.printf("quit")
	w.app.Quit()
}

// showSaveProject is File > Save Project.
func (w *Window) showSaveProject() {
	if w.dialogUp() {
		return
	}
	d := dialog.NewFileSave(w.savePicked(func(path string) {
		if err := w.SaveProject(path); err != nil {
			w.showError(err)
		}
	}), w.Win)
	d.SetFileName("session" + atlas.SessionExt)
	d.SetFilter(storage.NewExtensionFileFilter([]string{atlas.SessionExt}))
	d.Resize(fyne.NewSize(760, 520))
	w.show(d)
}

// showOpenProject is File > Open Project.
func (w *Window) showOpenProject() {
	if w.dialogUp() {
		return
	}
	d := dialog.NewFileOpen(w.openPicked(func(path string) {
		if err := w.OpenProject(path); err != nil {
			w.showError(err)
		}
	}), w.Win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{atlas.SessionExt}))
	d.Resize(fyne.NewSize(760, 520))
	w.show(d)
}
