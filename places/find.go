package places

import (
	"sort"
	"strings"
)

// Find returns the places text names, in order of first mention, each with all its
// mentions. Every mention of the same name resolves to the same place, the one a
// qualifier ("Reading, England") picked if there is one.
func (g *Gazetteer) Find(text string) []Place {
	toks := tokenize(text)
	ms := g.findMatches(text, toks)
	matchAt := make([]int, len(toks))
	for i := range matchAt {
		matchAt[i] = -1
	}
	for k, m := range ms {
		for i := m.i; i < m.j; i++ {
			matchAt[i] = k
		}
	}
	prominent := make([]bool, len(ms))
	for k := range ms {
		prominent[k] = g.prominent(&ms[k])
	}
	prominentAt := func(i int) bool { return matchAt[i] >= 0 && prominent[matchAt[i]] }
	isCountryAt := func(i int) bool { return matchAt[i] >= 0 && g.namesCountry(&ms[matchAt[i]]) }
	surnames := personSurnames(toks)

	var cands []*candidate
	for _, m := range ms {
		if g.rejectReason(toks, m, surnames, prominentAt, isCountryAt) != "" {
			continue
		}
		cands = append(cands, g.newCandidate(toks, m))
	}
	ctx := g.context(toks, cands)
	for k, a := range cands {
		if k+1 < len(cands) && cands[k+1].i == a.j && isComma(toks[a.j].sep) {
			g.qualify(a, cands[k+1], ctx)
		} else if st := usStateAfter(text, a.end); st != "" {
			g.qualifyState(a, st, ctx)
		}
	}
	return g.collect(text, cands, ctx)
}

// usStateAfter returns the admin1 code of a US state abbreviation that follows a name
// after a comma (", Miss."), or "".
func usStateAfter(text string, end int) string {
	rest, ok := strings.CutPrefix(text[end:], ", ")
	if !ok {
		return ""
	}
	for abbr, code := range usStateAbbreviations {
		if strings.HasPrefix(rest, abbr) {
			return code
		}
	}
	return ""
}

// isComma reports whether sep is a comma with spaces on one line.
func isComma(sep string) bool {
	return strings.TrimSpace(sep) == "," && !strings.Contains(sep, "\n")
}

// prominent reports whether any reading of m is a country, a region, a curated place or a
// city of at least 100,000.
func (g *Gazetteer) prominent(m *match) bool {
	if m.abbrevCC != "" {
		return true
	}
	for _, p := range m.postings {
		e := &g.entries[p&^altBit]
		if p&altBit == 0 && (e.kind != "city" || e.pop >= 100_000) {
			return true
		}
	}
	return false
}

// namesCountry reports whether a primary reading of m is a country.
func (g *Gazetteer) namesCountry(m *match) bool {
	if m.abbrevCC != "" {
		return true
	}
	for _, p := range m.postings {
		if p&altBit == 0 && g.entries[p&^altBit].kind == "country" {
			return true
		}
	}
	return false
}

// newCandidate reads the hints around match m.
func (g *Gazetteer) newCandidate(toks []token, m match) *candidate {
	c := &candidate{match: m, forced: -1}
	if m.i > 0 && toks[m.i].sep == "-" && toks[m.i-1].lower && articlePrefixes[toks[m.i-1].key] {
		c.start = toks[m.i-1].start // al-Raqqa: the mention keeps its article
	}
	if m.j < len(toks) && isSpanSep(toks[m.j].sep) {
		n := toks[m.j].key
		c.region = regionWords[n]
		c.city = cityWords[n]
	}
	if m.i >= 2 && toks[m.i-1].key == "of" && cityWords[toks[m.i-2].key] {
		c.city = true
	}
	first := &toks[m.i]
	c.uninformative = first.uninformative
	c.allCommon = m.abbrevCC == "" && allCommon(g, toks[m.i:m.j])
	if toks[m.j-1].headline {
		c.uninformative = true
	}
	return c
}

