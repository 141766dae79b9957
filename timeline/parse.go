package timeline

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geojson"

	"newsatlas/control"
	"newsatlas/data"
)

// Timeline holds the neighbourhood geometries and the control events, sorted
// by date. It is safe for concurrent use.
type Timeline struct {
	hoods   []neighbourhood
	events  []Event // the changes, by date then order
	targets [][]int // targets[i]: indices into hoods of events[i]

	confirms       []Event // the confirmations, by date then order
	confirmTargets [][]int

	gridMu sync.Mutex
	grid   *grid // made on first use; Warm lets it go

	zoneMu    sync.Mutex
	zoneCache map[string][]zone
}

// neighbourhood is one polygon of the neighbourhood data.
type neighbourhood struct {
	ID, Name, NameAr string
	Geometry         orb.Geometry
}

// eventJSON is the on-disk form of an Event. Sources is the list form;
// Source, a single report, is accepted where an event has only one.
type eventJSON struct {
	Date           string   `json:"date"`
	Order          int      `json:"order"`
	Neighbourhoods []string `json:"neighbourhoods"`
	Control        string   `json:"control"`
	Confirms       bool     `json:"confirms"`
	Source         *Source  `json:"source"`
	Sources        []Source `json:"sources"`
	Note           string   `json:"note"`
}

// Load returns the timeline of the embedded Aleppo data.
func Load() (*Timeline, error) {
	t, err := Parse(data.AleppoNeighbourhoods, data.AleppoEvents)
	if err != nil {
		return nil, fmt.Errorf("embedded aleppo data: %w", err)
	}
	return t, nil
}

// Parse builds a timeline from a GeoJSON FeatureCollection of neighbourhoods
// (properties NAME, NAME_A, id; Polygon or MultiPolygon geometry) and a JSON
// list of events. An event names neighbourhoods by NAME (every polygon with
// that name) or by id (one polygon). Events of one date apply in the order
// of their order field. Parse rejects unknown names, bad control values,
// events without a complete source published on or after their date, two
// events of one date and order that set the same neighbourhood, a
// confirmation of a holder the state does not have, and a first date that
// does not set every neighbourhood.
func Parse(neighbourhoods, events []byte) (*Timeline, error) {
	t := &Timeline{}
	if err := t.parseNeighbourhoods(neighbourhoods); err != nil {
		return nil, fmt.Errorf("neighbourhoods: %w", err)
	}
	if err := t.parseEvents(events); err != nil {
		return nil, fmt.Errorf("events: %w", err)
	}
	if err := t.checkBaseline(); err != nil {
		return nil, fmt.Errorf("events: %w", err)
	}
	if err := t.checkConfirmations(); err != nil {
		return nil, fmt.Errorf("events: %w", err)
	}
	return t, nil
}

func (t *Timeline) parseNeighbourhoods(b []byte) error {
	fc, err := geojson.UnmarshalFeatureCollection(b)
	if err != nil {
		return err
	}
	if len(fc.Features) == 0 {
		return fmt.Errorf("no features")
	}
	ids := map[string]bool{}
	for i, f := range fc.Features {
		name := f.Properties.MustString("NAME", "")
		if name == "" {
			return fmt.Errorf("feature %d has no NAME", i)
		}
		id := f.Properties.MustString("id", "")
		if id == "" {
			id = fmt.Sprintf("n%03d", i)
		}
		if ids[id] {
			return fmt.Errorf("feature %d (%s): duplicate id %q", i, name, id)
		}
		ids[id] = true
		switch f.Geometry.(type) {
		case orb.Polygon, orb.MultiPolygon:
		default:
			return fmt.Errorf("feature %d (%s): geometry is %T, want Polygon or MultiPolygon", i, name, f.Geometry)
		}
		t.hoods = append(t.hoods, neighbourhood{
			ID:       id,
			Name:     name,
			NameAr:   f.Properties.MustString("NAME_A", ""),
			Geometry: f.Geometry,
		})
	}
	return nil
}

