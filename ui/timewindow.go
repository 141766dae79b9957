package ui

import (
	"image/color"
	"slices"
	"strings"
	"time"
	"unicode"

	"fyne.io/fyne/v2/widget"

	"newsatlas/atlas"
	"newsatlas/layer"
)

// windows are the choices of the timeline's window control, as
// windowLabel names them.
var windows = []atlas.Window{
	{}, {Mode: atlas.Moving}, {Mode: atlas.Moving, Days: 1}, {Mode: atlas.Moving, Days: 7},
	{Mode: atlas.Moving, Days: 30}, {Mode: atlas.Cumulative},
}

// windowLabel is what the control says for w: "All dates", "± 7 days",
// "Up to the date".
func windowLabel(w atlas.Window) string {
	d := []rune(w.Describe())
	d[0] = unicode.ToUpper(d[0])
	return string(d)
}

// windowControl is the timeline's choice of how the timed layers are
// filtered by the date.
type windowControl struct {
	*widget.Select
	ws []atlas.Window // the choices, as the options name them
}

// newWindowControl is the control for a's window; changed is called
// after the user changed it, and the atlas's window with it.
func newWindowControl(a *atlas.Atlas, changed func()) *windowControl {
	c := &windowControl{ws: slices.Clone(windows)}
	labels := make([]string, len(c.ws))
	for i, w := range c.ws {
		labels[i] = windowLabel(w)
	}
	c.Select = widget.NewSelect(labels, nil)
	c.show(a.Window)
	c.OnChanged = func(label string) {
		if i := slices.Index(c.Options, label); i >= 0 && c.ws[i] != a.Window {
			a.SetWindow(c.ws[i])
			changed()
		}
	}
	return c
}

// show shows window w as the choice, adding it to the choices if it is
// not among them (a session may bring ± 3 days).
func (c *windowControl) show(w atlas.Window) {
	if !slices.Contains(c.ws, w) {
		c.ws = append(c.ws, w)
		c.Options = append(c.Options, windowLabel(w))
	}
	if l := windowLabel(w); c.Selected != l {
		c.SetSelected(l)
	}
}

// spanOf is the timeline's axis: from July 2012 to the control record's
// end, widened to take in the timed layers' features and the days of an
// archive's articles (days, in order; none without an archive).
func spanOf(a *atlas.Atlas, days []dayCount) axis {
	ax := axis{start: timelineStart, end: a.RecordEnd()}
	if !ax.end.After(ax.start) { // no record: a year from the start
		ax.end = ax.start.AddDate(1, 0, 0)
	}
	day := 24 * time.Hour
	if from, to, ok := a.TimeSpan(); ok {
		ax.start = earliest(ax.start, from.Truncate(day))
		ax.end = latest(ax.end, to.Truncate(day))
	}
	if len(days) > 0 {
		ax.start = earliest(ax.start, days[0].Day.Truncate(day))
		ax.end = latest(ax.end, days[len(days)-1].Day.Truncate(day))
	}
	return ax
}

// timedKey names the timed layers open, to tell when they change.
func timedKey(a *atlas.Atlas) string {
	var b strings.Builder
	for _, l := range a.Timed() {
		b.WriteString(l.Name)
		b.WriteByte(0)
	}
	return b.String()
}

// layerColour is the colour a layer's histogram is drawn in: its first
// feature's marker colour, opaque.
func layerColour(l *layer.Layer) color.NRGBA {
	c := color.NRGBA{0x1f, 0x78, 0xb4, 0xff}
	if len(l.Features) > 0 {
		if m := l.StyleOf(0).MarkerColor; m.A > 0 {
			c = m
		}
	}
	c.A = 0xff
	return c
}

func earliest(a, b time.Time) time.Time {
	if b.Before(a) {
		return b
	}
	return a
}

func latest(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}
