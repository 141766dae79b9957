package ui

import (
	"image"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
	"github.com/paulmach/orb"

	"newsatlas/atlas"
	"newsatlas/internal/golden"
	"newsatlas/layer"
	"newsatlas/render"
)

// TestTimelineEndsWithTheRecord checks that the slider's track ends on
// the record's last change, that its end is that date, and that a date
// past it keeps the thumb at the end.
func TestTimelineEndsWithTheRecord(t *testing.T) {
	w := newTestWindow(t)
	changes := w.Atlas.Timeline.Changes()
	end := changes[len(changes)-1]
	if got := w.Atlas.RecordEnd(); !got.Equal(end) {
		t.Fatalf("RecordEnd %v, want the last change %v", got, end)
	}
	s := w.timeline.slider
	if got := w.timeline.axis.date(s.Max); !got.Equal(end) {
		t.Errorf("the slider ends on %v, want the record's end %v", got, end)
	}
	s.SetValue(s.Max)
	if !w.Atlas.Date.Equal(end) {
		t.Errorf("the slider at its end: date %v, want %v", w.Atlas.Date, end)
	}
	late := time.Date(2018, 12, 31, 0, 0, 0, 0, time.UTC)
	w.setDate(late)
	if s.Value != s.Max {
		t.Errorf("past the record's end the slider stands at %v, want its end %v", s.Value, s.Max)
	}
	if got := w.timeline.date.Text; got != "31 Dec 2018" {
		t.Errorf("date label %q, want 31 Dec 2018", got)
	}
}

// TestTimelineYearLabels checks that the axis names each year of the
// record, left to right, under the slider's track.
func TestTimelineYearLabels(t *testing.T) {
	w := newTestWindow(t)
	years := w.timeline.years
	width := years.Size().Width
	if width < 200 {
		t.Fatalf("the year row is %v wide", width)
	}
	var got []string
	last := float32(-1)
	for _, o := range test.WidgetRenderer(years).Objects() {
		txt, ok := o.(*canvas.Text)
		if !ok || !txt.Visible() {
			continue
		}
		got = append(got, txt.Text)
		mid := txt.Position().X + txt.Size().Width/2
		if mid <= last || txt.Position().X < 0 || txt.Position().X+txt.Size().Width > width {
			t.Errorf("year %s at x %v (width %v) is out of order or off the row", txt.Text, txt.Position().X, txt.Size().Width)
		}
		last = mid
		// The label stands under its year's part of the track.
		yr := 0
		for _, r := range txt.Text {
			yr = yr*10 + int(r-'0')
		}
		mid0 := w.timeline.axis.x(time.Date(yr, 7, 1, 0, 0, 0, 0, time.UTC), width)
		if yr == 2012 || yr == 2016 { // a part year: its middle is elsewhere
			continue
		}
		if d := mid - mid0; d < -2 || d > 2 {
			t.Errorf("year %d centred at %v, want about %v (1 July)", yr, mid, mid0)
		}
	}
	if want := "2012 2013 2014 2015 2016"; strings.Join(got, " ") != want {
		t.Errorf("year labels %q, want %q", strings.Join(got, " "), want)
	}
}

// TestTimelineBackToTheArticlesDate checks the button that goes back to
// the article's date from another.
func TestTimelineBackToTheArticlesDate(t *testing.T) {
	w := newTestWindow(t)
	test.Tap(w.timeline.forward)
	test.Tap(w.timeline.forward)
	if w.Atlas.Date.Equal(atlas.DefaultDate) {
		t.Fatal("stepping forward stayed on the article's date")
	}
	test.Tap(w.timeline.article)
	if !w.Atlas.Date.Equal(atlas.DefaultDate) {
		t.Errorf("after the article's date button: %v, want %v", w.Atlas.Date, atlas.DefaultDate)
	}
	checkDateShown(t, w, atlas.DefaultDate)
	if got, want := w.timeline.slider.Value, w.timeline.axis.days(atlas.DefaultDate); got != want {
		t.Errorf("slider at %v, want %v", got, want)
	}
	if got := w.timeline.date.Text; got != "19 Oct 2016" {
		t.Errorf("date label %q, want 19 Oct 2016", got)
	}
}

