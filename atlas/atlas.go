// Package atlas is the engine behind both the window and the command line:
// the built-in layers, the article and its places, the date of the control
// zones, identify and the scene to render. The GUI and the CLI call the
// same methods, so what a test proves of one holds for the other.
package atlas

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"image/color"
	"strings"
	"time"

	"newsatlas/control"
	"newsatlas/layer"
	"newsatlas/places"
	"newsatlas/render"
	"newsatlas/style"
	"newsatlas/timeline"
)

// Built-in layer names (a contract: scripts and --hide use them).
const (
	Countries         = "countries"
	SyriaGovernorates = "syria-governorates"
	AleppoControl     = "aleppo-control"
	Places            = "places"
)

// DefaultDate is the date of the built-in article, and of the control
// zones shown with it.
var DefaultDate = time.Date(2016, 10, 19, 0, 0, 0, 0, time.UTC)

// Attribution credits the sources of all the built-in data; it is shown in
// the About box. A map credits those of the layers it shows (see
// Atlas.Credit).
const Attribution = "Natural Earth · OCHA · GeoNames (CC BY 4.0) · Columbia CSR"

// credits are the parts of Attribution, each with the built-in layer whose
// data it credits.
var credits = []struct{ layer, credit string }{
	{Countries, "Natural Earth"},
	{SyriaGovernorates, "OCHA"},
	{Places, "GeoNames (CC BY 4.0)"},
	{AleppoControl, "Columbia CSR"},
}

// Credit is the credit line of a map of the atlas as it stands: the
// sources of the built-in layers shown, "" when none is.
func (a *Atlas) Credit() string {
	var parts []string
	for _, c := range credits {
		if l := a.Layer(c.layer); l != nil && !l.Hidden && l.Layer != nil && len(l.Features) > 0 {
			parts = append(parts, c.credit)
		}
	}
	return strings.Join(parts, " · ")
}

// Atlas is the state of one map: layers bottom first, the article, the date.
type Atlas struct {
	Renderer  *render.Renderer
	Gazetteer *places.Gazetteer
	Timeline  *timeline.Timeline
	Layers    []render.Layer // bottom first
	Article   *Article
	Date      time.Time
	opened    int // user layers opened so far, for their default colours
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
	a := &Atlas{Renderer: r, Gazetteer: g, Timeline: tl, Date: DefaultDate}
	a.Layers = []render.Layer{
		{Layer: countries, Opacity: 1, Labels: true},
		{Layer: govs, Opacity: 1, Labels: true},
		{Layer: a.controlLayer(), Opacity: 1, Labels: true},
		{Opacity: 1, Labels: true},
	}
	if art != nil {
		a.Layers[3].Layer = art.Layer()
		a.Article = art
	}
	for i, name := range []string{Countries, SyriaGovernorates, AleppoControl, Places} {
		if a.Layers[i].Layer == nil {
			a.Layers[i] = skipped(name)
		}
	}
	return a, nil
}

// builtin reads an embedded gzip-compressed GeoJSON layer, parsing while
// it decompresses.
func builtin(name, source string, gz []byte, st style.Style) (*layer.Layer, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, fmt.Errorf("built-in %s: %w", name, err)
	}
	l, err := layer.ReadContext(context.Background(), name, zr, layer.Options{Style: st})
	if err != nil {
		return nil, fmt.Errorf("built-in %s: %w", name, err)
	}
	l.Source = source
	return l, nil
}

func countryStyle() style.Style {
	s := style.Spec
	s.Fill = color.NRGBA{0xf3, 0xf0, 0xe8, 0xff}
	s.Stroke = color.NRGBA{0x9a, 0x93, 0x8c, 0xff}
	s.StrokeWidth = 0.8
	return s
}

func governorateStyle() style.Style {
	s := style.Spec
	s.Fill = color.NRGBA{0xe8, 0xe0, 0xd0, 0x40}
	s.Stroke = color.NRGBA{0x8c, 0x6d, 0x9e, 0xff}
	s.StrokeWidth = 1.2
	return s
}

// Layer returns the map layer with that name, or nil.
func (a *Atlas) Layer(name string) *render.Layer {
	for i := range a.Layers {
		if a.Layers[i].Name == name {
			return &a.Layers[i]
		}
	}
	return nil
}

// Scene is what to draw now: the layers as they stand, the legend of the
// control zones and the attribution.
func (a *Atlas) Scene() *render.Scene {
	if c := a.Layer(AleppoControl); c != nil && !c.Hidden && c.Display == nil {
		c.Display = a.zonesLayer()
	}
	s := &render.Scene{
		Layers:      append([]render.Layer(nil), a.Layers...),
		ScaleBar:    true,
		Attribution: a.Credit(),
	}
	s.Legend = a.Legend()
	if c := a.Layer(AleppoControl); c != nil && !c.Hidden {
		s.LegendTitle = "Aleppo, as of " + a.Date.Format("2 Jan 2006")
	} else if len(s.Legend) > 0 {
		s.LegendTitle = "Legend"
	}
	return s
}

// Legend lists the control classes present at the current date (when
// the control layer is shown), the article's pins and each layer the user
// opened, in the style of its first feature.
func (a *Atlas) Legend() []render.LegendItem {
	present := map[string]bool{}
	if c := a.Layer(AleppoControl); c != nil && !c.Hidden {
		for i := range c.Features {
			present[c.Features[i].String("control")] = true
		}
	}
	var out []render.LegendItem
	for _, c := range control.All {
		if present[c] {
			st, _ := style.Faction(c)
			out = append(out, render.LegendItem{Label: control.Label(c), Style: st})
		}
	}
	if p := a.Layer(Places); p != nil && !p.Hidden && len(p.Features) > 0 {
		out = append(out, render.LegendItem{Label: "Place in the article", Style: pinStyle(), Point: true})
	}
	for i := range a.Layers {
		l := &a.Layers[i]
		if l.Hidden || builtinName(l.Name) || len(l.Features) == 0 {
			continue
		}
		out = append(out, render.LegendItem{Label: l.Name, Style: l.StyleOf(0), Point: pointsOnly(l.Layer)})
	}
	return out
}

// builtinName reports whether a layer name is one of the built-in layers.
func builtinName(name string) bool {
	switch name {
	case Countries, SyriaGovernorates, AleppoControl, Places:
		return true
	}
	return false
}

// pointsOnly reports whether a layer holds nothing but points.
func pointsOnly(l *layer.Layer) bool {
	for t := range l.Types {
		if t != "Point" && t != "MultiPoint" && t != "null" {
			return false
		}
	}
	return true
}
