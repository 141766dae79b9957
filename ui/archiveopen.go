package ui

import (
	"context"
	"errors"
	"fmt"
	"image/color"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geojson"

	"newsatlas/atlas"
	"newsatlas/layer"
	"newsatlas/style"
)

// ArchiveLayer is the name of the layer of an opened archive's places.
const ArchiveLayer = "archive"

// MaxSkippedShown is how many skipped items the notice after opening an
// archive lists one by one.
const MaxSkippedShown = 12

// newsArchive is the archive the window has open, and what opening one
// needs.
type newsArchive struct {
	open    archiveOpener // opens an archive off the UI goroutine
	arch    storyArchive
	name    string
	sources []string // what arch was opened from, absolute
	pending []string // the sources a session restore is opening, until done
	// pendingStory is the story that restore opens once done.
	pendingStory string
	// restores counts the restores begun and the archives opened by
	// hand, so that a restore an archive opened since overtook is dropped.
	restores int
	days     []dayCount
	busy     sync.WaitGroup // openings and article reads under way
	pins     int            // the pins asked for (archiveWindow), so that a late answer is dropped
	story    *story         // the story shown in the article panel, if any
}

// wait returns once the openings and article reads under way are done
// and shown (for tests).
func (n *newsArchive) wait() { n.busy.Wait() }

// OpenArchive opens a news archive: a folder of articles, an RSS or Atom
// feed, an NDJSON file of articles, or a ZIP of any of these. It loads off
// the UI goroutine behind a progress bar with Cancel; the items skipped are
// listed, with their reasons, in one notice. The archive replaces the one
// open, if any.
func (w *Window) OpenArchive(path string) {
	ctx, cancel := context.WithCancel(context.Background())
	bar := widget.NewProgressBarInfinite()
	count := widget.NewLabel("Reading…")
	d := dialog.NewCustom("Opening archive "+filepath.Base(path), "Cancel",
		container.NewVBox(widget.NewLabel(path), bar, count), w.Win)
	d.SetOnClosed(cancel)
	d.Resize(fyne.NewSize(460, 160))
	w.show(d)
	w.log.printf("archive loading %s", path)
	w.news.restores++ // the user's archive wins over a session's still opening
	w.news.pending, w.news.pendingStory = nil, ""
	// Absolute, so that the index (one per set of sources) and the
	// stories' sources are the same whatever folder the app started in.
	w.loadArchive(ctx, absPaths([]string{path}), func(s string) { count.SetText(s) }, func(o archiveOpening) {
		cancel()
		d.Hide()
		w.archiveLoaded(o, false)
	})
}

// archiveOpening is an archive read off the UI goroutine: what opening
// it gave, and its places and days.
type archiveOpening struct {
	sources []string
	load    archiveLoad
	places  []archivePlace
	days    []dayCount
	// layer is how a session had the archive's layer, when restoring,
	// and below the names of the layers it had under it.
	layer *atlas.SessionLayer
	below []string
}

// loadArchive opens the archive of sources off the UI goroutine, with its
// places and days, and hands it to done on the UI goroutine; status gets
// the opener's lines there too.
func (w *Window) loadArchive(ctx context.Context, sources []string, status func(string), done func(archiveOpening)) {
	n := w.news
	n.busy.Add(1)
	go func() {
		defer n.busy.Done()
		o := archiveOpening{sources: sources}
		o.load = n.open(ctx, sources, func(s string) {
			w.gate.Do(func() { status(s) })
		})
		if o.load.err == nil {
			if o.places, o.load.err = o.load.arch.Places(ctx, time.Time{}, time.Time{}); o.load.err == nil {
				o.days, o.load.err = o.load.arch.Days(ctx)
			}
			if o.load.err != nil {
				o.load.arch.Close()
			}
		}
		if o.load.name == "" {
			o.load.name = filepath.Base(sources[0])
		}
		if !w.gate.Do(func() { done(o) }) && o.load.err == nil {
			o.load.arch.Close() // the window is gone
		}
	}()
}

