package places

import (
	"math"
	"strings"
)

// context is what an article says about where it is: the countries it names (strong) and
// those its demonyms and large cities point to (weak), and whether it names Aleppo.
type context struct {
	strong, weak map[string]bool
	aleppo       bool
	anchors      []anchor // places other names resolved to in a first pass
}

// anchor is a place a name resolved to, which makes nearby readings of other names likelier.
type anchor struct {
	key string
	e   *entry
}

// nearBonus is the score a reading of key earns from anchors of other names within
// 400 km, or in the region an anchor is.
func (c *context) nearBonus(key string, e *entry) float64 {
	if e.kind == "country" || e.flags&flagCurated != 0 {
		return 0
	}
	var b float64
	for _, a := range c.anchors {
		if a.key == key {
			continue
		}
		if a.e.kind == "region" && a.e.cc == e.cc && a.e.admin1 == e.admin1 && e.kind != "region" {
			b = max(b, 1.5)
		} else if km(a.e.lat, a.e.lon, e.lat, e.lon) <= 400 {
			b = max(b, 1)
		}
	}
	return b
}

// farFromAll reports whether there are anchors of names other than key and e lies more
// than limit km from all of them.
func (c *context) farFromAll(key string, e *entry, limit float64) bool {
	seen := false
	for _, a := range c.anchors {
		if a.key == key {
			continue
		}
		seen = true
		if km(a.e.lat, a.e.lon, e.lat, e.lon) <= limit {
			return false
		}
	}
	return seen
}

// anchorsIn counts the anchors of names other than key in country cc.
func (c *context) anchorsIn(cc, key string) int {
	n := 0
	for _, a := range c.anchors {
		if a.key != key && a.e.cc == cc {
			n++
		}
	}
	return n
}

// km is the great-circle distance between two points.
func km(lat1, lon1, lat2, lon2 float64) float64 {
	const r = math.Pi / 180
	a := math.Pow(math.Sin((lat2-lat1)*r/2), 2) +
		math.Cos(lat1*r)*math.Cos(lat2*r)*math.Pow(math.Sin((lon2-lon1)*r/2), 2)
	return 12742 * math.Asin(math.Sqrt(min(1, a)))
}

// has reports whether country cc is in the context.
func (c *context) has(cc string) bool { return cc != "" && (c.strong[cc] || c.weak[cc]) }

// bonus is the score a place in country cc earns from the context.
func (c *context) bonus(cc string) float64 {
	switch {
	case cc == "":
		return 0
	case c.strong[cc]:
		return 1.2
	case c.weak[cc]:
		return 0.6
	}
	return 0
}

// hints are what the words around a mention say about the kind of place.
type hints struct {
	region bool // Idlib province, Donetsk region
	city   bool // Kuwait city, the city of Homs
}

// candidate is a match that passed the rejection rules, with what resolution needs.
type candidate struct {
	match
	hints
	uninformative bool // its capital letter says nothing (sentence start, headline)
	allCommon     bool // every word of it is an ordinary English word
	forced        int  // entry chosen by a qualifier (Reading, England), or -1
}

