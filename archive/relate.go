package archive

import (
	"sort"
	"strings"
	"time"

	"github.com/paulmach/orb"

	"newsatlas/places"
)

// Match is an article that names places inside a region.
type Match struct {
	*Parsed
	// Mentions is how many times the article mentions places inside the region.
	Mentions int
	// Passages are the sentences holding those mentions.
	Passages []Passage
}

// Relate is p's match in r: the mentions of the places p names that r counts as inside
// (Region.Counts) and the sentences holding them; ok is false when there are none.
func Relate(p *Parsed, r *Region) (m Match, ok bool) {
	var inside []places.Place
	for _, pl := range p.Places {
		if r.Counts(pl.Kind, orb.Point{pl.Lon, pl.Lat}) {
			inside = append(inside, pl)
			m.Mentions += len(pl.Mentions)
		}
	}
	if m.Mentions == 0 {
		return Match{}, false
	}
	m.Parsed = p
	m.Passages = Passages(p.Text, inside)
	return m, true
}

// Rank orders matches most mentions first, then newest first, then by source.
func Rank(ms []Match) {
	sort.SliceStable(ms, func(i, j int) bool {
		a, b := ms[i], ms[j]
		if a.Mentions != b.Mentions {
			return a.Mentions > b.Mentions
		}
		if !a.Date.Equal(b.Date) {
			return a.Date.After(b.Date)
		}
		return strings.Compare(a.Source, b.Source) < 0
	})
}

// InWindow reports whether the article's date lies in [from, to], days included; a zero
// from or to leaves that side open. An article with no date is in only an open window.
func (a *Article) InWindow(from, to time.Time) bool {
	if from.IsZero() && to.IsZero() {
		return true
	}
	if a.Date.IsZero() {
		return false
	}
	d := day(a.Date)
	return (from.IsZero() || !d.Before(day(from))) && (to.IsZero() || !d.After(day(to)))
}
