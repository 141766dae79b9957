package atlas

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"sync"
	"time"

	"newsatlas/layer"
	"newsatlas/render"
)

// WindowMode is how the atlas's date picks the features of timed layers
// (layers whose features have times: layer.Layer.Times).
type WindowMode int

const (
	// AllTimes shows every feature whatever its time: no filter.
	AllTimes WindowMode = iota
	// Moving shows the features whose time meets the date's day widened
	// by Window.Days on each side.
	Moving
	// Cumulative shows every feature that has begun by the end of the
	// date's day.
	Cumulative
)

// Window is how timed layers are filtered by the atlas's date. Its zero
// value shows every feature. The built-in control zones keep their own
// timeline and are never filtered.
type Window struct {
	Mode WindowMode
	Days int // a Moving window's half-width: the date ± Days days
}

// ParseWindow reads a window as `--window` takes it: "7d" (± 7 days),
// "2w" (± 14 days), "0d" (the day itself), "all" or "cumulative"
// (everything up to the date), "off" (no filter).
func ParseWindow(s string) (Window, error) {
	s = strings.ToLower(strings.TrimSpace(s))
	switch s {
	case "all", "cumulative":
		return Window{Mode: Cumulative}, nil
	case "off", "none":
		return Window{}, nil
	}
	if d, err := ParseStep(s); err == nil && d.Months == 0 {
		return Window{Mode: Moving, Days: d.Days}, nil
	}
	return Window{}, fmt.Errorf("--window %s: want a number of days or weeks (7d, 2w), all (everything up to the date) or off", s)
}

// String is the window as ParseWindow reads it.
func (w Window) String() string {
	switch w.Mode {
	case Moving:
		return strconv.Itoa(w.Days) + "d"
	case Cumulative:
		return "all"
	}
	return "off"
}

// Describe is the window in words for a caption: "± 7 days",
// "up to the date", "all dates".
func (w Window) Describe() string {
	switch w.Mode {
	case Moving:
		if w.Days == 0 {
			return "that day"
		}
		if w.Days == 1 {
			return "± 1 day"
		}
		return "± " + strconv.Itoa(w.Days) + " days"
	case Cumulative:
		return "up to the date"
	}
	return "all dates"
}

// Range is the span of Unix seconds, both ends included, the window shows
// at date d (its day in UTC); ok is false when it shows all times.
func (w Window) Range(d time.Time) (lo, hi int64, ok bool) {
	day := time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, time.UTC)
	switch w.Mode {
	case Moving:
		return day.AddDate(0, 0, -w.Days).Unix(), day.AddDate(0, 0, w.Days+1).Unix() - 1, true
	case Cumulative:
		return math.MinInt64, day.AddDate(0, 0, 1).Unix() - 1, true
	}
	return 0, 0, false
}

// Step is how far an animation moves from one frame to the next.
type Step struct{ Days, Months int }

// ParseStep reads 1d, 3d, 1w, 2w, 1m, 1y.
func ParseStep(s string) (Step, error) {
	s = strings.ToLower(strings.TrimSpace(s))
	if len(s) < 2 {
		return Step{}, fmt.Errorf("step %q: want a number and d, w, m or y (1d, 1w, 1m)", s)
	}
	n, err := strconv.Atoi(s[:len(s)-1])
	if err != nil || n < 0 || n > 100000 {
		return Step{}, fmt.Errorf("step %q: want a number and d, w, m or y (1d, 1w, 1m)", s)
	}
	switch s[len(s)-1] {
	case 'd':
		return Step{Days: n}, nil
	case 'w':
		return Step{Days: 7 * n}, nil
	case 'm':
		return Step{Months: n}, nil
	case 'y':
		return Step{Months: 12 * n}, nil
	}
	return Step{}, fmt.Errorf("step %q: want a number and d, w, m or y (1d, 1w, 1m)", s)
}

// Add is d a step later.
func (s Step) Add(d time.Time) time.Time { return d.AddDate(0, s.Months, s.Days) }

// Dates are the dates from from to to, both included, a step apart: the
// frames of an animation. A zero step gives from alone.
func (s Step) Dates(from, to time.Time) []time.Time {
	var ds []time.Time
	for d := from; !d.After(to); d = s.Add(d) {
		ds = append(ds, d)
		if s == (Step{}) || len(ds) > 100000 {
			break
		}
	}
	return ds
}

// SetWindow sets how timed layers are filtered by the date.
func (a *Atlas) SetWindow(w Window) { a.Window = w }

// Timed are the layers on the timeline: those whose features have times,
// bottom first (the control zones, with a timeline of their own, are not
// among them).
func (a *Atlas) Timed() []render.Layer {
	var out []render.Layer
	for _, l := range a.Layers {
		if l.Layer != nil && l.Times() != nil && !IsBuiltin(l.Name) {
			out = append(out, l)
		}
	}
	return out
}

// TimeSpan is the first and last dates of the timed layers' features,
// and ok false when there are none.
func (a *Atlas) TimeSpan() (from, to time.Time, ok bool) {
	lo, hi := int64(math.MaxInt64), int64(math.MinInt64)
	for _, l := range a.Timed() {
		lo, hi = min(lo, l.Times().Span.Start), max(hi, l.Times().Span.End)
	}
	if lo > hi {
		return time.Time{}, time.Time{}, false
	}
	return time.Unix(lo, 0).UTC(), time.Unix(hi, 0).UTC(), true
}

// AtDate is the layer l as the atlas's date and window show it: l itself
// when it has no times or the window shows all, else the subset of its
// features in the window (and those without a time). The subset is made
// once per layer and window, and kept, so that a selection made in it
// still holds on the next frame.
func (a *Atlas) AtDate(l *layer.Layer) *layer.Layer {
	if l == nil || l.Times() == nil {
		return l
	}
	lo, hi, ok := a.Window.Range(a.Date)
	if !ok {
		return l
	}
	if a.dated != nil {
		if s := a.dated.get(l, lo, hi); s != nil {
			return s
		}
	}
	var keep []int
	for i, iv := range l.Times().Features {
		if !iv.Timed() || iv.Meets(lo, hi) {
			keep = append(keep, i)
		}
	}
	s := l.Subset(keep)
	if a.dated != nil {
		a.dated.put(l, lo, hi, s)
	}
	return s
}

// atDate puts in place of each timed layer of ls its subset at the date.
func (a *Atlas) atDate(ls []render.Layer) {
	for i := range ls {
		if !ls[i].Hidden && !IsBuiltin(ls[i].Name) {
			ls[i].Layer = a.AtDate(ls[i].Layer)
		}
	}
}

// datedCache keeps each timed layer's subset for the window it was made
// for. Snapshots share it with their atlas, and read it from other
// goroutines: it is locked.
type datedCache struct {
	mu sync.Mutex
	m  map[*layer.Layer]datedEntry
}

type datedEntry struct {
	lo, hi int64
	sub    *layer.Layer
}

func (c *datedCache) get(l *layer.Layer, lo, hi int64) *layer.Layer {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.m[l]; ok && e.lo == lo && e.hi == hi {
		return e.sub
	}
	return nil
}

func (c *datedCache) put(l *layer.Layer, lo, hi int64, sub *layer.Layer) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil || len(c.m) > 64 {
		c.m = map[*layer.Layer]datedEntry{}
	}
	c.m[l] = datedEntry{lo, hi, sub}
}

// FullDate is a date written in full, as an animation's frames and a
// comparison's halves are captioned: "19 October 2016".
func FullDate(d time.Time) string { return d.Format("2 January 2006") }