// archiveLoaded shows an archive loadArchive opened, or the error that
// stopped it; restoring, as a session had it, without a notice of what
// was skipped (it was shown when first opened).
func (w *Window) archiveLoaded(o archiveOpening, restoring bool) {
	what := strings.Join(o.sources, " ")
	switch {
	case errors.Is(o.load.err, context.Canceled):
		w.log.printf("archive cancelled %s", what)
	case o.load.err != nil:
		w.showError(errors.New(w.fail(fmt.Errorf("%s: %w", what, o.load.err))))
	default:
		w.archiveOpened(o, restoring)
	}
}

// archiveOpened shows an archive that opened: its places on the map, its
// stories in the Stories tab, its days on the timeline, and what was
// skipped in a notice. Restoring a session, the map keeps the session's
// view and the archive's layer takes its place and looks.
func (w *Window) archiveOpened(o archiveOpening, restoring bool) {
	n, load := w.news, o.load
	if n.arch != nil {
		n.arch.Close()
	}
	n.arch, n.name, n.days, n.story, n.sources = load.arch, load.name, o.days, nil, absPaths(o.sources)
	if w.Atlas.Layer(ArchiveLayer) != nil {
		w.Atlas.RemoveLayer(ArchiveLayer)
	}
	articles := 0
	for _, d := range o.days {
		articles += d.N
	}
	w.Atlas.AddLayer(archivePlacesLayer(load.name, o.places))
	if o.layer != nil {
		w.restoreArchiveLayer(*o.layer, o.below)
	}
	if len(o.places) > 0 && !restoring {
		w.Map.ZoomToLayer(ArchiveLayer)
	}
	w.timeline.setArchiveDays(o.days)
	if d, ok := dateIntoArchive(w.Atlas.Date, o.days); ok && !restoring {
		w.setDate(d)
	}
	if from, to := w.stories.dateWindow(); !from.IsZero() || !to.IsZero() {
		w.archiveWindow(from, to)
	}
	w.layers.rebuild()
	w.Map.Redraw()
	w.stories.setArchive(load.arch)
	w.stories.viewChanged(w.Map.View().LonLatBound())
	what := strings.Join(o.sources, " ")
	span := w.timeline.axis.start.Format(time.DateOnly) + ".." + w.timeline.axis.end.Format(time.DateOnly)
	if restoring {
		w.log.printf("archive restored %s articles=%d places=%d skipped=%d timeline=%s", what, articles, len(o.places), len(load.skipped), span)
		return
	}
	w.tabs.Select(w.stories.tab)
	for _, p := range o.sources {
		w.addRecent(p)
	}
	w.log.printf("archive opened %s articles=%d places=%d skipped=%d timeline=%s", what, articles, len(o.places), len(load.skipped), span)
	if len(load.skipped) > 0 {
		w.showSkipped(what, load.skipped)
	}
}

// dateIntoArchive is the date the timeline moves to when an archive of
// those days opens at date d: its last day when d lies outside them (the
// map, the histogram and a date window then show its news), d itself
// otherwise. ok is false when the date stays.
func dateIntoArchive(d time.Time, days []dayCount) (time.Time, bool) {
	if len(days) == 0 {
		return d, false
	}
	first, last := days[0].Day, days[len(days)-1].Day
	if !d.Before(first) && d.Before(last.AddDate(0, 0, 1)) {
		return d, false
	}
	return last, true
}

// closeArchive lets go of the archive open, if any: its layer, stories
// and days go.
func (w *Window) closeArchive() {
	n := w.news
	if n.arch == nil {
		return
	}
	n.arch.Close()
	n.arch, n.name, n.days, n.story, n.sources = nil, "", nil, nil, nil
	n.pins++ // drops pins on their way
	if w.Atlas.Layer(ArchiveLayer) != nil {
		w.Atlas.RemoveLayer(ArchiveLayer)
	}
	w.timeline.setArchiveDays(nil)
	w.stories.setArchive(nil)
}

// absPaths is each of ps made absolute.
func absPaths(ps []string) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p
		if abs, err := filepath.Abs(p); err == nil {
			out[i] = abs
		}
	}
	return out
}

