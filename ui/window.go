// Package ui is the News Atlas window: the map beside the article (its
// mentions links to their pins, a Markdown article laid out with its
// headings, lists, quotes and tables), the layers, info and sources panels,
// the timeline with its time window and a timed layer's histogram, a news
// archive's stories, find, the style editor, the swipe between two dates,
// live layers, PNG and animation export, menus, dialogs and the session
// kept between runs (see session.go) and saved as projects.
package ui

import (
	"fmt"
	"image/color"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/paulmach/orb"

	"newsatlas/atlas"
	"newsatlas/internal/gate"
	"newsatlas/layer"
	"newsatlas/mapview"
	"newsatlas/render"
)

// Options change how the window starts.
type Options struct {
	// DebugLog is a file to append one line per event to (selections,
	// views, errors, "ready"), for end-to-end tests; "" for none.
	DebugLog string
	// RestoreSession brings back the session of the last run (its
	// layers, article, date, view, selection and the window's layout),
	// when there is one; main asks for it when started with no files.
	RestoreSession bool
	// SessionFile is where the session is kept between runs: it is
	// written on quit. "" for LastSessionName in the app's storage folder.
	SessionFile string
	// Version is the app's version for Help > About ("0.1.0 (build 1)",
	// from FyneApp.toml); "" for the version Fyne's metadata gives.
	Version string
}

// Window is the main window.
type Window struct {
	Win   fyne.Window
	Atlas *atlas.Atlas
	Map   *mapview.Map

	app      fyne.App
	log      *debugLog
	info     *infoPanel
	layers   *layersPanel
	article  *articlePanel
	timeline *timelineBar
	sources  *sourcesPanel
	stories  *storiesPanel // an opened news archive's articles (stories.go)
	news     *newsArchive  // the news archive open, if any (archiveopen.go)
	find     *findField
	status   *widget.Label
	hover    *widget.Label
	tabs     *container.AppTabs
	split    *container.Split
	side     *container.Split
	ready    bool
	quitting bool
	gate     gate.Gate // work goroutines hand the UI goroutine; shut on quit
	// later runs f on the UI goroutine after the event being handled
	// (see keepMapKeys).
	later func(f func())
	// lastSession is the file the session is written to on quit.
	lastSession string
	trim        trimmer          // gives memory back once the window rests
	dialogs     []dismissable    // shown by show, oldest first
	replaced    []*atlas.Article // articles File > Open replaced, oldest first (see undoOpen)
	live        liveFetcher      // fetches the live layers for the view (see liveView)
	version     string           // for Help > About (Options.Version)
}