// context gathers the countries the article is about.
func (g *Gazetteer) context(toks []token, cands []*candidate) *context {
	ctx := &context{strong: map[string]bool{}, weak: map[string]bool{}}
	for _, t := range toks {
		if cc := demonyms[t.key]; cc != "" && t.cap {
			ctx.weak[cc] = true
		}
	}
	for _, c := range cands {
		if c.abbrevCC != "" {
			ctx.strong[c.abbrevCC] = true
			continue
		}
		if c.key == "aleppo" || c.key == "halab" {
			ctx.aleppo = true
		}
		for _, p := range c.postings {
			e := &g.entries[p&^altBit]
			if p&altBit == 0 && e.kind == "country" && !c.allCommon {
				ctx.strong[e.cc] = true
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
			ctx.weak[big.cc] = true
		}
	}
	return ctx
}

// sense is what a name resolves by: its key, apart for mentions that ask for a region
// ("KADUNA, Nigeria" and "Kaduna State" are a city and a state).
func (c *candidate) sense() string {
	if c.region {
		return c.key + "\x00region"
	}
	return c.key
}

// collect resolves each name once and groups the mentions by place.
func (g *Gazetteer) collect(text string, cands []*candidate, ctx *context) []Place {
	forced := map[string]int{}
	hintsOf := map[string]hints{}
	for _, c := range cands {
		if _, ok := forced[c.sense()]; !ok && c.forced >= 0 {
			forced[c.sense()] = c.forced
		}
		h := hintsOf[c.sense()]
		h.region = h.region || c.region
		h.city = h.city || c.city
		hintsOf[c.sense()] = h
	}
	resolve := func() map[string]int {
		resolved := map[string]int{}
		for _, c := range cands {
			if idx, ok := forced[c.sense()]; ok {
				resolved[c.sense()] = idx
				continue
			}
			if _, ok := resolved[c.sense()]; ok || c.uninformative || c.allCommon && c.abbrevCC == "" {
				continue
			}
			cc := *c
			cc.hints = hintsOf[c.sense()]
			if idx := g.best(&cc, ctx); idx >= 0 {
				resolved[c.sense()] = idx
			}
		}
		return resolved
	}
	// First pass: each name on its own; second: near the places the others resolved to.
	for key, idx := range resolve() {
		if e := &g.entries[idx]; e.kind == "city" || e.kind == "region" && e.flags&flagCurated == 0 || e.kind == "landmark" {
			ctx.anchors = append(ctx.anchors, anchor{key: key, e: e})
			if e.kind == "region" && e.cc != "" {
				ctx.weak[e.cc] = true // England makes Bath the English one
			}
		}
	}
	resolved := resolve()
	byEntry := map[int]int{} // entry index -> position in out
	var out []Place
	for _, c := range cands {
		idx, ok := resolved[c.sense()]
		if c.forced >= 0 {
			idx, ok = c.forced, true // Reading, Pennsylvania beside Reading, England
		}
		if !ok {
			cc := *c
			cc.hints = hintsOf[c.sense()]
			idx = g.best(&cc, ctx)
		}
		if idx < 0 {
			continue
		}
		e := &g.entries[idx]
		k, ok := byEntry[idx]
		if !ok {
			k = len(out)
			byEntry[idx] = k
			out = append(out, Place{Name: displayName(e, text[c.start:c.end]), Lat: e.lat, Lon: e.lon, Kind: e.kind,
				Country: e.cc, Population: e.pop, GeonameID: e.gid})
		}
		out[k].Mentions = append(out[k].Mentions, Mention{Start: c.start, End: c.end, Text: text[c.start:c.end]})
	}
	for i := range out {
		sort.Slice(out[i].Mentions, func(a, b int) bool { return out[i].Mentions[a].Start < out[i].Mentions[b].Start })
	}
	return out
}

// displayName names a place as the article spells it, unless it is a country or the
// article spells it in capitals or by abbreviation.
func displayName(e *entry, mention string) string {
	if e.kind == "country" || e.kind == "region" || isAllCaps(mention) || strings.Contains(mention, ".") {
		return e.name
	}
	return mention
}
