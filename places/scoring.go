package places

// Scoring: which readings of a name are acceptable, how each scores, and the best one.

import (
	"math"
	"strings"

	"newsatlas/places/namekey"
)

// score ranks entry e as the reading of a mention.
func (g *Gazetteer) score(e *entry, alt bool, h hints, ev *evidence) float64 {
	var s float64
	switch {
	case e.flags&flagCurated != 0:
		s = 7.5
	case e.kind == "country":
		s = 8 + math.Log10(float64(e.pop)+1)/10 + 0.5*float64(min(ev.anchorsIn(e.cc, ""), 2))
	case e.kind == "region":
		s = 5.5 + math.Log10(float64(e.pop)+1)/10 // a seat of the same name takes over: preferRegion
	default:
		s = math.Log10(float64(e.pop) + 1)
		switch e.fcode {
		case "PPLC":
			s += 1.5
		case "PPLA":
			s += 0.5
		case "PPLA2":
			s += 0.2
		}
		if e.flags&(flagCountryGated|flagAleppoGated) != 0 {
			s = 1
		}
		if h.city {
			s += 2
		}
	}
	if e.kind == "region" && h.region {
		s += 4
	}
	if alt && e.pop < 100_000 {
		s -= 0.7 // big cities' alternate names are mostly exonyms (Geneva for Genève)
	}
	return s + ev.bonus(e.cc)
}

// scoreIn is score plus the bonus for lying near the article's other places and in the
// country most of them lie in.
func (g *Gazetteer) scoreIn(key string, e *entry, alt bool, h hints, ev *evidence) float64 {
	return g.score(e, alt, h, ev) + ev.nearBonus(key, e) + ev.focusBonus(key, e)
}

// acceptable reports whether entry e may be the reading of candidate c.
func (g *Gazetteer) acceptable(e *entry, alt bool, c *candidate, ev *evidence) bool {
	if e.flags&flagCountryGated != 0 && !ev.has(e.cc) {
		return false
	}
	if e.flags&flagAleppoGated != 0 && !ev.aleppo {
		return false
	}
	if alt && c.allCommon && e.kind != "country" {
		return false // an alternate name that is an ordinary word: Center, Tallmadge
	}
	if e.kind == "country" || e.flags&flagCurated != 0 {
		return true
	}
	single := !strings.Contains(c.key, " ")
	inCtx := e.cc != "" && ev.strong[e.cc]
	if c.allCommon {
		if c.uninformative {
			return e.kind == "city" && (e.fcode == "PPLC" || e.pop >= 1_000_000)
		}
		if e.kind == "region" {
			// a populous region whose name is also a word, capitalised mid-sentence (Wales)
			// by its own full name, not one cut from Federal District or Centre-Val de Loire
			return !single || c.region || e.pop >= 1_000_000 && e.fcode == "ADM1" && !geoModifiers[c.key] &&
				namekey.Key(e.name) == c.key
		}
		if !single {
			return e.pop >= 100_000 || ev.has(e.cc) && e.pop >= 1000 // Rolling Fork, Mississippi
		}
		return e.pop >= 100_000 || inCtx && e.pop >= 10_000
	}
	if e.kind == "region" {
		return true
	}
	if e.kind == "city" && e.pop < 100_000 && !ev.has(e.cc) && ev.farFromAll(c.key, e, 2000) {
		return false // a small town far from every other place of the article (Delmas, Haiti is not Delmas, South Africa)
	}
	floor := int64(1000)
	if single {
		floor = 15000
	}
	if alt {
		floor = max(floor, 20000)
	}
	switch {
	case inCtx:
		floor = 0
	case ev.has(e.cc):
		floor = min(floor, 5000)
	}
	// (last, as it is the dearest: a small place the article's region or nearby places support)
	return e.pop >= floor || e.flags&(flagCountryGated|flagAleppoGated) != 0 || !alt && ev.closeBy(c.key, e)
}