// TestTimelineStepsAside checks that the timeline hides while Aleppo is
// out of view, the map taking its height, and comes back with it; the
// map's legend follows.
func TestTimelineStepsAside(t *testing.T) {
	w := newTestWindow(t)
	if !w.timeline.box.Visible() {
		t.Fatal("the timeline is hidden on the opening view, over Syria")
	}
	h0 := w.Map.Size().Height
	tests := []struct {
		name    string
		at      orb.Point
		zoom    float64
		visible bool
	}{
		{"Pakistan", orb.Point{69.3, 30.4}, 6, false},
		{"Aleppo", orb.Point{37.16, 36.2}, 12, true},
		{"Islamabad", orb.Point{73.05, 33.7}, 10, false},
		{"the edge of Aleppo's zones", orb.Point{37.35, 36.2}, 12, true},
	}
	for _, tt := range tests {
		w.Map.SetView(render.Viewport{Center: tt.at, Zoom: tt.zoom})
		await(w.Map.WaitIdle)
		if got := w.timeline.box.Visible(); got != tt.visible {
			t.Errorf("%s: timeline shown %v, want %v", tt.name, got, tt.visible)
		}
		h := w.Map.Size().Height
		if tt.visible && h != h0 || !tt.visible && h <= h0 {
			t.Errorf("%s: the map is %v high, %v with the timeline", tt.name, h, h0)
		}
		v := w.Map.View()
		title := w.Atlas.Scene(v).LegendTitle
		if aleppo := strings.HasPrefix(title, "Aleppo"); aleppo != tt.visible {
			t.Errorf("%s: legend title %q", tt.name, title)
		}
		// What the window shows is that scene.
		if err := golden.Compare(w.Map.Image().(*image.RGBA), w.Atlas.Renderer.Render(w.Atlas.Scene(v), v), golden.Exact); err != nil {
			t.Errorf("%s: the map is not the atlas's scene of its view: %v", tt.name, err)
		}
	}
}

// TestLegendPastTheRecord checks the legend the window draws for a date
// past the record's end.
func TestLegendPastTheRecord(t *testing.T) {
	w := newTestWindow(t)
	w.setDate(time.Date(2018, 12, 31, 0, 0, 0, 0, time.UTC))
	await(w.Map.WaitIdle)
	v := w.Map.View()
	s := w.Atlas.Scene(v)
	if want := "Aleppo, as of 22 Dec 2016 (the record ends there)"; s.LegendTitle != want {
		t.Errorf("legend title %q, want %q", s.LegendTitle, want)
	}
	if err := golden.Compare(w.Map.Image().(*image.RGBA), w.Atlas.Renderer.Render(s, v), golden.Exact); err != nil {
		t.Errorf("the map is not the atlas's scene: %v", err)
	}
}

// TestInfoShowsConfirmation checks that a zone a later report confirms
// shows that report and its address among the facts, after its source.
func TestInfoShowsConfirmation(t *testing.T) {
	w := newTestWindow(t)
	c := w.Atlas.Layer(atlas.AleppoControl)
	i := -1
	for j := range c.Features {
		if c.Features[j].String("confirmed") != "" && c.Features[j].String("confirmed_url") != "" {
			i = j
			break
		}
	}
	if i < 0 {
		t.Fatalf("no zone is confirmed on %v", w.Atlas.Date)
	}
	f := c.Features[i]
	w.selected([]atlas.Hit{{Layer: atlas.AleppoControl, Properties: f.Properties(), Ref: layer.Ref{Layer: c.Layer, Feature: i}}})
	var facts []string
	for _, o := range w.info.facts.Objects {
		facts = append(facts, o.(*widget.Label).Text)
	}
	text := strings.Join(facts, "\n")
	for _, want := range []string{"since\n" + f.String("since"), "source\n" + f.String("source"), "confirmed\n" + f.String("confirmed"), "confirmed_url\n" + f.String("confirmed_url")} {
		if !strings.Contains(text, want) {
			t.Errorf("the facts lack %q:\n%s", want, text)
		}
	}
	if strings.Index(text, "confirmed\n") < strings.Index(text, "source\n") {
		t.Errorf("the confirmation comes before the source:\n%s", text)
	}
}
