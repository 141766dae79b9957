package ui

import (
	"fmt"
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geo"

	"newsatlas/atlas"
	"newsatlas/control"
	"newsatlas/layer"
	"newsatlas/places"
)

// arabicKeys are the properties that hold a feature's Arabic name, most
// specific first. (Its name is the layer's: atlas.Hit.Name.)
var (
	arabicKeys = []string{"name_ar", "NAME_AR"}
	// factKeys are shown as facts above the table, in this order: a
	// control zone's holder, since when and on whose report, and the
	// latest report that confirms it.
	factKeys = []string{"control", "as_of", "since", "source", "source_url", "confirmed", "confirmed_url"}
)

// infoPanel shows what a click on the map identified.
type infoPanel struct {
	box     *fyne.Container
	heading *widget.Label
	name    *widget.Label
	arabic  *widget.Label
	also    *widget.Label // a pin's runner-up reading
	facts   *fyne.Container
	table   *fyne.Container
	more    *widget.Label
	zoom    *widget.Button
	copy    *widget.Button // copies Text to the clipboard
	ref     layer.Ref
	// pinTo lists an article pin's readings, to pin the place at another.
	pinTo  *widget.Select
	pinBox *fyne.Container
	cands  []places.Candidate
}

// newInfoPanel makes the panel; onZoom zooms the map to the feature shown.
func newInfoPanel(onZoom func(layer.Ref)) *infoPanel {
	p := &infoPanel{
		heading: widget.NewLabel(""),
		name:    widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		arabic:  widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{}),
		also:    widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Italic: true}),
		facts:   container.New(layout.NewFormLayout()),
		table:   container.New(layout.NewFormLayout()),
		more:    widget.NewLabel(""),
	}
	p.name.Wrapping = fyne.TextWrapWord
	p.more.Wrapping = fyne.TextWrapWord
	p.also.Wrapping = fyne.TextWrapWord
	p.name.Selectable, p.arabic.Selectable, p.also.Selectable = true, true, true
	p.zoom = widget.NewButtonWithIcon("Zoom to feature", theme.ZoomFitIcon(), func() { onZoom(p.ref) })
	p.copy = widget.NewButtonWithIcon("", theme.ContentCopyIcon(), p.copyText)
	p.pinTo = widget.NewSelect(nil, nil)
	p.pinBox = container.NewVBox(widget.NewLabel("Pin this place at another reading:"), p.pinTo)
	p.box = container.NewVBox(container.NewBorder(nil, nil, nil, container.NewHBox(p.copy, p.zoom), p.heading), p.name, p.arabic, p.also, p.pinBox, p.facts, widget.NewSeparator(), p.table, p.more)
	p.clear()
	return p
}

func (p *infoPanel) object() fyne.CanvasObject { return p.box }

// clear shows the hint.
func (p *infoPanel) clear() {
	p.heading.SetText("Click the map to identify a feature.")
	p.zoom.Hide()
	p.copy.Hide()
	p.setCandidates(nil, nil, nil)
	p.name.SetText("")
	p.arabic.SetText("")
	p.setRunnerUp(places.Candidate{}, false)
	p.facts.Objects = nil
	p.facts.Refresh()
	p.table.Objects = nil
	p.table.Refresh()
	p.more.SetText("")
}

