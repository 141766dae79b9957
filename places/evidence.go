package places

// Evidence: what the whole article says about where it is, and how near a reading lies
// to the places the other names resolved to.

import (
	"math"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geo"
)

// evidence is what an article says about where it is, which readings of its names are
// scored by: the countries it names (strong), those its demonyms and large cities point
// to (weak), whether it names Aleppo, and the places its names resolved to in a first pass.
type evidence struct {
	strong, weak map[string]bool
	aleppo       bool
	anchors      []anchor          // places other names resolved to in a first pass
	focusOf      map[string]string // focus, by key, once anchors are set
}

// anchor is a place a name resolved to, which makes nearby readings of other names likelier.
type anchor struct {
	key string
	e   *entry
}

// gatherEvidence reads the countries the article is about from its words and candidates.
func (g *Gazetteer) gatherEvidence(toks []token, cands []*candidate) *evidence {
	ev := &evidence{strong: map[string]bool{}, weak: map[string]bool{}}
	for _, t := range toks {
		if !t.cap || !t.demonym {
			continue // t.demonym: t.key may be a demonym
		}
		if i, ok := g.demonyms[t.key]; ok && g.entries[i].cc != "" {
			ev.weak[g.entries[i].cc] = true
		}
	}
	for _, c := range cands {
		if _, ok := c.demonymEntry(); ok {
			continue
		}
		if c.abbrevCC != "" {
			ev.strong[c.abbrevCC] = true
			continue
		}
		if c.key == "aleppo" || c.key == "halab" {
			ev.aleppo = true
		}
		for _, p := range c.postings {
			e := &g.entries[p&^altBit]
			if p&altBit == 0 && e.kind == "country" && !c.allCommon {
				ev.strong[e.cc] = true
			}
		}
	}
	for _, c := range cands {
		// a big city without a namesake of any size points to its country
		var big *entry
		n := 0
		for _, p := range c.postings {
			if e := &g.entries[p&^altBit]; e.kind == "city" && e.pop >= 50_000 {
				n++
				if e.pop >= 500_000 && p&altBit == 0 {
					big = e
				}
			}
		}
		if n == 1 && big != nil {
			ev.weak[big.cc] = true
		}
	}
	return ev
}

// nearBonus is the score a reading of key earns from anchors of other names within
// 400 km, or in the region an anchor is.
func (ev *evidence) nearBonus(key string, e *entry) float64 {
	if e.kind == "country" || e.flags&flagCurated != 0 {
		return 0
	}
	var b float64
	for _, a := range ev.anchors {
		if a.key == key {
			continue
		}
		if a.e.kind == "region" && a.e.cc == e.cc && a.e.admin1 == e.admin1 && e.kind != "region" {
			b = max(b, 1.5)
		} else if !fartherThan(a.e, e, 400) {
			b = max(b, 1)
		}
	}
	return b
}

// spreadKm is how far from its seat another name's place must lie for a seat's name to be
// read as the region around it (Montreal is 230 km from Quebec City; Kobani 130 km from
// Aleppo, which stays the city).
const spreadKm = 200

// spreadOver reports whether another name's place lies in region r, more than spreadKm
// from its seat s.
func (ev *evidence) spreadOver(key string, r, s *entry) bool {
	for _, a := range ev.anchors {
		if a.key != key && a.e.kind == "city" && a.e.cc == r.cc && a.e.admin1 == r.admin1 && fartherThan(a.e, s, spreadKm) {
			return true
		}
	}
	return false
}

// closeKm is how near another name's place a small town must lie for that to admit it.
const closeKm = 100

// closeBy reports whether e lies in a first-level region another name resolved to, or
// within closeKm of another name's place (Ingham beside Townsville, in Queensland).
func (ev *evidence) closeBy(key string, e *entry) bool {
	for _, a := range ev.anchors {
		if a.key == key {
			continue
		}
		if a.e.kind == "region" && a.e.fcode == "ADM1" && a.e.cc == e.cc && a.e.admin1 == e.admin1 || !fartherThan(a.e, e, closeKm) {
			return true
		}
	}
	return false
}

// farFromAll reports whether there are anchors of names other than key and e lies more
// than limit km from all of them.
func (ev *evidence) farFromAll(key string, e *entry, limit float64) bool {
	seen := false
	for _, a := range ev.anchors {
		if a.key == key {
			continue
		}
		seen = true
		if !fartherThan(a.e, e, limit) {
			return false
		}
	}
	return seen
}

// focusBonus is the score a reading of key earns from lying in the article's focus country.
func (ev *evidence) focusBonus(key string, e *entry) float64 {
	if e.kind != "country" && e.flags&flagCurated == 0 && e.cc != "" && ev.focus(key) == e.cc {
		return 1
	}
	return 0
}

// focus is the country most of the places other names than key resolved to lie in (at
// least two, and more than in any other country), as CLIFF's focus: Edmonton beside
// Tottenham and Walthamstow is the London one. It is "" when there is none.
func (ev *evidence) focus(key string) string {
	if f, ok := ev.focusOf[key]; ok {
		return f
	}
	if ev.focusOf == nil {
		ev.focusOf = map[string]string{}
	}
	f := ev.focusNow(key)
	ev.focusOf[key] = f
	return f
}

// focusNow computes focus: the country of the most anchors of other names than key, if
// at least two lie in it and fewer in every other.
func (ev *evidence) focusNow(key string) string {
	type count struct {
		cc string
		n  int
	}
	var counts []count
	for _, a := range ev.anchors {
		if a.key == key || a.e.cc == "" {
			continue
		}
		k := 0
		for k < len(counts) && counts[k].cc != a.e.cc {
			k++
		}
		if k == len(counts) {
			counts = append(counts, count{cc: a.e.cc})
		}
		counts[k].n++
	}
	best, bn, second := "", 0, 0
	for _, c := range counts {
		switch {
		case c.n > bn:
			best, second, bn = c.cc, bn, c.n
		case c.n > second:
			second = c.n
		}
	}
	if bn >= 2 && bn > second {
		return best
	}
	return ""
}

// anchorsIn counts the anchors of names other than key in country cc.
func (ev *evidence) anchorsIn(cc, key string) int {
	n := 0
	for _, a := range ev.anchors {
		if a.key != key && a.e.cc == cc {
			n++
		}
	}
	return n
}

// distanceKm is the great-circle distance between two entries, in kilometres.
func distanceKm(a, b *entry) float64 {
	return geo.DistanceHaversine(orb.Point{a.lon, a.lat}, orb.Point{b.lon, b.lat}) / 1000
}

// kmPerDegree is the length of a degree of a great circle on the sphere distanceKm uses,
// less 0.1% for rounding: two places at least this much per degree of latitude apart are
// that far apart at least.
const kmPerDegree = orb.EarthRadius / 1000 * math.Pi / 180 * 0.999

// fartherThan reports whether entries a and b lie more than km apart (distanceKm), without
// the trigonometry when their latitudes alone say so.
func fartherThan(a, b *entry, km float64) bool {
	if math.Abs(a.lat-b.lat)*kmPerDegree > km {
		return true
	}
	return distanceKm(a, b) > km
}

// has reports whether country cc is in the evidence.
func (ev *evidence) has(cc string) bool { return cc != "" && (ev.strong[cc] || ev.weak[cc]) }

// bonus is the score a place in country cc earns from the evidence.
func (ev *evidence) bonus(cc string) float64 {
	switch {
	case cc == "":
		return 0
	case ev.strong[cc]:
		return 1.2
	case ev.weak[cc]:
		return 0.6
	}
	return 0
}