// New builds the main window on a.
func New(app fyne.App, a *atlas.Atlas, opt Options) *Window {
	w := &Window{Atlas: a, app: app, Win: app.NewWindow(Title(a)), version: opt.Version}
	w.log = openDebugLog(opt.DebugLog)
	w.lastSession = lastSessionPath(app, opt)
	w.Map = mapview.New(a)
	w.Map.Animate = true
	w.info = newInfoPanel(w.Map.ZoomToFeature)
	w.layers = newLayersPanel(w)
	w.article = newArticlePanel(w.mentionTapped)
	w.sources = newSourcesPanel()
	w.news = &newsArchive{open: indexedArchive(a.Gazetteer)}
	w.stories = newStoriesPanel(w.gate.Do, w.openStory)
	w.stories.onRelated = w.logStoryRows
	w.stories.onWindow = w.archiveWindow
	w.timeline = newTimelineBar(a, w.setDate)
	w.find = newFindField(a, w.goTo)
	w.status = widget.NewLabel("")
	// Not monospace: the theme's digits are all one width already (and
	// padding takes figure spaces), while a monospace face costs 20 MB of
	// font tables (the emoji and system fallbacks Fyne loads per style).
	w.hover = widget.NewLabel("")
	w.hover.Truncation = fyne.TextTruncateEllipsis

	w.Map.OnSelect = w.selected
	w.Map.OnCursor = w.cursor
	w.Map.OnHover = w.hovered
	w.Map.OnView = w.viewShown
	w.Map.OnSecondaryTap = w.showMapMenu

	zoom := container.NewVBox(
		iconButton(theme.ZoomInIcon(), "Zoom in", w.Map.ZoomIn),
		iconButton(theme.ZoomOutIcon(), "Zoom out", w.Map.ZoomOut),
		iconButton(theme.HomeIcon(), "Opening view", w.Map.Home),
	)
	mapArea := container.NewBorder(nil,
		container.NewVBox(w.timeline.object(), container.NewBorder(nil, nil, nil, w.status, w.hover)),
		nil, nil,
		container.NewStack(w.Map, w.timeline.swipe, container.NewBorder(container.NewHBox(container.NewPadded(zoom), layout.NewSpacer()), nil, nil, nil), w.find.object()),
	)
	w.timeline.relayout = mapArea.Refresh
	w.tabs = container.NewAppTabs(
		container.NewTabItem("Info", container.NewVScroll(w.info.object())),
		container.NewTabItem("Layers", container.NewVScroll(w.layers.object())),
		container.NewTabItem("Sources", container.NewVScroll(w.sources.object())),
	)
	w.tabs.Append(w.stories.tab)
	w.side = container.NewVSplit(w.article.object(), w.tabs)
	w.side.Offset = 0.55
	w.split = container.NewHSplit(mapArea, w.side)
	w.split.Offset = 0.64
	// A transparent spacer holds the window at its minimum size.
	floor := canvas.NewRectangle(color.Transparent)
	floor.SetMinSize(MinWindowSize)
	w.Win.SetContent(container.NewStack(floor, w.split))
	w.Win.SetMainMenu(w.mainMenu())
	w.addShortcuts()
	w.keepMapKeys()
	// Keys nothing else takes move the map, unless a dialog is up.
	w.Win.Canvas().SetOnTypedRune(func(r rune) {
		if !w.dialogUp() {
			w.Map.TypedRune(r)
		}
	})
	w.Win.Canvas().SetOnTypedKey(w.typedKey)
	w.Win.SetOnDropped(w.dropped)
	w.Win.Resize(fyne.NewSize(1200, 760))
	w.Win.SetCloseIntercept(w.quit)
	w.Win.SetOnClosed(w.stories.stop)
	// The article's words take the theme's colours when made: make them
	// again when the system switches between light and dark.
	app.Settings().AddListener(func(fyne.Settings) {
		fyne.Do(func() { w.article.set(w.Atlas.Article) })
	})
	w.articleChanged()
	w.setDate(a.Date)
	w.layers.rebuild()
	if !opt.RestoreSession || !w.restoreLast() {
		w.restore(opt.RestoreSession)
		w.restoreLayout()
	}
	return w
}

// dialogUp reports whether a dialog or pop-up covers the window.
func (w *Window) dialogUp() bool { return w.Win.Canvas().Overlays().Top() != nil }

// Title is the window title: News Atlas and the article's headline.
func Title(a *atlas.Atlas) string {
	if a.Article == nil || a.Article.Title == "" {
		return "News Atlas"
	}
	return "News Atlas - " + a.Article.Title
}

// iconButton is a map button with its label as a tooltip (see tipButton).
func iconButton(icon fyne.Resource, label string, tapped func()) *tipButton {
	return newTipButton(icon, label, tapped)
}

// selected shows a click's result: the info panel for the topmost
// feature; a pin also highlights its mentions in the article.
func (w *Window) selected(hits []atlas.Hit) {
	w.zoomCluster(hits)
	if len(hits) == 0 {
		w.info.clear()
		w.article.highlight(-1)
		w.Map.Emphasize(nil)
		w.log.printf("select none")
		return
	}
	h := hits[0]
	w.info.show(h, len(hits)-1)
	w.tabs.SelectIndex(0)
	w.log.printf("select %s control=%s name=%s", h.Layer, propString(h.Properties, "control"), strings.ReplaceAll(hitName(h), " ", "_"))
	if h.Layer == atlas.Places && w.Atlas.Article != nil {
		i := w.Atlas.Article.PlaceIndex(h.Ref.Feature)
		w.info.setRunnerUp(w.Atlas.Article.RunnerUp(i))
		w.showCandidates(i)
		w.article.highlight(i)
		w.article.scrollTo(i)
		w.Map.Emphasize(&h.Ref)
	} else {
		w.article.highlight(-1)
		w.Map.Emphasize(nil)
		w.archiveRegion(hits)
	}
}