// show presents a hit: layer, names, control facts, area and the other
// properties; others is how many more features lie under the click.
func (p *infoPanel) show(h atlas.Hit, others int) {
	p.heading.SetText("Layer: " + h.Layer)
	p.ref = h.Ref
	p.zoom.Show()
	p.copy.Show()
	p.name.SetText(hitName(h))
	p.setRunnerUp(places.Candidate{}, false)
	p.setCandidates(nil, nil, nil)
	p.arabic.SetText(firstString(h.Properties, arabicKeys))
	if p.arabic.Text == "" {
		p.arabic.Hide()
	} else {
		p.arabic.Show()
	}
	// The properties the names came from are not listed again.
	used := map[string]bool{}
	for k := range h.Properties {
		if v := propString(h.Properties, k); v != "" && (v == p.name.Text || v == p.arabic.Text) {
			used[k] = true
		}
	}
	p.facts.Objects = nil
	for _, k := range factKeys {
		v := propString(h.Properties, k)
		if v == "" {
			continue
		}
		used[k] = true
		if k == "control" {
			v = control.Label(v) + " (" + v + ")"
		}
		p.facts.Add(keyLabel(k))
		p.facts.Add(valueLabel(v))
	}
	if a := areaKm2(h); a > 0 {
		p.facts.Add(keyLabel("area"))
		p.facts.Add(valueLabel(formatArea(a)))
	}
	p.facts.Refresh()
	keys := make([]string, 0, len(h.Properties))
	for k := range h.Properties {
		if !used[k] {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	p.table.Objects = nil
	for _, k := range keys {
		p.table.Add(keyLabel(k))
		p.table.Add(valueLabel(fmt.Sprint(h.Properties[k])))
	}
	p.table.Refresh()
	switch others {
	case 0:
		p.more.SetText("")
	case 1:
		p.more.SetText("1 more feature lies under this point, in a layer below.")
	default:
		p.more.SetText(fmt.Sprintf("%d more features lie under this point, in layers below.", others))
	}
}

// setRunnerUp shows, under an article pin's name, the reading of the name
// the place finder weighed next ("also possible: Paris, US (city)"), or
// hides the line when ok is false.
func (p *infoPanel) setRunnerUp(c places.Candidate, ok bool) {
	if !ok {
		p.also.SetText("")
		p.also.Hide()
		return
	}
	where := c.Name
	if c.Country != "" {
		where += ", " + c.Country
	}
	if c.Kind != "" {
		where += " (" + c.Kind + ")"
	}
	p.also.SetText("also possible: " + where)
	p.also.Show()
}

// setCandidates lists the readings of an article pin's name, the one it is
// pinned at selected (current reports which), and calls pick with the one
// the user selects; no candidates, or only one, hide the list.
func (p *infoPanel) setCandidates(cands []places.Candidate, current func(places.Candidate) bool, pick func(places.Candidate)) {
	p.pinTo.OnChanged = nil
	p.cands = nil
	if len(cands) < 2 {
		p.pinTo.Options = nil
		p.pinTo.ClearSelected()
		p.pinBox.Hide()
		return
	}
	p.cands = cands
	opts := make([]string, len(cands))
	sel := -1
	for i, c := range cands {
		opts[i] = fmt.Sprintf("%d. %s", i+1, candidateLabel(c))
		if current != nil && current(c) {
			sel = i
		}
	}
	p.pinTo.Options = opts
	if sel >= 0 {
		p.pinTo.SetSelectedIndex(sel)
	} else {
		p.pinTo.ClearSelected()
	}
	p.pinTo.OnChanged = func(string) {
		if i := p.pinTo.SelectedIndex(); i >= 0 && i < len(p.cands) && pick != nil {
			pick(p.cands[i])
		}
	}
	p.pinBox.Show()
	p.pinTo.Refresh()
}

// candidateLabel is a reading as the list shows it: name, country, kind
// and population.
func candidateLabel(c places.Candidate) string {
	s := c.Name
	if c.Country != "" {
		s += ", " + c.Country
	}
	var about []string
	if c.Kind != "" {
		about = append(about, c.Kind)
	}
	if c.Population > 0 {
		about = append(about, "pop. "+groupDigits(c.Population))
	}
	if len(about) > 0 {
		s += " (" + strings.Join(about, ", ") + ")"
	}
	return s
}

// groupDigits writes n with thousands separators: 2,138,551.
func groupDigits(n int64) string {
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// copyText puts everything the panel shows on the clipboard.
func (p *infoPanel) copyText() {
	if a := fyne.CurrentApp(); a != nil {
		a.Clipboard().SetContent(p.Text())
	}
}

// Text is everything the panel shows, one item a line (for tests and the
// clipboard).
func (p *infoPanel) Text() string {
	var b strings.Builder
	for _, l := range []*widget.Label{p.heading, p.name, p.arabic, p.also} {
		if l != p.also || l.Text != "" {
			b.WriteString(l.Text + "\n")
		}
	}
	for _, c := range []*fyne.Container{p.facts, p.table} {
		for i, o := range c.Objects {
			if l, ok := o.(*widget.Label); ok {
				b.WriteString(l.Text)
				if i%2 == 0 {
					b.WriteString(": ")
				} else {
					b.WriteString("\n")
				}
			}
		}
	}
	b.WriteString(p.more.Text)
	return b.String()
}

func keyLabel(k string) *widget.Label {
	return widget.NewLabelWithStyle(k, fyne.TextAlignTrailing, fyne.TextStyle{Bold: true})
}

func valueLabel(v string) *widget.Label {
	l := widget.NewLabel(v)
	l.Wrapping = fyne.TextWrapWord
	l.Selectable = true
	return l
}

// areaKm2 is the geodesic area of a hit's polygons in km², 0 for points
// and lines.
func areaKm2(h atlas.Hit) float64 {
	if !h.Ref.Valid() {
		return 0
	}
	return polygonArea(h.Ref.Layer.Features[h.Ref.Feature].Geometry) / 1e6
}

func polygonArea(g orb.Geometry) float64 {
	switch g := g.(type) {
	case orb.Polygon, orb.MultiPolygon:
		a := geo.Area(g)
		if a < 0 {
			a = -a
		}
		return a
	case orb.Collection:
		s := 0.0
		for _, c := range g {
			s += polygonArea(c)
		}
		return s
	}
	return 0
}

func formatArea(km2 float64) string {
	switch {
	case km2 >= 100:
		return fmt.Sprintf("%.0f km²", km2)
	case km2 >= 1:
		return fmt.Sprintf("%.1f km²", km2)
	}
	return fmt.Sprintf("%.2f km²", km2)
}

// hitName is the name of the feature hit, as the map labels it and its
// tooltip shows it, or "(unnamed)".
func hitName(h atlas.Hit) string {
	if s := h.Name(); s != "" {
		return s
	}
	return "(unnamed)"
}

func firstString(props map[string]any, keys []string) string {
	for _, k := range keys {
		if s := propString(props, k); s != "" {
			return s
		}
	}
	return ""
}

func propString(props map[string]any, k string) string {
	v, ok := props[k]
	if !ok || v == nil {
		return ""
	}
	if s, ok := v.(string); ok {
		return s
	}
	return fmt.Sprint(v)
}
