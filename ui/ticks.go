package ui

import (
	"image/color"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// tickMarks draws a short line under the slider track at each change date.
type tickMarks struct {
	widget.BaseWidget
	dates []time.Time
}

func newTickMarks(dates []time.Time) *tickMarks {
	t := &tickMarks{dates: dates}
	t.ExtendBaseWidget(t)
	return t
}

// CreateRenderer implements fyne.Widget.
func (t *tickMarks) CreateRenderer() fyne.WidgetRenderer {
	r := &tickRenderer{t: t}
	for range t.dates {
		l := canvas.NewLine(color.NRGBA{0xd7, 0x26, 0x3d, 0xc0})
		l.StrokeWidth = 1.5
		r.lines = append(r.lines, l)
	}
	return r
}

type tickRenderer struct {
	t     *tickMarks
	lines []*canvas.Line
}

// Layout puts the ticks where the slider's thumb stands on those dates.
func (r *tickRenderer) Layout(size fyne.Size) {
	// The slider's track is inset by this much at each end (as in Fyne's
	// slider: half the thumb, the inner padding, less 1.5).
	pad := (theme.Size(theme.SizeNameInlineIcon)-4)/2 + theme.Size(theme.SizeNameInnerPadding) - 1.5
	span := timelineEnd.Sub(timelineStart).Hours()
	for i, d := range r.t.dates {
		x := pad + float32(d.Sub(timelineStart).Hours()/span)*(size.Width-2*pad)
		r.lines[i].Position1 = fyne.NewPos(x, size.Height-7)
		r.lines[i].Position2 = fyne.NewPos(x, size.Height-1)
	}
}

// MinSize implements fyne.WidgetRenderer.
func (r *tickRenderer) MinSize() fyne.Size { return fyne.NewSize(100, 8) }

// Refresh implements fyne.WidgetRenderer.
func (r *tickRenderer) Refresh() {
	for _, l := range r.lines {
		l.Refresh()
	}
}

// Objects implements fyne.WidgetRenderer.
func (r *tickRenderer) Objects() []fyne.CanvasObject {
	out := make([]fyne.CanvasObject, len(r.lines))
	for i, l := range r.lines {
		out[i] = l
	}
	return out
}

// Destroy implements fyne.WidgetRenderer.
func (r *tickRenderer) Destroy() {}
