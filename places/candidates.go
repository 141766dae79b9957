package places

// Candidates: the matches that may be places, with what the words around them say.

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
	c.allCommon = m.abbrevCC == "" && m.demonym == 0 && allCommon(g, toks[m.i:m.j])
	if toks[m.j-1].headline {
		c.uninformative = true
	}
	return c
}

// sense is what a name resolves by: its key, apart for mentions that ask for a region
// ("KADUNA, Nigeria" and "Kaduna State" are a city and a state).
func (c *candidate) sense() string {
	if c.region {
		return c.key + "\x00region"
	}
	return c.key
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
		return !m.abbrevRegion
	}
	for _, p := range m.postings {
		if p&altBit == 0 && g.entries[p&^altBit].kind == "country" {
			return true
		}
	}
	return false
}
