package places

import "strings"

// Rules that tell a gazetteer name in a text from a person, an organisation or an
// ordinary word, before any place is chosen for it.

// personSurnames returns the keys of the words that follow a given name or a title
// (Michael Ratney, President Bashar al-Assad): surnames, not places, wherever they recur.
func personSurnames(toks []token) map[string]bool {
	out := map[string]bool{}
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		if !t.cap || !personOpeners.has(t.key) {
			continue
		}
		j := i + 1
		for j < len(toks) && titles[toks[j].key] && toks[j].cap && (toks[j].sep == " " || toks[j].sep == ". ") {
			j++
		}
		seenGiven := givenNames[t.key]
		for n := 0; j < len(toks) && n < 3; j, n = j+1, n+1 {
			u := &toks[j]
			if !u.cap || !(u.sep == " " || u.sep == ". " && n == 0) || !nameLike(u) {
				break
			}
			if u.headline && !seenGiven {
				break
			}
			if givenNames[u.key] && !seenGiven {
				seenGiven = true
				continue
			}
			out[u.key] = true
			out[personKey+u.key] = true
		}
	}
	return out
}

// personOpeners are the words that open a person's name: given names and titles.
var personOpeners = func() *wordSet {
	s := newWordSet(givenNames)
	for w := range titles {
		s.add(w)
	}
	return s
}()

// speechVerbs, right after or before a name, make it a person's (Steele said, said Moore).
var speechVerbs = set("said says told added wrote asked explained noted recalled testified")

// isSurname reports whether a one-word match that names no well-known place is a person's
// surname here, and so wherever it recurs: it follows a capitalised word that is not a
// place, a title or a modifier (Christopher Steele), or a verb of speech stands beside it.
func isSurname(toks []token, m *match, matchAt []int) bool {
	if m.j-m.i != 1 || m.abbrevCC != "" || m.demonym != 0 {
		return false
	}
	if m.j < len(toks) && toks[m.j].sep == " " && speechVerbs[toks[m.j].key] {
		return true
	}
	p := m.i - 1
	if p < 0 {
		return false
	}
	prev := &toks[p]
	if toks[m.i].sep == ". " && len(prev.key) == 1 && prev.cap && p > 0 && toks[p-1].cap && toks[p].sep == " " {
		return true // Franklin D. Roosevelt
	}
	if toks[m.i].sep != " " {
		return false
	}
	if prev.lower && speechVerbs[prev.key] {
		return true
	}
	return prev.cap && !prev.allCaps && !prev.uninformative && !prev.poss && matchAt[p] < 0 &&
		nameLike(prev) && !geoModifiers[prev.key] && !prev.demonym
}

// personKey prefixes, in the surname set, the surnames seen right after a given name or a
// title, which outweigh even a big city's name.
const personKey = "\x00person:"

// placePrepositions before a name say it is a place (in Wales, to Reading).
var placePrepositions = set("in to from at near across throughout into around outside inside via")

// diseaseWords after a place name make it a disease's or a pathogen's name.
var diseaseWords = set("virus disease fever flu influenza syndrome encephalitis pox")

// allModifiers reports whether every word is a geographic modifier (North, Far North).
func allModifiers(toks []token) bool {
	for i := range toks {
		if !geoModifiers[toks[i].key] && toks[i].key != "far" {
			return false
		}
	}
	return true
}

// namesRegion reports whether a primary reading of m is a first-level region and none a
// city of 100,000 or more (Alberta, not Washington: Denzel Washington).
func (g *Gazetteer) namesRegion(m *match) bool {
	region := false
	for _, p := range m.postings {
		e := &g.entries[p&^altBit]
		switch {
		case e.kind == "city" && e.pop >= 100_000:
			return false
		case p&altBit == 0 && e.kind == "region" && e.fcode == "ADM1":
			region = true
		}
	}
	return region
}

// onlyCities reports whether every reading of m is a city.
func (g *Gazetteer) onlyCities(m *match) bool {
	for _, p := range m.postings {
		if g.entries[p&^altBit].kind != "city" {
			return false
		}
	}
	return true
}

// nameLike reports whether a capitalised word may be part of a person's name.
func nameLike(t *token) bool {
	return !geoWords[t.key] && !orgWords[t.key] && !stopKeys[t.key] && !titles[t.key] && !t.demonym
}