// score ranks entry e as the reading of a mention.
func (g *Gazetteer) score(e *entry, alt bool, h hints, ctx *context) float64 {
	var s float64
	switch {
	case e.flags&flagCurated != 0:
		s = 7.5
	case e.kind == "country":
		s = 8 + math.Log10(float64(e.pop)+1)/10 + 0.5*float64(min(ctx.anchorsIn(e.cc, ""), 2))
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
	return s + ctx.bonus(e.cc)
}

// scoreIn is score plus the bonus for lying near the article's other places.
func (g *Gazetteer) scoreIn(key string, e *entry, alt bool, h hints, ctx *context) float64 {
	return g.score(e, alt, h, ctx) + ctx.nearBonus(key, e)
}

// acceptable reports whether entry e may be the reading of candidate c.
func (g *Gazetteer) acceptable(e *entry, alt bool, c *candidate, ctx *context) bool {
	if e.flags&flagCountryGated != 0 && !ctx.has(e.cc) {
		return false
	}
	if e.flags&flagAleppoGated != 0 && !ctx.aleppo {
		return false
	}
	if alt && c.allCommon && e.kind != "country" {
		return false // an alternate name that is an ordinary word: Center, Tallmadge
	}
	if e.kind == "country" || e.flags&flagCurated != 0 {
		return true
	}
	single := !strings.Contains(c.key, " ")
	inCtx := e.cc != "" && ctx.strong[e.cc]
	if c.allCommon {
		if c.uninformative {
			return e.kind == "city" && (e.fcode == "PPLC" || e.pop >= 1_000_000)
		}
		if e.kind == "region" {
			return !single || c.region
		}
		if !single {
			return e.pop >= 100_000 || ctx.has(e.cc) && e.pop >= 1000 // Rolling Fork, Mississippi
		}
		return e.pop >= 100_000 || inCtx && e.pop >= 10_000
	}
	if e.kind == "region" {
		return true
	}
	if e.kind == "city" && e.pop < 100_000 && !ctx.has(e.cc) && ctx.farFromAll(c.key, e, 2000) {
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
	case ctx.has(e.cc):
		floor = min(floor, 5000)
	}
	return e.pop >= floor || e.flags&(flagCountryGated|flagAleppoGated) != 0
}

// best returns the best acceptable entry for candidate c, or -1.
func (g *Gazetteer) best(c *candidate, ctx *context) int {
	if c.abbrevCC != "" {
		return g.countryIndex(c.abbrevCC)
	}
	bi, bs := -1, math.Inf(-1)
	for _, p := range c.postings {
		idx, alt := int(p&^altBit), p&altBit != 0
		e := &g.entries[idx]
		if !g.acceptable(e, alt, c, ctx) {
			continue
		}
		if s := g.scoreIn(c.key, e, alt, c.hints, ctx); s > bs {
			bi, bs = idx, s
		}
	}
	return g.preferRegion(g.localNamesake(bi, c, ctx), c)
}

// localNamesake turns a country into a first-level region of the same name when the
// article's other places lie around that region and none in the country (Georgia in a
// story about Alabama and Atlanta).
func (g *Gazetteer) localNamesake(bi int, c *candidate, ctx *context) int {
	if bi < 0 || g.entries[bi].kind != "country" || ctx.anchorsIn(g.entries[bi].cc, c.key) > 0 {
		return bi
	}
	for _, p := range c.postings {
		r := &g.entries[p&^altBit]
		if p&altBit == 0 && r.kind == "region" && r.flags&flagCurated == 0 &&
			ctx.anchorsIn(r.cc, c.key) >= 2 && ctx.nearBonus(c.key, r) > 0 {
			return int(p &^ altBit)
		}
	}
	return bi
}

// preferRegion turns a city into the first-level region of the same name around it
// (Okinawa), unless the city is the region's seat or a big city (Aleppo, Kidal, New York),
// and a region into its seat of the same name unless the text says "region" or "province".
func (g *Gazetteer) preferRegion(bi int, c *candidate) int {
	if bi < 0 || c.city {
		return bi
	}
	e := &g.entries[bi]
	if e.kind == "region" && e.flags&flagCurated == 0 && !c.region {
		// the region's seat of the same name: Kidal, Hama
		for _, p := range c.postings {
			s := &g.entries[p&^altBit]
			if s.kind == "city" && s.cc == e.cc && s.admin1 == e.admin1 && (s.fcode == "PPLA" || s.fcode == "PPLC") {
				return int(p &^ altBit)
			}
		}
		return bi
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

// countryIndex returns the entry of the country with ISO code cc, or -1.
func (g *Gazetteer) countryIndex(cc string) int {
	for _, p := range g.lookup(countryKeyOf(cc)) {
		if e := &g.entries[p&^altBit]; e.kind == "country" && e.cc == cc {
			return int(p &^ altBit)
		}
	}
	for i := range g.entries {
		if e := &g.entries[i]; e.kind == "country" && e.cc == cc {
			return i
		}
	}
	return -1
}

// countryKeyOf gives the key of the usual name of the countries with abbreviations.
func countryKeyOf(cc string) string {
	switch cc {
	case "US":
		return "united states"
	case "GB":
		return "united kingdom"
	case "AE":
		return "united arab emirates"
	case "CD":
		return "democratic republic of the congo"
	case "SA":
		return "saudi arabia"
	case "CN":
		return "china"
	case "KP":
		return "north korea"
	}
	return ""
}

// qualify resolves "A, B" where B names a country or a first-level region that contains
// one of A's readings (Reading, England; Sydney, Nova Scotia; TBILISI, Georgia): both are
// forced to the pair that scores best.
func (g *Gazetteer) qualify(a, b *candidate, ctx *context) {
	if b.abbrevCC != "" {
		i := g.countryIndex(b.abbrevCC)
		if i < 0 {
			return
		}
		b.postings = []int32{int32(i)}
	}
	if bi := g.best(b, ctx); bi < 0 || g.entries[bi].kind != "country" && g.entries[bi].kind != "region" {
		return
	}
	if ai := g.best(a, ctx); ai >= 0 && g.entries[ai].kind == "country" {
		return
	}
	bestA, bestB, bs := -1, -1, math.Inf(-1)
	for _, pb := range b.postings {
		eb := &g.entries[pb&^altBit]
		if eb.kind != "country" && eb.kind != "region" {
			continue
		}
		for _, pa := range a.postings {
			ea := &g.entries[pa&^altBit]
			if ea.kind == "country" || ea.cc != eb.cc || eb.kind == "region" && ea.admin1 != eb.admin1 {
				continue
			}
			if ea.flags&flagAleppoGated != 0 && !ctx.aleppo {
				continue
			}
			s := g.scoreIn(a.key, ea, pa&altBit != 0, a.hints, ctx) + g.score(eb, pb&altBit != 0, b.hints, ctx)
			if s > bs {
				bestA, bestB, bs = int(pa&^altBit), int(pb&^altBit), s
			}
		}
	}
	if bestA >= 0 {
		a.forced, b.forced = bestA, bestB
	}
}

// qualifyState resolves "A, Miss.": A becomes its best reading in that US state.
func (g *Gazetteer) qualifyState(a *candidate, admin1 string, ctx *context) {
	best, bs := -1, math.Inf(-1)
	for _, p := range a.postings {
		e := &g.entries[p&^altBit]
		if e.cc != "US" || e.admin1 != admin1 || e.kind == "country" {
			continue
		}
		if s := g.score(e, p&altBit != 0, a.hints, ctx); s > bs {
			best, bs = int(p&^altBit), s
		}
	}
	if best >= 0 {
		a.forced = best
	}
}
