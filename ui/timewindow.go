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

// newWindowSelect is the control that sets how the timed layers are
// filtered by the date; changed is called after the atlas's window is
// set. A window a session brought that is not among the choices is added.
func newWindowSelect(a *atlas.Atlas, changed func()) *widget.Select {
	ws := slices.Clone(windows)
	if !slices.Contains(ws, a.Window) {
		ws = append(ws, a.Window)
	}
	labels := make([]string, len(ws))
	for i, w := range ws {
		labels[i] = windowLabel(w)
	}
	s := widget.NewSelect(labels, nil)
	s.SetSelected(windowLabel(a.Window))
	s.OnChanged = func(label string) {
		if i := slices.Index(labels, label); i >= 0 && ws[i] != a.Window {
			a.SetWindow(ws[i])
			changed()
		}
	}
	return s
}

// spanOf is the timeline's axis: from July 2012 (or the first timed
// feature, if earlier) to the control record's end (or the last timed
// feature, if later).
func spanOf(a *atlas.Atlas) axis {
	ax := axis{start: timelineStart, end: a.RecordEnd()}
	if !ax.end.After(ax.start) { // no record: a year from the start
		ax.end = ax.start.AddDate(1, 0, 0)
	}
	if from, to, ok := a.TimeSpan(); ok {
		day := 24 * time.Hour
		ax.start = earliest(ax.start, from.Truncate(day))
		ax.end = latest(ax.end, to.Truncate(day))
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