func (t *Timeline) parseEvents(b []byte) error {
	var raw []eventJSON
	if err := json.Unmarshal(b, &raw); err != nil {
		return err
	}
	if len(raw) == 0 {
		return fmt.Errorf("no events")
	}
	byName := map[string][]int{}
	for i, h := range t.hoods {
		byName[h.Name] = append(byName[h.Name], i)
		byName[h.ID] = append(byName[h.ID], i)
	}
	type indexed struct {
		ev      Event
		targets []int
	}
	all := make([]indexed, 0, len(raw))
	for i, r := range raw {
		where := fmt.Sprintf("event %d (%s)", i, r.Date)
		d, err := time.Parse(DateLayout, r.Date)
		if err != nil {
			return fmt.Errorf("%s: date is not YYYY-MM-DD", where)
		}
		if !control.Valid(r.Control) {
			return fmt.Errorf("%s: control %q is not one of %s", where, r.Control, strings.Join(control.All, ", "))
		}
		sources := r.Sources
		if r.Source != nil {
			if len(sources) > 0 {
				return fmt.Errorf("%s: both source and sources", where)
			}
			sources = []Source{*r.Source}
		}
		if err := validateSources(d, sources); err != nil {
			return fmt.Errorf("%s: %w", where, err)
		}
		if len(r.Neighbourhoods) == 0 {
			return fmt.Errorf("%s: no neighbourhoods", where)
		}
		var targets []int
		var unknown []string
		for _, n := range r.Neighbourhoods {
			idx, ok := byName[n]
			if !ok {
				unknown = append(unknown, fmt.Sprintf("%q", n))
				continue
			}
			targets = append(targets, idx...)
		}
		if len(unknown) > 0 {
			return fmt.Errorf("%s: unknown neighbourhoods %s", where, strings.Join(unknown, ", "))
		}
		all = append(all, indexed{
			ev: Event{
				Date:           d,
				Order:          r.Order,
				Neighbourhoods: r.Neighbourhoods,
				Control:        r.Control,
				Confirms:       r.Confirms,
				Source:         sources[0],
				Sources:        sources,
				Note:           r.Note,
			},
			targets: targets,
		})
	}
	sort.SliceStable(all, func(i, j int) bool {
		a, b := all[i].ev, all[j].ev
		if !a.Date.Equal(b.Date) {
			return a.Date.Before(b.Date)
		}
		return a.Order < b.Order
	})
	for i := 0; i < len(all); i++ {
		for j := i + 1; j < len(all) && all[j].ev.Date.Equal(all[i].ev.Date) && all[j].ev.Order == all[i].ev.Order; j++ {
			if err := t.checkOrder(all[i].ev, all[i].targets, all[j].targets); err != nil {
				return err
			}
		}
	}
	for _, a := range all {
		if a.ev.Confirms {
			t.confirms = append(t.confirms, a.ev)
			t.confirmTargets = append(t.confirmTargets, a.targets)
			continue
		}
		t.events = append(t.events, a.ev)
		t.targets = append(t.targets, a.targets)
	}
	if len(t.events) == 0 {
		return fmt.Errorf("no change events")
	}
	return nil
}

// checkOrder rejects two events of one date and one order (a and the one
// with targets bt) that set a neighbourhood in common: which applies last
// would depend on their place in the file.
func (t *Timeline) checkOrder(a Event, at, bt []int) error {
	in := map[int]bool{}
	for _, h := range at {
		in[h] = true
	}
	for _, h := range bt {
		if in[h] {
			return fmt.Errorf("two events of %s with order %d both set %s: give them distinct orders",
				a.Date.Format(DateLayout), a.Order, t.hoods[h].Name)
		}
	}
	return nil
}

// checkConfirmations makes sure each confirmation confirms the control its
// neighbourhoods have on its date.
func (t *Timeline) checkConfirmations() error {
	for i, c := range t.confirms {
		st := t.state(c.Date)
		for _, h := range t.confirmTargets[i] {
			if got := t.events[st[h]].Control; got != c.Control {
				return fmt.Errorf("confirmation of %s (%s): %s is %s on that date, not %s",
					c.Date.Format(DateLayout), c.Source.Publication, t.hoods[h].Name, got, c.Control)
			}
		}
	}
	return nil
}

// checkBaseline makes sure the events of the first date set every neighbourhood.
func (t *Timeline) checkBaseline() error {
	first := t.events[0].Date
	set := make([]bool, len(t.hoods))
	for i, ev := range t.events {
		if !ev.Date.Equal(first) {
			break
		}
		for _, h := range t.targets[i] {
			set[h] = true
		}
	}
	var missing []string
	for i, ok := range set {
		if !ok {
			missing = append(missing, t.hoods[i].Name)
		}
	}
	if len(missing) > 0 {
		return fmt.Errorf("baseline %s does not set %s", first.Format(DateLayout), strings.Join(missing, ", "))
	}
	return nil
}

// Events returns a copy of the change events, sorted by date and order.
func (t *Timeline) Events() []Event {
	return append([]Event(nil), t.events...)
}

// Confirmations returns a copy of the confirmations, sorted by date and order.
func (t *Timeline) Confirmations() []Event {
	return append([]Event(nil), t.confirms...)
}
