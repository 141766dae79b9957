package ui

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/paulmach/orb"

	"newsatlas/render"
)

// realNews is a real, dated news dataset: the 796 WORLD NEWS items of
// 2018-2020 of HuffPost's News Category Dataset (CC BY 4.0; see
// archive/testdata/SOURCES.md).
var realNews = filepath.Join("..", "archive", "testdata", "huffpost-world-2018-2020.ndjson")

// realNewsDays is the number of realNews's items dated each day.
func realNewsDays(t *testing.T) map[string]int {
	t.Helper()
	f, err := os.Open(realNews)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	days := map[string]int{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var r struct{ Date string }
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		days[r.Date]++
	}
	return days
}

func day(s string) time.Time {
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return d
}

// TestArchiveTimelineSpansItsDates opens an archive dated 2018-2020, past
// the end of the Aleppo record (2016): the slider reaches its last day,
// the histogram has bars there, Play steps on from the record into the
// archive's days, and the Stories panel lists the stories of the date
// window the slider is moved to.
func TestArchiveTimelineSpansItsDates(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	w := newTestWindow(t)
	recordEnd := w.timeline.axis.end
	w.OpenFiles([]string{realNews})
	await(w.news.wait)
	if w.news.arch == nil {
		t.Fatal("the archive did not open")
	}
	w.Map.SetView(render.Viewport{Center: orb.Point{20, 20}, Zoom: 1.5})
	await(w.Map.WaitIdle)
	await(w.stories.wait)

	tl := w.timeline
	last, first := day("2020-12-27"), day("2018-05-01")
	if !tl.axis.start.Equal(timelineStart) || !tl.axis.end.Equal(last) || !recordEnd.Before(first) {
		t.Fatalf("the timeline spans %v to %v, want %v to the archive's last day %v (the record ended %v)", tl.axis.start, tl.axis.end, timelineStart, last, recordEnd)
	}
	if tl.slider.Max != tl.axis.days(last) {
		t.Errorf("the slider ends at %v days, want %v (%v)", tl.slider.Max, tl.axis.days(last), last)
	}

	// The histogram: a bar at a busy week of 2020, none in 2014.
	h := tl.hist
	size := h.Size()
	if !h.Visible() || size.Width <= 0 {
		t.Fatalf("the histogram is hidden or not laid out (%v)", size)
	}
	img := h.draw(int(size.Width), int(size.Height), size)
	barAt := func(d time.Time) bool {
		x := int(tl.axis.x(d, size.Width))
		for dx := -4; dx <= 4; dx++ {
			if _, _, _, a := img.At(x+dx, img.Bounds().Dy()-1).RGBA(); a > 0 {
				return true
			}
		}
		return false
	}
	if !barAt(day("2020-01-08")) { // Soleimani's week: many items
		t.Error("no bar in January 2020")
	}
	if barAt(day("2014-06-01")) {
		t.Error("a bar in 2014, where the archive has no items")
	}

	// Play: from the record's end it steps on through the archive's
	// days, a week at a time (there are more than MaxPlayDays), stopping
	// at every week that has items, and ends at its last.
	counts := realNewsDays(t)
	if len(counts) <= MaxPlayDays {
		t.Fatalf("%d days: not more than MaxPlayDays", len(counts))
	}
	weekOf := func(d time.Time) time.Time { return tl.axis.date(float64(int(tl.axis.days(d)) / 7 * 7)) }
	next := tl.next(recordEnd)
	if !next.Equal(weekOf(first)) {
		t.Errorf("after the record's end Play goes to %v, want the archive's first week (%v)", next, weekOf(first))
	}
	visited := map[time.Time]bool{}
	d := next
	for steps := 0; steps < 1000 && !visited[d]; steps++ {
		visited[d] = true
		if n := tl.next(d); n.After(d) {
			d = n
		}
	}
	if !d.Equal(weekOf(last)) {
		t.Errorf("Play stops at %v, want the archive's last week %v", d, weekOf(last))
	}
	for s := range counts {
		if w := weekOf(day(s)); !visited[w] {
			t.Errorf("Play does not stop at the week of %s (%v)", s, w)
		}
	}

	// The slider moved to 15 June 2019 with "Month to date": the stories
	// of 16 May to 15 June 2019, newest first.
	w.stories.window.SetSelected("Month to date")
	tl.slider.SetValue(tl.axis.days(day("2019-06-15")))
	await(w.stories.wait)
	if got := w.Atlas.Date.Format(time.DateOnly); got != "2019-06-15" || tl.date.Text != "15 Jun 2019" {
		t.Fatalf("the slider at 15 June 2019 set the date %s (shown %q)", got, tl.date.Text)
	}
	inWindow := 0
	for d := day("2019-05-16"); !d.After(day("2019-06-15")); d = d.AddDate(0, 0, 1) {
		inWindow += counts[d.Format(time.DateOnly)]
	}
	titles := storyTitles(w.stories)
	if len(titles) == 0 || len(titles) > inWindow || len(titles)*10 < inWindow*8 {
		t.Errorf("%d stories listed for 16 May to 15 June 2019, of the %d items dated then", len(titles), inWindow)
	}
	var prev time.Time
	for _, r := range w.stories.rows {
		s := r.story
		if s.Date.Before(day("2019-05-16")) || s.Date.After(day("2019-06-15")) {
			t.Errorf("%q dated %v in the window to 15 June 2019", s.Title, s.Date)
		}
		if !prev.IsZero() && s.Date.After(prev) {
			t.Errorf("%q (%v) listed after a story of %v", s.Title, s.Date, prev)
		}
		prev = s.Date
	}
}