// mentionTapped flies the map to the place a mention names and selects
// its pin.
func (w *Window) mentionTapped(place int) {
	art := w.Atlas.Article
	if art == nil || place < 0 || place >= len(art.Places) {
		return
	}
	p := art.Places[place]
	w.flyToPlace(p)
	w.log.printf("mention %s lon=%.4f lat=%.4f", strings.ReplaceAll(p.Name, " ", "_"), p.Lon, p.Lat)
	pins := w.Atlas.Layer(atlas.Places)
	if pins == nil || pins.Layer == nil || place >= len(pins.Features) {
		return
	}
	ref := layer.Ref{Layer: pins.Layer, Feature: place}
	if pins.Hidden {
		w.Atlas.SetHidden(atlas.Places, false)
		w.layers.rebuild()
		w.Map.Redraw()
	}
	w.Map.Select(&ref)
	w.selected([]atlas.Hit{{Layer: atlas.Places, Properties: pins.Features[place].Properties(), Ref: ref}})
}

func (w *Window) cursor(p orb.Point, ok bool) {
	if !ok {
		w.status.SetText("")
		return
	}
	v := w.Map.View()
	w.status.SetText(fmt.Sprintf("%s  %s  z %.1f", formatLat(p[1]), formatLon(p[0]), v.Zoom))
}

func (w *Window) hovered(h *atlas.Hit) {
	if h == nil {
		w.hover.SetText("")
		return
	}
	name := hitName(*h)
	if c := propString(h.Properties, "control"); c != "" {
		name += " (" + c + ")"
	}
	w.hover.SetText(h.Layer + ": " + name)
}

func (w *Window) viewShown(v render.Viewport) {
	w.trim.touch()
	w.timeline.follow(v)
	w.liveView(v)
	w.stories.viewChanged(v.LonLatBound())
	if w.log != nil {
		// x, y: where the map sits in the window (logical pixels), so that
		// a script can turn lon/lat into a place to click.
		at := w.app.Driver().AbsolutePositionForObject(w.Map)
		w.log.printf("view lon=%.6f lat=%.6f zoom=%.4f width=%d height=%d scale=%g x=%g y=%g frame=%.1fms exact=%v", v.Center[0], v.Center[1], v.Zoom, v.Width, v.Height, v.PixelScale(), at.X, at.Y, float64(w.Map.FrameTime().Microseconds())/1000, w.Map.FrameExact())
	}
	if !w.ready {
		w.ready = true
		w.log.printf("ready")
		w.logControls()
		// With the first frame up, make the control zones of every change
		// date, so that the timeline slider finds them made.
		if w.Atlas.Timeline != nil {
			go func() {
				w.Atlas.Timeline.Warm()
				w.trim.touch()
			}()
		}
	}
}

// articleChanged shows the current article: its text, its title in the
// window's, its pins.
func (w *Window) articleChanged() {
	w.Win.SetTitle(Title(w.Atlas))
	w.article.set(w.Atlas.Article)
}

// setDate moves the control zones to date d.
func (w *Window) setDate(d time.Time) {
	if !d.Equal(w.Atlas.Date) {
		w.Atlas.SetDate(d)
	}
	w.timeline.set(d)
	w.stories.dateChanged(d)
	w.log.printf("date %s", d.Format(time.DateOnly))
	w.sources.set(w.Atlas.Date, w.Atlas.Timeline.Sources(d))
	// A control zone or a timed layer's feature may be gone at d.
	if sel := w.Map.Selected(); sel != nil && sel.Layer != nil && (sel.Layer.Name == atlas.AleppoControl || sel.Layer.Times() != nil && w.Atlas.Window.Mode != atlas.AllTimes) {
		w.Map.ClearSelection()
	}
	w.Map.Redraw()
}

func formatLat(v float64) string {
	h := "N"
	if v < 0 {
		h, v = "S", -v
	}
	return figurePad(fmt.Sprintf("%7.4f°%s", v, h))
}

func formatLon(v float64) string {
	h := "E"
	if v < 0 {
		h, v = "W", -v
	}
	return figurePad(fmt.Sprintf("%8.4f°%s", v, h))
}

// figurePad turns the spaces that pad a number on the left into figure
// spaces (U+2007, as wide as a digit), so that the status line keeps its
// width in the theme's proportional face as the pointer moves.
func figurePad(s string) string {
	n := len(s) - len(strings.TrimLeft(s, " "))
	return strings.Repeat("\u2007", n) + s[n:]
}
