package ui

import (
	"image/color"
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"github.com/paulmach/orb"

	"newsatlas/atlas"
)

// TestTimelineTimedLayers opens a timed layer whose dates run past the
// control record: the slider then spans both, a histogram of the layer
// sits on the track with bars at its dates only, the window control
// shows, and moving the window hides features.
func TestTimelineTimedLayers(t *testing.T) {
	w := newTestWindow(t)
	if w.timeline.window.Visible() || len(w.timeline.hists) != 0 {
		t.Fatal("a window control or histogram with no timed layer")
	}
	p := filepath.Join(t.TempDir(), "later.csv")
	writeInput(t, p, "name,date,latitude,longitude\na,2016-10-01,35,36\nb,2016-10-01,35,36.5\nc,2016-10-02,35,37\nd,2019-06-30,35,37.5\n")
	w.OpenFiles([]string{p})
	await(w.Map.WaitIdle)
	tl := w.timeline
	tl.follow(w.Map.View())
	if !tl.axis.start.Equal(timelineStart) || !tl.axis.end.Equal(time.Date(2019, 6, 30, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("axis %v to %v, want July 2012 to 30 June 2019", tl.axis.start, tl.axis.end)
	}
	if got := tl.axis.date(tl.slider.Max); !got.Equal(tl.axis.end) {
		t.Errorf("the slider ends on %v", got)
	}
	if !tl.window.Visible() || tl.window.Selected != "± 7 days" || w.Atlas.Window != (atlas.Window{Mode: atlas.Moving, Days: 7}) {
		t.Errorf("window control visible %v, %q; atlas window %v", tl.window.Visible(), tl.window.Selected, w.Atlas.Window)
	}
	if len(tl.hists) != 1 {
		t.Fatalf("%d histograms, want 1", len(tl.hists))
	}
	h := tl.hists[0]
	raster, ok := test.WidgetRenderer(h).Objects()[0].(*canvas.Raster)
	if !ok {
		t.Fatal("the histogram draws no raster")
	}
	width := h.Size().Width
	if width < 200 || h.Size().Height < histogramHeight {
		t.Fatalf("histogram %v", h.Size())
	}
	img := raster.Generator(int(width), histogramHeight)
	height := func(d time.Time) int {
		// The column the image draws the day in, as it does.
		x := int(tl.axis.x(d, width) * float32(int(width)) / width)
		n := 0
		for y := range histogramHeight {
			if _, _, _, a := img.At(x, y).RGBA(); a == 0xffff {
				n++
			}
		}
		return n
	}
	oct1, oct2, jun30 := time.Date(2016, 10, 1, 0, 0, 0, 0, time.UTC), time.Date(2016, 10, 2, 0, 0, 0, 0, time.UTC), time.Date(2019, 6, 30, 0, 0, 0, 0, time.UTC)
	// Three features on 1 and 2 October 2016 share a column at this
	// scale; the one of 2019 has a bar a third as tall.
	if height(oct1) != histogramHeight || height(jun30) < 2 || height(jun30) > histogramHeight/2 {
		t.Errorf("bar heights: 1 Oct 2016 %d, 2 Oct %d, 30 Jun 2019 %d", height(oct1), height(oct2), height(jun30))
	}
	if got := height(time.Date(2014, 1, 1, 0, 0, 0, 0, time.UTC)); got != 0 {
		t.Errorf("a bar of %d in 2014, where the layer has nothing", got)
	}
	if c := img.At(int(tl.axis.x(oct1, width)*float32(int(width))/width), histogramHeight-1).(color.NRGBA); c != layerColour(w.Atlas.Layer("later").Layer) {
		t.Errorf("bar colour %v", c)
	}

	// Up to the date, then 1 October: a and b, not c nor d.
	tl.window.SetSelected("Up to the date")
	if w.Atlas.Window.Mode != atlas.Cumulative {
		t.Fatalf("window %v after Up to the date", w.Atlas.Window)
	}
	w.setDate(oct1)
	if got := len(w.Atlas.AtDate(w.Atlas.Layer("later").Layer).Features); got != 2 {
		t.Errorf("%d features up to 1 October 2016, want 2", got)
	}
	// A feature selected at a date is let go when the date moves: it may
	// be gone at the next.
	hits := w.Atlas.Identify(orb.Point{36, 35}, w.Map.View())
	if len(hits) == 0 || hits[0].Layer != "later" {
		t.Fatalf("identify at a on 1 October 2016: %v", hits)
	}
	w.Map.Select(&hits[0].Ref)
	w.setDate(oct2)
	if w.Map.Selected() != nil {
		t.Error("the timed feature stays selected at another date")
	}
	w.setDate(oct1)

	// Stepping forward over a timed layer moves the window's width (3
	// days) at most: less when the control zones change before.
	tl.window.SetSelected("± 1 day")
	test.Tap(tl.forward)
	want := oct1.AddDate(0, 0, 3)
	for _, c := range w.Atlas.Timeline.Changes() {
		if c.After(oct1) {
			want = earliest(want, c)
			break
		}
	}
	if got := w.Atlas.Date; !got.Equal(want) {
		t.Errorf("a step forward from 1 October with ± 1 day: %v, want %v", got, want)
	}
}

// A window the control does not offer (a session's ± 3 days) is shown,
// and offered from then on.
func TestTimelineWindowFromSession(t *testing.T) {
	w := newTestWindow(t)
	w.RestoreSession(atlas.Session{Date: atlas.DefaultDate, TimeWindow: atlas.Window{Mode: atlas.Moving, Days: 3}})
	c := w.timeline.window
	if c.Selected != "± 3 days" {
		t.Errorf("control shows %q after a session of ± 3 days", c.Selected)
	}
	c.SetSelected("Up to the date")
	if w.Atlas.Window.Mode != atlas.Cumulative {
		t.Errorf("window %v", w.Atlas.Window)
	}
	c.SetSelected("± 3 days")
	if w.Atlas.Window != (atlas.Window{Mode: atlas.Moving, Days: 3}) {
		t.Errorf("window %v after ± 3 days", w.Atlas.Window)
	}
}