// showSkipped is the one notice of what an archive's opening skipped.
func (w *Window) showSkipped(path string, skipped []string) {
	lines := skipped
	if len(lines) > MaxSkippedShown {
		lines = append(lines[:MaxSkippedShown:MaxSkippedShown], fmt.Sprintf("… and %d more", len(skipped)-MaxSkippedShown))
	}
	for _, s := range skipped {
		w.log.printf("archive skipped %s", strings.ReplaceAll(s, "\n", " "))
	}
	msg := widget.NewLabel(strings.Join(lines, "\n"))
	msg.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom(fmt.Sprintf("%s skipped in %s", plural(len(skipped), "item", "items"), filepath.Base(path)), "OK",
		container.NewVScroll(msg), w.Win)
	d.Resize(fyne.NewSize(560, 320))
	w.show(d)
}

// archivePlacesLayer is an archive's places as a layer of points, each
// sized by its mentions (simplestyle's marker-size: small, medium, large)
// and named for the place.
func archivePlacesLayer(name string, places []archivePlace) *layer.Layer {
	most := 0
	for _, p := range places {
		most = max(most, p.Mentions)
	}
	fc := geojson.NewFeatureCollection()
	for _, p := range places {
		f := geojson.NewFeature(orb.Point{p.Lon, p.Lat})
		f.Properties["name"] = p.Name
		f.Properties["kind"] = p.Kind
		f.Properties["mentions"] = p.Mentions
		f.Properties["articles"] = p.Articles
		f.Properties["marker-size"] = markerSize(p.Mentions, most)
		fc.Append(f)
	}
	l := layer.FromCollection(ArchiveLayer, "places named in "+name+", sized by mentions", fc, func(f *geojson.Feature) style.Style {
		s := archivePinStyle
		s.MarkerSize, _ = f.Properties["marker-size"].(string)
		return s
	})
	return l
}

// archivePinStyle is how an archive's places are pinned: the spec's shape
// in a deep blue, apart from the article's red pins.
var archivePinStyle = func() style.Style {
	s := style.Spec
	s.MarkerColor = color.NRGBA{0x1f, 0x4e, 0x9a, 0xff}
	return s
}()

// markerSize is the marker size of a place mentioned n times where the
// most mentioned place has most: large from half the most, medium from a
// sixth, small under (all small while no place has more than two).
func markerSize(n, most int) string {
	switch {
	case most >= 3 && n*2 >= most:
		return "large"
	case most >= 3 && n*6 >= most:
		return "medium"
	}
	return "small"
}

// archiveRegion lists in the Stories tab the stories related to the region
// a click hit (the topmost area feature under it), or, for a click on one
// of the archive's pins, the stories naming that place; it reports
// whether there was one.
func (w *Window) archiveRegion(hits []atlas.Hit) bool {
	if w.news.arch == nil {
		return false
	}
	if len(hits) > 0 && hits[0].Layer == ArchiveLayer && hits[0].Ref.Valid() {
		h := hits[0]
		if pt, ok := h.Ref.Layer.Features[h.Ref.Feature].Geometry.(orb.Point); ok {
			name := hitName(h)
			w.log.printf("archive place name=%s", strings.ReplaceAll(name, " ", "_"))
			w.stories.showRelated(ArchiveLayer, name, pinSquare(pt))
			w.tabs.Select(w.stories.tab)
			return true
		}
	}
	h, g, ok := atlas.Area(hits)
	if !ok {
		return false
	}
	name := hitName(h)
	w.log.printf("archive region %s name=%s", h.Layer, strings.ReplaceAll(name, " ", "_"))
	w.stories.showRelated(h.Layer, name, g)
	w.tabs.Select(w.stories.tab)
	return true
}

// archiveWindow pins the places of the archive's stories dated from..to
// (zero: any date), the Stories panel's date window, in place of those
// pinned: read off the UI goroutine, a late answer dropped.
func (w *Window) archiveWindow(from, to time.Time) {
	n := w.news
	arch := n.arch
	if arch == nil {
		return
	}
	n.pins++
	seq := n.pins
	n.busy.Add(1)
	go func() {
		defer n.busy.Done()
		places, err := arch.Places(context.Background(), from, to)
		w.gate.Do(func() {
			if n.arch != arch || n.pins != seq {
				return
			}
			if err != nil {
				w.fail(err)
				return
			}
			l := w.Atlas.Layer(ArchiveLayer)
			if l == nil {
				return // removed in the layers panel
			}
			if sel := w.Map.Selected(); sel != nil && sel.Layer == l.Layer {
				w.Map.ClearSelection()
			}
			l.Layer = archivePlacesLayer(n.name, places)
			w.Map.Redraw()
			w.log.printf("archive pins from=%s to=%s places=%d", from.Format(time.DateOnly), to.Format(time.DateOnly), len(places))
		})
	}()
}

