package atlas

import (
	"errors"
	"path/filepath"
	"strings"
	"time"

	"newsatlas/layer"
	"newsatlas/render"
	"newsatlas/style"
)

// Session is what a project file (.newsatlas) holds, as QGIS keeps a
// project: the layers in their drawing order with their visibility,
// opacity and colour, the article, the date of the control zones, and
// the view, the selection and the window's layout the window adds. Paths
// are absolute in a Session; SaveSession writes them relative to the
// file and LoadSession reads them back.
type Session struct {
	// Article is the article's file, "" for the built-in one.
	Article string
	// Date is the date of the control zones.
	Date time.Time
	// TimeWindow is how timed layers are filtered by Date.
	TimeWindow Window
	// Layers are every layer, bottom first.
	Layers []SessionLayer
	// View is the map's centre and zoom; nil for the opening view.
	View *SessionView
	// Selection is the selected feature; nil for none.
	Selection *SessionSelection
	// Window is how the window was laid out; nil when not known. The
	// engine keeps it for the window and does not use it.
	Window *SessionWindow
	// Repins are the places the user pinned at another reading, by the
	// article's Key: applied whenever that article is opened.
	Repins map[string][]Repin
	// Archive is the sources of the news archive open (folders, feeds,
	// NDJSON or ZIP files of articles), nil for none. The engine keeps
	// them for the window, which opens them again through their index.
	Archive []string
	// ArchiveStory is the source of the archive's story shown in the
	// article panel (a file, or a file and its line or item:
	// "news.ndjson:3"), "" for none: the window opens it again from the
	// archive, in place of Article.
	ArchiveStory string
	// ArchiveSearch is the text the archive's stories are searched for
	// ("" for none), and ArchiveDays their date window: the days up to
	// Date listed (0 for any date). The engine keeps them for the window.
	ArchiveSearch string
	ArchiveDays   int
}

// SessionLayer is one layer of a session: a built-in layer by its name,
// a layer the user opened by its file too.
type SessionLayer struct {
	Name    string
	Path    string // the file opened; "" for a built-in layer
	Colour  int    // its default colour, style.ForLayer(Colour); opened layers only
	Hidden  bool
	Opacity float64
	// Style is how the user restyled the layer (see SetStyle); the zero
	// Rule for its styles as loaded.
	Style style.Rule
	// NoCluster is set when the layer's pins are never clustered.
	NoCluster bool
}

// SessionView is a map's centre and zoom.
type SessionView struct {
	Lon, Lat, Zoom float64
}

// SessionSelection is a selected feature: its layer's name and its index
// in the layer.
type SessionSelection struct {
	Layer   string
	Feature int
}

// SessionWindow is the window's size (logical pixels) and the offsets of
// its two split panes.
type SessionWindow struct {
	Width, Height    float64
	Split, SideSplit float64
}

// Session is the atlas as a session: its layers, article and date. The
// view, the selection and the window are the caller's to add.
func (a *Atlas) Session() Session {
	s := Session{Date: a.Date, TimeWindow: a.Window}
	if a.Article != nil && a.Article.Path != "" {
		s.Article = absPath(a.Article.Path)
	}
	for _, l := range a.Layers {
		sl := SessionLayer{Name: l.Name, Hidden: l.Hidden, Opacity: l.Opacity, NoCluster: l.NoCluster}
		if l.Styling != nil {
			sl.Style = l.Styling.Rule
		}
		if !IsBuiltin(l.Name) && l.Layer != nil {
			sl.Path = absPath(Kept(l.Source))
			sl.Colour = a.colours[l.Layer]
		}
		s.Layers = append(s.Layers, sl)
	}
	for k, rs := range a.repins {
		if s.Repins == nil {
			s.Repins = map[string][]Repin{}
		}
		s.Repins[k] = append([]Repin(nil), rs...)
	}
	return s
}

// Restore makes the atlas what session s describes: the layers the user
// had opened are dropped, s's are opened again in their colours, every
// layer takes its place, visibility and opacity, and the article and the
// date are s's. A file that cannot be opened (it has gone, say) is left
// out and the rest restored: the error joins one line per such file, and
// Restore returns the names the opened layers took, by the name s gave
// them (the same unless the file's name changed). An unknown built-in
// layer is left out silently: a session of a later version may name one.
func (a *Atlas) Restore(s Session) (map[string]string, error) {
	var errs []error
	for i := len(a.Layers) - 1; i >= 0; i-- {
		if !IsBuiltin(a.Layers[i].Name) {
			a.Layers = append(a.Layers[:i], a.Layers[i+1:]...)
		}
	}
	a.opened, a.colours = 0, nil
	for _, sl := range s.Layers {
		if sl.Path != "" {
			a.opened = max(a.opened, sl.Colour+1)
		}
	}
	names := map[string]string{}
	var order []string
	for _, sl := range s.Layers {
		name := sl.Name
		if rl, ok, err := a.restoreLive(sl.Path); ok {
			if err != nil {
				errs = append(errs, err)
				continue
			}
			name, names[sl.Name] = rl.Name, rl.Name
		} else if sl.Path != "" {
			l, err := layer.Load(sl.Path, layer.Options{Style: style.ForLayer(sl.Colour)})
			if err != nil {
				errs = append(errs, err)
				continue
			}
			rl := a.addLayer(l, sl.Colour)
			name = rl.Name
			names[sl.Name] = name
		}
		l := a.Layer(name)
		if l == nil {
			continue
		}
		l.Hidden = sl.Hidden
		if err := a.SetOpacity(name, sl.Opacity); err != nil {
			l.Opacity = 1
		}
		l.NoCluster = sl.NoCluster
		if err := a.SetStyle(name, sl.Style); err != nil {
			errs = append(errs, err)
		}
		order = append(order, name)
	}
	for i, name := range order {
		a.Move(name, i)
	}
	a.repins = nil
	for k, rs := range s.Repins {
		for _, r := range rs {
			a.remember(k, r)
		}
	}
	switch {
	case s.Article != "":
		if _, err := a.OpenArticle(s.Article); err != nil {
			errs = append(errs, err)
		}
	case a.Gazetteer != nil && a.Article != nil && a.Article.Path != "":
		a.SetArticle(DefaultArticle(a.Gazetteer))
	case a.Article != nil:
		a.SetArticle(a.Article) // the built-in article, pinned as s re-pinned it
	}
	if !s.Date.IsZero() && !s.Date.Equal(a.Date) {
		a.SetDate(s.Date)
	}
	a.SetWindow(s.TimeWindow)
	return names, errors.Join(errs...)
}

// addLayer is AddLayer for a layer drawn in default colour number c.
func (a *Atlas) addLayer(l *layer.Layer, c int) *render.Layer {
	opened := a.opened
	rl := a.AddLayer(l)
	a.opened = opened
	if a.colours == nil {
		a.colours = map[*layer.Layer]int{}
	}
	a.colours[l] = c
	return rl
}

func absPath(p string) string {
	if strings.Contains(p, "://") { // a URL or a connection string
		return p
	}
	if abs, err := filepath.Abs(p); err == nil {
		return abs
	}
	return p
}
