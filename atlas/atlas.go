// Package atlas is the engine behind both the window and the command line: the built-in
// layers (one list of them: Builtins), the article (plain text, HTML or Markdown, its
// offsets led back to the file's bytes) and its places with the user's re-pins (Repin),
// the date of the control zones, the layers' visibility, opacity and order, their
// restyling by a rule (SetStyle), identify, find (a Finder over the gazetteer and the
// open layers), the legend and the scene to render or export, live layers fetched per
// view from a live.Source (PostGIS, vector tiles: live.go, openers.go), and snapshots
// of it all for other goroutines. The GUI and the CLI call the same methods, so what a
// test proves of one holds for the other. A Session is all of it as a project file
// keeps it (SaveSession, LoadSession), and Restore brings one back. Layers whose
// features have times (timed layers) are filtered by the date through a Window, a
// moving one of ± days or everything up to the date (time.go); Frames draws the map at
// a run of dates, for an animation, Compare two side by side and DrawAt one
// (animate.go, swipe.go).
package atlas

import (
	"fmt"
	"time"

	"newsatlas/layer"
	"newsatlas/places"
	"newsatlas/render"
	"newsatlas/timeline"
)

// DefaultDate is the date of the built-in article, and of the control
// zones shown with it.
var DefaultDate = time.Date(2016, 10, 19, 0, 0, 0, 0, time.UTC)

// Atlas is the state of one map: layers bottom first, the article, the date.
type Atlas struct {
	Renderer  *render.Renderer
	Gazetteer *places.Gazetteer
	Timeline  *timeline.Timeline
	Layers    []render.Layer // bottom first
	Article   *Article
	Date      time.Time
	Window    Window // how timed layers are filtered by Date (time.go)
	dated     *datedCache
	opened    int // user layers opened so far, for their default colours
	// colours is the default colour number (style.ForLayer) each opened
	// layer was drawn in, for its session.
	colours map[*layer.Layer]int
	// live are the sources of the live layers (see AddLive).
	live []*liveLayer
	// repins are the places the user pinned elsewhere, by article (Article.Key).
	repins map[string][]Repin
	// kinds names the part of its source each feature of a live layer's
	// answer came from, by answer (see hitLayer); replaced, never changed.
	kinds map[*layer.Layer][]string
	// clusters are the last view's clusters, for identify (cluster.go).
	clusters *clusterCache
}

// New loads the built-in data: the basemap, Syria's governorates, Aleppo's
// control zones at DefaultDate and the built-in article with its pins, all
// at once on their own goroutines.
func New() (*Atlas, error) { return NewWith(Options{}) }

// NewWith is New that leaves out the built-in layers opt.Skip names.
func NewWith(opt Options) (*Atlas, error) {
	var (
		r               *render.Renderer
		g               *places.Gazetteer
		art             *Article
		tl              *timeline.Timeline
		countries, govs *layer.Layer
		base            *basemap
		baseLayer       *layer.Layer
	)
	// The parts do not depend on one another: load them at once.
	err := together(
		func() (err error) { r, err = render.New(); return err },
		func() (err error) {
			if opt.skips(Places) {
				return nil
			}
			if g, err = places.LoadGazetteer(); err == nil {
				art = DefaultArticle(g)
			}
			return err
		},
		func() (err error) {
			if opt.skips(AleppoControl) {
				return nil
			}
			if tl, err = timeline.Load(); err != nil {
				return fmt.Errorf("aleppo control data: %w", err)
			}
			return nil
		},
		func() (err error) {
			if opt.skips(Countries) {
				return nil
			}
			countries, err = builtin(Countries, "Natural Earth 1:10m countries v5.1.2 (public domain)", countriesGz(), countryStyle())
			return err
		},
		func() (err error) {
			if opt.skips(Basemap) {
				return nil
			}
			base, baseLayer, err = loadBasemap(basemapLevels())
			return err
		},
		func() (err error) {
			if opt.skips(SyriaGovernorates) {
				return nil
			}
			govs, err = builtin(SyriaGovernorates, "OCHA Syria admin 1 governorates, via HDX (2015)", governoratesGz(), governorateStyle())
			return err
		},
	)
	if err != nil {
		return nil, err
	}
	a := &Atlas{Renderer: r, Gazetteer: g, Timeline: tl, Date: DefaultDate, dated: &datedCache{}, clusters: &clusterCache{}}
	a.Layers = []render.Layer{
		{Layer: countries, Opacity: 1, Labels: true},
		{Layer: baseLayer, Opacity: 1, Labels: true},
		{Layer: govs, Opacity: 1, Labels: true},
		{Layer: a.controlLayer(), Opacity: 1, Labels: true},
		{Opacity: 1, Labels: true},
	}
	if base != nil {
		a.Layers[1].Detail = base
	}
	if art != nil {
		a.Layers[4].Layer = art.Layer()
		a.Article = art
	}
	for i, b := range builtins {
		if a.Layers[i].Layer == nil {
			a.Layers[i] = skipped(b.name)
		}
	}
	return a, nil
}
