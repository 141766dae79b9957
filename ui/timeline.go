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
	article *widget.Button  // back to home
	window  *windowControl  // how timed layers are filtered (timewindow.go)
	track   *fyne.Container // holds the slider with its ticks, years and histograms
	hists   []*histogram    // one per timed layer, bottom layer first
	timed   string          // the timed layers the axis was made for (timedKey)
	swipe   *swipe          // the map at a second date right of a bar (swipe.go)
	compare *widget.Button  // turns the swipe on and off
	stop    chan struct{}   // closed to stop playing; nil when not playing
	gate    gate.Gate       // what the play goroutine hands the UI goroutine; shut on quit
	box     fyne.CanvasObject
	setting bool
	// relayout lays out again what holds the bar, once it was shown or
	// hidden; nil for none.
	relayout func()
}

func newTimelineBar(a *atlas.Atlas, onDate func(time.Time)) *timelineBar {
	t := &timelineBar{a: a, onDate: onDate, home: a.Date}
	t.axis = spanOf(a, nil)
	t.timed = timedKey(a)
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
	t.window = newWindowControl(a, t.windowChanged)
	t.swipe = newSwipe(a, &t.gate)
	t.compare = widget.NewButtonWithIcon("Compare", theme.ContentCopyIcon(), t.toggleCompare)
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
	t.track = container.NewStack()
	t.buildTrack()
	t.box = container.NewBorder(nil, nil, container.NewCenter(left), container.NewCenter(container.NewHBox(t.window, t.compare, t.article)), t.track)
	return t
}

// buildTrack makes the slider's track for the axis as it stands: the
// change ticks, the years and a histogram per timed layer above.
func (t *timelineBar) buildTrack() {
	var changes []time.Time
	if t.a.Timeline != nil {
		changes = t.a.Timeline.Changes()
	}
	t.ticks = newTickMarks(t.axis, changes)
	t.years = newYearLabels(t.axis)
	t.hists = nil
	var above []fyne.CanvasObject
	for _, l := range t.a.Timed() {
		h := newHistogram(t.axis, l.Layer, layerColour(l.Layer))
		t.hists = append(t.hists, h)
		above = append(above, h)
	}
	var top fyne.CanvasObject
	if len(above) > 0 {
		top = container.NewVBox(above...)
		t.window.Show()
	} else {
		t.window.Hide()
	}
	t.hist.axis = t.axis
	t.track.Objects = []fyne.CanvasObject{container.NewBorder(top, container.NewVBox(t.hist, t.years), nil, nil, container.NewStack(t.ticks, t.slider))}
	t.track.Refresh()
}

// sync makes the axis again when the timed layers have changed since it
// was made: the slider then spans them all with the control record.
// The first timed layer opened turns the window on (± 7 days) and, when
// none of its features is near the date, moves the date to its first.
func (t *timelineBar) sync() {
	key := timedKey(t.a)
	if key == t.timed {
		return
	}
	first := t.timed == ""
	t.timed = key
	t.respan()
	if key == "" || !first {
		t.set(t.a.Date)
		return
	}
	if t.a.Window.Mode == atlas.AllTimes {
		t.a.SetWindow(atlas.Window{Mode: atlas.Moving, Days: 7})
		t.window.show(t.a.Window)
	}
	d := t.a.Date
	if from, to, ok := t.a.TimeSpan(); ok && (d.Before(from.AddDate(0, 0, -7)) || d.After(to.AddDate(0, 0, 7))) {
		d = from.Truncate(24 * time.Hour)
	}
	t.onDate(d) // the map again, in the window
}

// respan makes the axis again for the timed layers and the archive's
// days as they stand, and the slider and its track with it.
func (t *timelineBar) respan() {
	t.axis = spanOf(t.a, t.hist.days)
	t.setting = true
	t.slider.Max = t.axis.days(t.axis.end)
	t.slider.Refresh()
	t.setting = false
	t.buildTrack()
}

