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

// confirmed returns, for each neighbourhood, the index into t.confirms of
// the latest confirmation on or before date, or -1.
func (t *Timeline) confirmed(date time.Time) []int {
	date = day(date)
	out := make([]int, len(t.hoods))
	for i := range out {
		out[i] = -1
	}
	for i, c := range t.confirms {
		if c.Date.After(date) {
			break
		}
		for _, h := range t.confirmTargets[i] {
			out[h] = i
		}
	}
	// a change after the confirmation ends it
	st := t.state(date)
	for h, c := range out {
		if c >= 0 && t.events[st[h]].Date.After(t.confirms[c].Date) {
			out[h] = -1
		}
	}
	return out
}

// At returns the control of every neighbourhood at date: one feature per
// neighbourhood, in the order of the neighbourhood data, with properties id,
// name, name_ar, control, as_of (date, YYYY-MM-DD), since (the date that
// control began), source (`Publication, "Title", YYYY-MM-DD`: the report
// that established it), source_url, and, when a later report confirms the
// same holder, confirmed and confirmed_url (the latest such report).
func (t *Timeline) At(date time.Time) *geojson.FeatureCollection {
	st := t.state(date)
	since := t.since(date)
	conf := t.confirmed(date)
	asOf := day(date).Format(DateLayout)
	fc := geojson.NewFeatureCollection()
	for i, h := range t.hoods {
		ev := t.events[st[i]]
		f := geojson.NewFeature(h.Geometry)
		f.Properties = geojson.Properties{
			"id":            h.ID,
			"name":          h.Name,
			"name_ar":       h.NameAr,
			"control":       ev.Control,
			"as_of":         asOf,
			"since":         since[i].Format(DateLayout),
			"source":        ev.Source.String(),
			"source_url":    ev.Source.URL,
			"confirmed":     "",
			"confirmed_url": "",
		}
		if c := conf[i]; c >= 0 {
			f.Properties["confirmed"] = t.confirms[c].Source.String()
			f.Properties["confirmed_url"] = t.confirms[c].Source.URL
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
// date, ordered by event date, followed by those of the confirmations in
// force at date.
func (t *Timeline) Sources(date time.Time) []Source {
	st := t.state(date)
	out := t.sourcesOf(st, nil)
	seen := map[Source]bool{}
	for _, s := range out {
		seen[s] = true
	}
	used := make([]bool, len(t.confirms))
	for _, c := range t.confirmed(date) {
		if c >= 0 {
			used[c] = true
		}
	}
	for i, u := range used {
		for _, s := range t.confirms[i].Sources {
			if u && !seen[s] {
				seen[s] = true
				out = append(out, s)
			}
		}
	}
	return out
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
		if !u {
			continue
		}
		for _, s := range t.events[i].Sources {
			if !seen[s] {
				seen[s] = true
				out = append(out, s)
			}
		}
	}
	return out
}
