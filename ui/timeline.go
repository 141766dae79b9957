package ui

import (
	"image/color"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"newsatlas/atlas"
	"newsatlas/internal/gate"
	"newsatlas/render"
)

// timelineStart is where the timeline starts: July 2012, when Aleppo
// split. It ends where the record does (atlas.RecordEnd).
var timelineStart = time.Date(2012, 7, 1, 0, 0, 0, 0, time.UTC)

// PlayInterval is how long play shows each change.
const PlayInterval = 900 * time.Millisecond

// timelineBar is the date slider under the map with ticks at the dates
// where control changed and the years under it, step buttons, play and a
// button back to the article's date. It steps aside while Aleppo is out
// of view (follow).
type timelineBar struct {
	a       *atlas.Atlas
	onDate  func(time.Time)
	axis    axis
	home    time.Time // the article's date: where the window opened
	slider  *widget.Slider
	ticks   *tickMarks
	hist    *archiveHist // an archive's articles per day (archivehist.go)
	years   *yearLabels
	date    *widget.Label
	back    *widget.Button
	forward *widget.Button
	play    *widget.Button
	article *widget.Button // back to home
	stop    chan struct{}  // closed to stop playing; nil when not playing
	gate    gate.Gate      // what the play goroutine hands the UI goroutine; shut on quit
	box     fyne.CanvasObject
	setting bool
	// relayout lays out again what holds the bar, once it was shown or
	// hidden; nil for none.
	relayout func()
}

func newTimelineBar(a *atlas.Atlas, onDate func(time.Time)) *timelineBar {
	t := &timelineBar{a: a, onDate: onDate, home: a.Date}
	t.axis = axis{start: timelineStart, end: a.RecordEnd()}
	if !t.axis.end.After(t.axis.start) { // no record: a year from the start
		t.axis.end = t.axis.start.AddDate(1, 0, 0)
	}
	t.slider = widget.NewSlider(0, t.axis.days(t.axis.end))
	t.slider.Step = 1
	t.slider.OnChanged = func(v float64) {
		if t.setting {
			return
		}
		d := t.axis.date(v)
		if !d.Equal(t.a.Date) {
			t.onDate(d)
		}
	}
	var changes []time.Time
	if a.Timeline != nil {
		changes = a.Timeline.Changes()
	}
	t.ticks = newTickMarks(t.axis, changes)
	t.years = newYearLabels(t.axis)
	t.hist = newArchiveHist(t.axis)
	t.date = widget.NewLabelWithStyle(a.Date.Format("2 Jan 2006"), fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	// As wide as the widest date, so that the slider does not jump.
	wide := canvas.NewRectangle(color.Transparent)
	wide.SetMinSize(fyne.NewSize(fyne.MeasureText("28 Sep 2016", theme.TextSize(), t.date.TextStyle).Width+2*theme.InnerPadding(), 0))
	t.back = widget.NewButtonWithIcon("", theme.MediaSkipPreviousIcon(), t.stepBack)
	t.forward = widget.NewButtonWithIcon("", theme.MediaSkipNextIcon(), t.stepForward)
	t.play = widget.NewButtonWithIcon("", theme.MediaPlayIcon(), t.togglePlay)
	// Fyne 2.7 has no tooltips: the button says what it does.
	t.article = widget.NewButtonWithIcon("Article's date", theme.HistoryIcon(), t.goHome)
	left := container.NewHBox(t.back, t.play, t.forward, container.NewStack(wide, t.date))
	track := container.NewBorder(nil, container.NewVBox(t.hist, t.years), nil, nil, container.NewStack(t.ticks, t.slider))
	t.box = container.NewBorder(nil, nil, container.NewCenter(left), container.NewCenter(t.article), track)
	return t
}

func (t *timelineBar) object() fyne.CanvasObject { return t.box }

// set shows date d without calling onDate.
func (t *timelineBar) set(d time.Time) {
	t.setting = true
	t.slider.SetValue(min(t.axis.days(d), t.slider.Max))
	t.setting = false
	t.date.SetText(d.Format("2 Jan 2006"))
}

// next is the first change after d, or d.
func (t *timelineBar) next(d time.Time) time.Time {
	for _, c := range t.stops() {
		if c.After(d) {
			return c
		}
	}
	return d
}

// prev is the last change before d, or d.
func (t *timelineBar) prev(d time.Time) time.Time {
	ch := t.stops()
	for i := len(ch) - 1; i >= 0; i-- {
		if ch[i].Before(d) {
			return ch[i]
		}
	}
	return d
}

func (t *timelineBar) stepBack()    { t.onDate(t.prev(t.a.Date)) }
func (t *timelineBar) stepForward() { t.onDate(t.next(t.a.Date)) }

// goHome goes back to the article's date.
func (t *timelineBar) goHome() { t.onDate(t.home) }

// follow shows the bar while Aleppo is in view v, the view of the frame
// just drawn, and hides it, stopping play, while it is not. Hidden, the
// bar gives the map its height: the test leaves that strip out, so that
// showing the bar again does not by itself take Aleppo out of view.
func (t *timelineBar) follow(v render.Viewport) {
	if !t.box.Visible() {
		extra := float64(t.box.Size().Height+theme.Padding()) * v.PixelScale()
		v.Height = max(1, v.Height-int(extra+0.5))
	}
	in := t.a.AleppoInView(v) || t.keepShown()
	if in == t.box.Visible() {
		return
	}
	if in {
		t.box.Show()
	} else {
		if t.stop != nil {
			t.togglePlay()
		}
		t.box.Hide()
	}
	if t.relayout != nil {
		t.relayout()
	}
}

// togglePlay steps through the changes from the current date until the
// last, or stops.
func (t *timelineBar) togglePlay() {
	if t.stop != nil {
		close(t.stop)
		t.stop = nil
		t.play.SetIcon(theme.MediaPlayIcon())
		return
	}
	stop := make(chan struct{})
	t.stop = stop
	t.play.SetIcon(theme.MediaPauseIcon())
	go func() {
		tick := time.NewTicker(PlayInterval)
		defer tick.Stop()
		for {
			select {
			case <-stop:
				return
			case <-tick.C:
			}
			t.gate.Do(func() {
				if t.stop != stop {
					return
				}
				n := t.next(t.a.Date)
				if n.Equal(t.a.Date) {
					t.togglePlay()
					return
				}
				t.onDate(n)
			})
		}
	}()
}