// windowChanged redraws the map for the window the control now says.
func (t *timelineBar) windowChanged() { t.onDate(t.a.Date) }

func (t *timelineBar) object() fyne.CanvasObject { return t.box }

// set shows date d without calling onDate.
func (t *timelineBar) set(d time.Time) {
	t.setting = true
	t.slider.SetValue(min(t.axis.days(d), t.slider.Max))
	t.setting = false
	t.date.SetText(d.Format("2 Jan 2006"))
	t.window.show(t.a.Window) // a session may have brought another
	if t.swipe.on {
		t.swipe.Refresh()
	}
}

// toggleCompare starts comparing the date shown with the dates the
// slider moves to, or stops: while on, the map right of the swipe bar
// stays at the date Compare was pressed on, the map left of it follows
// the slider.
func (t *timelineBar) toggleCompare() {
	if t.swipe.on {
		t.swipe.stop()
		t.compare.Importance = widget.MediumImportance
		t.compare.Refresh()
		return
	}
	t.swipe.start(t.a.Date)
	t.compare.Importance = widget.HighImportance
	t.compare.Refresh()
	t.onDate(t.a.Date) // a frame, for the swipe to follow
}

// next is the first change after d, or d; with timed layers, no later
// than a step after d within their span (see timedStep).
func (t *timelineBar) next(d time.Time) time.Time {
	n := d
	for _, c := range t.stops() {
		if c.After(d) {
			n = c
			break
		}
	}
	if from, to, ok := t.a.TimeSpan(); ok {
		s := t.timedStep()
		if step := d.AddDate(0, 0, s); !step.After(to.AddDate(0, 0, s-1)) && (n.Equal(d) || step.Before(n)) {
			n = latest(step, from.Truncate(24*time.Hour))
		}
	}
	return n
}

// prev is the last change before d, or d; with timed layers, no earlier
// than a step before d within their span.
func (t *timelineBar) prev(d time.Time) time.Time {
	p := d
	ch := t.stops()
	for i := len(ch) - 1; i >= 0; i-- {
		if ch[i].Before(d) {
			p = ch[i]
			break
		}
	}
	if from, to, ok := t.a.TimeSpan(); ok {
		s := t.timedStep()
		if step := d.AddDate(0, 0, -s); !step.Before(from.AddDate(0, 0, 1-s)) && (p.Equal(d) || step.After(p)) {
			p = earliest(step, to.Truncate(24*time.Hour))
		}
	}
	return p
}

// timedStep is how many days a step moves over timed layers: the moving
// window's width, so that each step shows the next features, or a week.
func (t *timelineBar) timedStep() int {
	if w := t.a.Window; w.Mode == atlas.Moving {
		return max(1, 2*w.Days+1)
	}
	return 7
}

func (t *timelineBar) stepBack()    { t.onDate(t.prev(t.a.Date)) }
func (t *timelineBar) stepForward() { t.onDate(t.next(t.a.Date)) }

// goHome goes back to the article's date.
func (t *timelineBar) goHome() { t.onDate(t.home) }

// follow shows the bar while Aleppo is in view v, the view of the frame
// just drawn, or a timed layer is open, and hides it, stopping play,
// while neither is. Hidden, the
// bar gives the map its height: the test leaves that strip out, so that
// showing the bar again does not by itself take Aleppo out of view.
func (t *timelineBar) follow(v render.Viewport) {
	if !t.box.Visible() {
		extra := float64(t.box.Size().Height+theme.Padding()) * v.PixelScale()
		v.Height = max(1, v.Height-int(extra+0.5))
	}
	t.sync()
	t.swipe.follow(v)
	in := t.a.AleppoInView(v) || t.timed != "" || t.keepShown()
	if in == t.box.Visible() {
		return
	}
	if in {
		t.box.Show()
	} else {
		if t.stop != nil {
			t.togglePlay()
		}
		if t.swipe.on {
			t.toggleCompare()
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
