package timeline

import (
	"time"

	"github.com/paulmach/orb/geojson"
)

// day truncates a time to its UTC calendar day, the resolution of the data.
func day(d time.Time) time.Time {
	y, m, dd := d.Date()
	return time.Date(y, m, dd, 0, 0, 0, 0, time.UTC)
}

// state returns, for each neighbourhood, the index of the event that sets its
// control at date. Dates before the baseline get the baseline.
func (t *Timeline) state(date time.Time) []int {
	date = day(date)
	if date.Before(t.events[0].Date) {
		date = t.events[0].Date
	}
	st := make([]int, len(t.hoods))
	for i, ev := range t.events {
		if ev.Date.After(date) {
			break
		}
		for _, h := range t.targets[i] {
			st[h] = i
		}
	}
	return st
}

// since returns, for each neighbourhood, the date its control at date
// began: the first event of the unbroken run of that control, so that a
// later report confirming the same holder does not move it.
func (t *Timeline) since(date time.Time) []time.Time {
	date = day(date)
	if date.Before(t.events[0].Date) {
		date = t.events[0].Date
	}
	out := make([]time.Time, len(t.hoods))
	cur := make([]string, len(t.hoods))
	for i, ev := range t.events {
		if ev.Date.After(date) {
			break
		}
		for _, h := range t.targets[i] {
			if cur[h] != ev.Control {
				cur[h], out[h] = ev.Control, ev.Date
			}
		}
	}
	return out
}

// At returns the control of every neighbourhood at date: one feature per
// neighbourhood, in the order of the neighbourhood data, with properties id,
// name, name_ar, control, as_of (date, YYYY-MM-DD), since (the date that
// control began), source (`Publication, "Title", YYYY-MM-DD`: the latest
// report behind it) and source_url.
func (t *Timeline) At(date time.Time) *geojson.FeatureCollection {
	st := t.state(date)
	since := t.since(date)
	asOf := day(date).Format(DateLayout)
	fc := geojson.NewFeatureCollection()
	for i, h := range t.hoods {
		ev := t.events[st[i]]
		f := geojson.NewFeature(h.Geometry)
		f.Properties = geojson.Properties{
			"id":         h.ID,
			"name":       h.Name,
			"name_ar":    h.NameAr,
			"control":    ev.Control,
			"as_of":      asOf,
			"since":      since[i].Format(DateLayout),
			"source":     ev.Source.String(),
			"source_url": ev.Source.URL,
		}
		fc.Append(f)
	}
	return fc
}

// Changes returns the dates, ascending, on which the control of at least one
// neighbourhood changed; the baseline date comes first.
func (t *Timeline) Changes() []time.Time {
	var out []time.Time
	cur := make([]string, len(t.hoods))
	for i := 0; i < len(t.events); {
		d := t.events[i].Date
		changed := false
		for ; i < len(t.events) && t.events[i].Date.Equal(d); i++ {
			for _, h := range t.targets[i] {
				if cur[h] != t.events[i].Control {
					cur[h] = t.events[i].Control
					changed = true
				}
			}
		}
		if changed {
			out = append(out, d)
		}
	}
	return out
}

// Sources returns the distinct sources of the events that set the state at
// date, ordered by event date.
func (t *Timeline) Sources(date time.Time) []Source {
	st := t.state(date)
	return t.sourcesOf(st, nil)
}

// sourcesOf returns the distinct sources behind state st, restricted to the
// neighbourhoods in only when only is not nil.
func (t *Timeline) sourcesOf(st []int, only map[int]bool) []Source {
	used := make([]bool, len(t.events))
	for h, e := range st {
		if only == nil || only[h] {
			used[e] = true
		}
	}
	var out []Source
	seen := map[Source]bool{}
	for i, u := range used {
		if u && !seen[t.events[i].Source] {
			seen[t.events[i].Source] = true
			out = append(out, t.events[i].Source)
		}
	}
	return out
}