// best returns the best acceptable entry for candidate c, or -1.
func (g *Gazetteer) best(c *candidate, ev *evidence) int {
	if c.abbrevRegion {
		return int(c.postings[0])
	}
	if c.abbrevCC != "" {
		return g.countryIndex(c.abbrevCC)
	}
	bi, bs := -1, math.Inf(-1)
	for _, p := range c.postings {
		idx, alt := int(p&^altBit), p&altBit != 0
		e := &g.entries[idx]
		if !g.acceptable(e, alt, c, ev) {
			continue
		}
		if s := g.scoreIn(c.key, e, alt, c.hints, ev); s > bs {
			bi, bs = idx, s
		}
	}
	return g.seatRegion(g.preferRegion(g.localNamesake(bi, c, ev), c, ev), c)
}

// seatRegion turns a first-level seat into its region when the text asks for a region
// (Kharkiv Oblast, Aleppo Governorate, Sichuan province), where the region's own name differs
// from the seat's (Kharkivs'ka Oblast').
func (g *Gazetteer) seatRegion(bi int, c *candidate) int {
	if bi < 0 || !c.region {
		return bi
	}
	if e := &g.entries[bi]; e.kind == "city" && (e.fcode == "PPLA" || e.fcode == "PPLC") {
		if r, ok := g.regions[e.cc+"."+e.admin1]; ok {
			return int(r)
		}
	}
	return bi
}

// localNamesake turns a country into a first-level region of the same name when the
// article's other places lie around that region and none in the country (Georgia in a
// story about Alabama and Atlanta).
func (g *Gazetteer) localNamesake(bi int, c *candidate, ev *evidence) int {
	if bi < 0 || g.entries[bi].kind != "country" || ev.anchorsIn(g.entries[bi].cc, c.key) > 0 {
		return bi
	}
	for _, p := range c.postings {
		r := &g.entries[p&^altBit]
		if p&altBit == 0 && r.kind == "region" && r.flags&flagCurated == 0 &&
			ev.anchorsIn(r.cc, c.key) >= 2 && ev.nearBonus(c.key, r) > 0 {
			return int(p &^ altBit)
		}
	}
	return bi
}

// preferRegion turns a city into the first-level region of the same name around it
// (Okinawa), unless the city is the region's seat or a big city (Aleppo, Kidal, New York),
// and a region into its seat of the same name unless the text says "region" or "province"
// or the article's other places spread over the region, away from the seat (Quebec beside
// Montreal and Gatineau is the province).
func (g *Gazetteer) preferRegion(bi int, c *candidate, ev *evidence) int {
	if bi < 0 || c.city {
		return bi
	}
	e := &g.entries[bi]
	if e.kind == "region" && e.flags&flagCurated == 0 && !c.region {
		// the region's seat of the same name: Kidal, Hama
		for _, p := range c.postings {
			s := &g.entries[p&^altBit]
			if s.kind == "city" && s.cc == e.cc && s.admin1 == e.admin1 && (s.fcode == "PPLA" || s.fcode == "PPLC") {
				if ev.spreadOver(c.key, e, s) {
					return bi
				}
				return int(p &^ altBit)
			}
		}
		return bi
	}
	if e.kind == "city" && (e.fcode == "PPLC" || e.fcode == "PPLA") {
		for _, p := range c.postings {
			r := &g.entries[p&^altBit]
			if p&altBit == 0 && r.kind == "region" && r.fcode == "ADM1" && r.cc == e.cc && r.admin1 == e.admin1 && ev.spreadOver(c.key, r, e) {
				return int(p &^ altBit) // the seat's namesake region, where the article's places are
			}
		}
	}
	if e.kind != "city" || e.fcode == "PPLC" || e.fcode == "PPLA" || e.pop >= 1_000_000 {
		return bi
	}
	for _, p := range c.postings {
		r := &g.entries[p&^altBit]
		if r.kind == "region" && r.flags&flagCurated == 0 && r.cc == e.cc && r.admin1 == e.admin1 {
			return int(p &^ altBit)
		}
	}
	return bi
}