// pinSquare is a square a millionth of a degree around a pin's point: the
// region that holds the place pinned there and nothing else.
func pinSquare(p orb.Point) orb.Polygon {
	const d = 1e-6
	return orb.Polygon{{{p[0] - d, p[1] - d}, {p[0] + d, p[1] - d}, {p[0] + d, p[1] + d}, {p[0] - d, p[1] + d}, {p[0] - d, p[1] - d}}}
}

// openStory shows a story of the archive in the article panel, its places
// pinned and the timeline at its date; with a passage, the place the
// passage names first is highlighted and scrolled to. The article is read off the UI goroutine;
// the one it replaces comes back with Undo Open Article.
func (w *Window) openStory(s story, p *passage) {
	n := w.news
	arch := n.arch
	if arch == nil {
		return
	}
	n.busy.Add(1)
	go func() {
		defer n.busy.Done()
		art, err := s.article, error(nil)
		if art == nil {
			art, err = arch.Article(context.Background(), s.ID)
		}
		w.gate.Do(func() {
			if err != nil {
				w.showError(errors.New(w.fail(fmt.Errorf("%s: %w", s.Source, err))))
				return
			}
			if n.arch != arch {
				return
			}
			w.replacedArticle(w.Atlas.Article)
			w.Atlas.SetArticle(art)
			w.Map.ClearSelection()
			w.articleChanged()
			w.layers.rebuild()
			w.Map.Redraw()
			w.Win.SetMainMenu(w.mainMenu())
			n.story = &s
			// The control zones as they stood on the story's day.
			if ax := w.timeline.axis; !s.Date.IsZero() && !s.Date.Before(ax.start) && !s.Date.After(ax.end) {
				w.setDate(s.Date)
			}
			place := -1
			if p != nil {
				place = passagePlace(art, *p)
			}
			w.article.highlight(place)
			if place >= 0 {
				w.article.scrollTo(place)
				w.log.printf("story open %s highlight=%s", s.ID, strings.ReplaceAll(art.Places[place].Name, " ", "_"))
			} else {
				w.log.printf("story open %s", s.ID)
			}
		})
	}()
}

// logStoryRows logs where the Stories list shows each related story and
// passage (logical pixels in the window), for end-to-end scripts to click
// them.
func (w *Window) logStoryRows() {
	if w.log == nil {
		return
	}
	// The rows take their places in the window once the list is drawn.
	go func() {
		time.Sleep(300 * time.Millisecond)
		w.gate.Do(w.logShownRows)
	}()
}

func (w *Window) logShownRows() {
	d := w.app.Driver()
	type shown struct{ at, size fyne.Size }
	rows := map[int]shown{}
	w.stories.shownRows(func(id int, o fyne.CanvasObject) {
		if at := d.AbsolutePositionForObject(o); !at.IsZero() { // an item set aside is at 0, 0
			rows[id] = shown{fyne.NewSize(at.X, at.Y), o.Size()}
		}
	})
	w.log.printf("stories related region=%s rows=%d shown=%d", strings.ReplaceAll(w.stories.region, " ", "_"), len(w.stories.rows), len(rows))
	for id, r := range w.stories.rows {
		s, ok := rows[id]
		if !ok {
			continue
		}
		kind, what := "story", r.story.Title
		if r.passage != nil {
			kind, what = "passage", strings.Join(r.passage.Places, ",")
		}
		w.log.printf("stories row %d kind=%s x=%g y=%g width=%g height=%g what=%s", id, kind, s.at.Width, s.at.Height, s.size.Width, s.size.Height, strings.ReplaceAll(what, " ", "_"))
	}
}

// passagePlace is the index of the place of art mentioned first within a
// passage, or -1.
func passagePlace(art *atlas.Article, p passage) int {
	best, at := -1, -1
	for i, pl := range art.Places {
		for _, m := range pl.Mentions {
			if m.Start >= p.Start && m.End <= p.End && (at < 0 || m.Start < at) {
				best, at = i, m.Start
			}
		}
	}
	return best
}
