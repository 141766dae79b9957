package ui

import (
	"image/color"
	"strconv"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// axis maps the dates of the timeline onto the slider's track.
type axis struct{ start, end time.Time }

// x is where the slider's thumb stands on date d in a widget width wide
// (as wide as the slider).
func (a axis) x(d time.Time, width float32) float32 {
	// The slider's track is inset by this much at each end (as in Fyne's
	// slider: half the thumb, the inner padding, less 1.5).
	pad := (theme.Size(theme.SizeNameInlineIcon)-4)/2 + theme.Size(theme.SizeNameInnerPadding) - 1.5
	span := a.end.Sub(a.start).Hours()
	if span <= 0 {
		return pad
	}
	return pad + float32(d.Sub(a.start).Hours()/span)*(width-2*pad)
}

// days is the number of days from start to d.
func (a axis) days(d time.Time) float64 { return d.Sub(a.start).Hours() / 24 }

// date is the date days after start.
func (a axis) date(days float64) time.Time { return a.start.AddDate(0, 0, int(days)) }

// tickMarks draws a short line under the slider track at each change date.
type tickMarks struct {
	widget.BaseWidget
	axis  axis
	dates []time.Time
}

func newTickMarks(ax axis, dates []time.Time) *tickMarks {
	t := &tickMarks{axis: ax, dates: dates}
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
	for i, d := range r.t.dates {
		x := r.t.axis.x(d, size.Width)
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

// yearLabels is the row under the slider that names the years: a faint
// line at each new year and the year's number in the middle of its part
// of the track, where it fits.
type yearLabels struct {
	widget.BaseWidget
	axis axis
}

func newYearLabels(ax axis) *yearLabels {
	y := &yearLabels{axis: ax}
	y.ExtendBaseWidget(y)
	return y
}

// years are the years the axis spans, first to last.
func (y *yearLabels) years() []int {
	var out []int
	for yr := y.axis.start.Year(); yr <= y.axis.end.Year(); yr++ {
		out = append(out, yr)
	}
	return out
}

// CreateRenderer implements fyne.Widget.
func (y *yearLabels) CreateRenderer() fyne.WidgetRenderer {
	r := &yearRenderer{y: y}
	for i, yr := range y.years() {
		t := canvas.NewText(strconv.Itoa(yr), theme.Color(theme.ColorNamePlaceHolder))
		t.TextSize = theme.Size(theme.SizeNameCaptionText)
		r.labels = append(r.labels, t)
		if i > 0 {
			l := canvas.NewLine(theme.Color(theme.ColorNameSeparator))
			l.StrokeWidth = 1
			r.lines = append(r.lines, l)
		}
	}
	return r
}

type yearRenderer struct {
	y      *yearLabels
	labels []*canvas.Text // one a year
	lines  []*canvas.Line // at each new year but the first
}

// Layout centres each year's number on its part of the track, hiding
// those too narrow for it.
func (r *yearRenderer) Layout(size fyne.Size) {
	ax := r.y.axis
	for i, yr := range r.y.years() {
		from := time.Date(yr, 1, 1, 0, 0, 0, 0, time.UTC)
		if from.Before(ax.start) {
			from = ax.start
		}
		to := time.Date(yr+1, 1, 1, 0, 0, 0, 0, time.UTC)
		if to.After(ax.end) {
			to = ax.end
		}
		x0, x1 := ax.x(from, size.Width), ax.x(to, size.Width)
		t := r.labels[i]
		ts := t.MinSize()
		t.Resize(ts)
		t.Move(fyne.NewPos((x0+x1-ts.Width)/2, (size.Height-ts.Height)/2))
		if x1-x0 < ts.Width+2 {
			t.Hide()
		} else {
			t.Show()
		}
		if i > 0 {
			r.lines[i-1].Position1 = fyne.NewPos(x0, 0)
			r.lines[i-1].Position2 = fyne.NewPos(x0, size.Height)
		}
	}
}

// MinSize implements fyne.WidgetRenderer.
func (r *yearRenderer) MinSize() fyne.Size {
	h := float32(0)
	for _, t := range r.labels {
		h = max(h, t.MinSize().Height)
	}
	return fyne.NewSize(100, h)
}

// Refresh implements fyne.WidgetRenderer: the theme's colours again.
func (r *yearRenderer) Refresh() {
	for _, t := range r.labels {
		t.Color = theme.Color(theme.ColorNamePlaceHolder)
		t.Refresh()
	}
	for _, l := range r.lines {
		l.StrokeColor = theme.Color(theme.ColorNameSeparator)
		l.Refresh()
	}
}

// Objects implements fyne.WidgetRenderer.
func (r *yearRenderer) Objects() []fyne.CanvasObject {
	out := make([]fyne.CanvasObject, 0, len(r.labels)+len(r.lines))
	for _, l := range r.lines {
		out = append(out, l)
	}
	for _, t := range r.labels {
		out = append(out, t)
	}
	return out
}

// Destroy implements fyne.WidgetRenderer.
func (r *yearRenderer) Destroy() {}
