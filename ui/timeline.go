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
)

// The timeline's range: from the July 2012 split of Aleppo to the end of
// 2018.
var (
	timelineStart = time.Date(2012, 7, 1, 0, 0, 0, 0, time.UTC)
	timelineEnd   = time.Date(2018, 12, 31, 0, 0, 0, 0, time.UTC)
)

// PlayInterval is how long play shows each change.
const PlayInterval = 900 * time.Millisecond

// timelineBar is the date slider under the map with ticks at the dates
// where control changed, step buttons and play.
type timelineBar struct {
	a       *atlas.Atlas
	onDate  func(time.Time)
	slider  *widget.Slider
	ticks   *tickMarks
	date    *widget.Label
	back    *widget.Button
	forward *widget.Button
	play    *widget.Button
	stop    chan struct{} // closed to stop playing; nil when not playing
	gate    gate.Gate     // what the play goroutine hands the UI goroutine; shut on quit
	box     fyne.CanvasObject
	setting bool
}

func newTimelineBar(a *atlas.Atlas, onDate func(time.Time)) *timelineBar {
	t := &timelineBar{a: a, onDate: onDate}
	days := timelineEnd.Sub(timelineStart).Hours() / 24
	t.slider = widget.NewSlider(0, days)
	t.slider.Step = 1
	t.slider.OnChanged = func(v float64) {
		if t.setting {
			return
		}
		d := timelineStart.AddDate(0, 0, int(v))
		if !d.Equal(t.a.Date) {
			t.onDate(d)
		}
	}
	t.ticks = newTickMarks(a.Timeline.Changes())
	t.date = widget.NewLabelWithStyle(a.Date.Format("2 Jan 2006"), fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	// As wide as the widest date, so that the slider does not jump.
	wide := canvas.NewRectangle(color.Transparent)
	wide.SetMinSize(fyne.NewSize(fyne.MeasureText("28 Sep 2016", theme.TextSize(), t.date.TextStyle).Width+2*theme.InnerPadding(), 0))
	t.back = widget.NewButtonWithIcon("", theme.MediaSkipPreviousIcon(), t.stepBack)
	t.forward = widget.NewButtonWithIcon("", theme.MediaSkipNextIcon(), t.stepForward)
	t.play = widget.NewButtonWithIcon("", theme.MediaPlayIcon(), t.togglePlay)
	left := container.NewHBox(t.back, t.play, t.forward, container.NewStack(wide, t.date))
	t.box = container.NewBorder(nil, nil, left, nil, container.NewStack(t.ticks, t.slider))
	return t
}

func (t *timelineBar) object() fyne.CanvasObject { return t.box }

// set shows date d without calling onDate.
func (t *timelineBar) set(d time.Time) {
	t.setting = true
	t.slider.SetValue(d.Sub(timelineStart).Hours() / 24)
	t.setting = false
	t.date.SetText(d.Format("2 Jan 2006"))
}

// next is the first change after d, or d.
func (t *timelineBar) next(d time.Time) time.Time {
	for _, c := range t.a.Timeline.Changes() {
		if c.After(d) {
			return c
		}
	}
	return d
}

// prev is the last change before d, or d.
func (t *timelineBar) prev(d time.Time) time.Time {
	ch := t.a.Timeline.Changes()
	for i := len(ch) - 1; i >= 0; i-- {
		if ch[i].Before(d) {
			return ch[i]
		}
	}
	return d
}

func (t *timelineBar) stepBack()    { t.onDate(t.prev(t.a.Date)) }
func (t *timelineBar) stepForward() { t.onDate(t.next(t.a.Date)) }

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
