package places

// Find runs the stages in order: tokenize (text.go), match names (match.go), reject what
// is not a place (filter.go), read each match's hints (candidates.go), gather the article's
// evidence (evidence.go), apply qualifiers (qualifiers.go) and resolve each name to a
// gazetteer entry (resolve.go, by the rules of scoring.go); explain.go lists the readings
// weighed, for WithCandidates.

import "slices"

// Find returns the places text names, in order of first mention, each with all its
// mentions. Every mention of the same name resolves to the same place, the one a
// qualifier ("Reading, England") picked if there is one.
func (g *Gazetteer) Find(text string) []Place {
	s := g.scratch.get()
	defer g.scratch.Put(s)
	toks := s.tokenize(text)
	for i := range toks {
		toks[i].demonym = g.demonymWords.has(toks[i].key)
	}
	ms := g.findMatches(s.matches[:0], text, toks)
	s.matches = ms
	matchAt := slices.Grow(s.matchAt[:0], len(toks))[:len(toks)]
	s.matchAt = matchAt
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
	for k := range ms {
		if m := &ms[k]; !prominent[k] && isSurname(toks, m, matchAt) {
			surnames[m.key] = true
		}
	}

	var cands []*candidate
	for _, m := range ms {
		if g.rejectReason(toks, m, surnames, prominentAt, isCountryAt) != "" {
			continue
		}
		cands = append(cands, g.newCandidate(toks, m))
	}
	ev := g.gatherEvidence(toks, cands)
	for k, a := range cands {
		if k+1 >= len(cands) {
			continue
		}
		b := cands[k+1]
		switch between := text[a.end:b.start]; {
		case b.i == a.j && isComma(toks[a.j].sep):
			g.qualify(a, b, ev)
		case isNearPhrase(between):
			g.qualifyNear(a, b, ev) // Edmonton, south of Cairns
		case isSuburbPhrase(between):
			g.qualifyNear(b, a, ev) // the Cairns suburb of Edmonton
		}
	}
	return g.collect(text, cands, ev)
}