// rejectReason says why match m is not a place, or "" when it may be one. prominentAt
// reports whether the match at a word index names a well-known place (a country, a region,
// a city of 100,000 or more), isCountryAt whether it names a country.
func (g *Gazetteer) rejectReason(toks []token, m match, surnames map[string]bool, prominentAt, isCountryAt func(int) bool) string {
	if _, ok := m.demonymEntry(); ok {
		return demonymRejectReason(toks, m, prominentAt)
	}
	if m.abbrevCC != "" {
		return ""
	}
	first := &toks[m.i]
	if first.lower && articlePrefixes[first.key] {
		first = &toks[m.i+1]
	}
	if _, ok := g.demonyms[m.key]; ok || peoples[m.key] {
		return "demonym"
	}
	if stopKeys[m.key] {
		return "stop word"
	}
	if toks[m.j-1].contraction {
		return "contraction" // He'd
	}
	if (surnames[m.key] || m.baseKey != "" && surnames[m.baseKey]) && (!prominentAt(m.i) || surnames[personKey+m.key] && g.onlyCities(&m)) {
		return "surname" // (a big city too, after a given name: John Bolton ... Bolton said)
	}
	if m.j < len(toks) {
		n := &toks[m.j]
		if n.sep == " " && (n.cap || n.key == "news" || n.key == "agency") && orgWords[n.key] &&
			allCommon(g, toks[m.i:m.j]) {
			return "organisation" // Liberty Bank; but Queensland Police, Glasgow College name their place
		}
		if m.j-m.i == 1 && givenNames[first.key] && n.sep == " " && n.cap && !n.allCaps &&
			!(toks[m.j-1].poss && g.namesCountry(&m)) && // Jordan's Public Security Directorate
			(!prominentAt(m.j) || givenNames[n.key]) && nameLike(n) && !first.headline {
			// (in a headline, "Israel Strikes Gaza" is likelier than a person)
			return "person"
		}
		if allModifiers(toks[m.i:m.j]) && isSpanSep(n.sep) && n.cap {
			return "modifier" // Central Mali, Northern Syria, Far North Queensland
		}
		if n.sep == " " && n.lower && n.key == "administration" && m.j-m.i == 1 && g.onlyCities(&m) {
			return "person" // the Obama administration
		}
		if n.sep == " " && n.lower && diseaseWords[n.key] {
			return "disease" // West Nile virus, Lyme disease
		}
		if n.sep == " " && (n.key == "of" || n.key == "for") && n.lower && m.j-m.i == 1 && allCommon(g, toks[m.i:m.j]) &&
			!(m.i > 0 && toks[m.i-1].lower && placePrepositions[toks[m.i-1].key]) { // (in Wales for two years)
			return "organisation" // University of Missouri, Centre for Trade, Alliance of Automobile Makers
		}
		dem := n.demonym
		if n.sep == " " && n.cap && !n.allCaps && !n.uninformative && !prominentAt(m.j) && !givenNames[n.key] &&
			!titles[n.key] && !geoWords[n.key] && !stopKeys[n.key] && !dem && !orgWords[n.key] && !prominentAt(m.i) {
			return "part of a longer name" // Goldman Sachs; but Kenya Medical Association names Kenya
		}
	}
	p := m.i - 1
	if p >= 0 && toks[p].lower && articlePrefixes[toks[p].key] && isSpanSep(toks[m.i].sep) {
		p-- // look past al- to the word before: Jabhat Fateh al-Sham
	}
	if p < 0 {
		return ""
	}
	prev := &toks[p]
	sep := toks[p+1].sep
	if prev.key == "of" && sep == " " && p >= 1 && toks[p-1].cap && orgOfWords[toks[p-1].key] && !prominentAt(m.i) {
		return "organisation" // Duke of Clarence; but the University of Michigan names Michigan
	}
	if !prev.cap {
		return ""
	}
	if givenNames[prev.key] && sep == " " && !prev.headline && !isCountryAt(p) {
		return "person" // George Washington
	}
	if prominentAt(p) {
		if sep == " " && allCommon(g, toks[m.i:m.j]) {
			return "part of a longer name" // Black Sea Fleet
		}
		return ""
	}
	if titles[prev.key] && (sep == " " || sep == ". ") {
		return "person"
	}
	if !isSpanSep(sep) {
		return ""
	}
	dem := prev.demonym
	if !prev.allCaps && !prev.uninformative && !prev.poss && !geoModifiers[prev.key] && !dem &&
		!stopKeys[prev.key] && !prominentAt(p) && !isCountryAt(m.i) &&
		!(g.namesRegion(&m) && !allCommon(g, toks[m.i:m.j])) {
		return "part of a longer name" // Goldman Sachs; but Environment Canada names Canada
	}
	return ""
}

// allCommon reports whether every word is an ordinary English word.
func allCommon(g *Gazetteer, toks []token) bool {
	for i := range toks {
		if !g.common[toks[i].key] && !(toks[i].lower && isJoiner(toks[i].key)) {
			return false
		}
	}
	return true
}

// demonymRejectReason says why demonym m does not stand for its country here, or "": a
// demonym that ends a phrase is a language or a people (speaks French, in Turkish), and one
// after a capitalised word that is not a place, a title or a modifier ends a name (Anglo
// American). One that opens a name still names its country (the Turkish Embassy).
func demonymRejectReason(toks []token, m match, prominentAt func(int) bool) string {
	if m.j == len(toks) || strings.TrimSpace(toks[m.j].sep) != "" && !isSpanSep(toks[m.j].sep) {
		return "language or people"
	}
	if p := m.i - 1; p >= 0 {
		if prev := &toks[p]; toks[m.i].sep == " " && prev.cap && !prev.allCaps && !prev.uninformative && !prev.poss &&
			!prev.demonym && !geoModifiers[prev.key] && !titles[prev.key] && !stopKeys[prev.key] && !prominentAt(p) {
			return "part of a longer name"
		}
	}
	return ""
}
