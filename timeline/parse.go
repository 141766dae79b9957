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
	events  []Event
	targets [][]int // targets[i]: indices into hoods of events[i]

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

// eventJSON is the on-disk form of an Event.
type eventJSON struct {
	Date           string   `json:"date"`
	Neighbourhoods []string `json:"neighbourhoods"`
	Control        string   `json:"control"`
	Source         Source   `json:"source"`
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
// that name) or by id (one polygon). Parse rejects unknown names, bad control
// values, events without a complete source, and a first date that does not set
// every neighbourhood.
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
		if err := r.Source.validate(); err != nil {
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
				Neighbourhoods: r.Neighbourhoods,
				Control:        r.Control,
				Source:         r.Source,
				Note:           r.Note,
			},
			targets: targets,
		})
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].ev.Date.Before(all[j].ev.Date) })
	for _, a := range all {
		t.events = append(t.events, a.ev)
		t.targets = append(t.targets, a.targets)
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

// Events returns a copy of the events, sorted by date.
func (t *Timeline) Events() []Event {
	return append([]Event(nil), t.events...)
}
