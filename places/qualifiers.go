package places

// Qualifiers: "A, B" where B is a country or region containing A (also an abbreviation:
// "A, Miss.", "A, Ont."), and the entries abbreviations stand for.

import (
	"math"
	"strings"
)

// qualify resolves "A, B" where B names a country or a first-level region that contains
// one of A's readings (Reading, England; Sydney, Nova Scotia; TBILISI, Georgia): both are
// forced to the pair that scores best.
func (g *Gazetteer) qualify(a, b *candidate, ev *evidence) {
	if b.abbrevCC != "" && !b.abbrevRegion {
		i := g.countryIndex(b.abbrevCC)
		if i < 0 {
			return
		}
		b.postings = []int32{int32(i)}
	}
	if bi := g.best(b, ev); bi < 0 || g.entries[bi].kind != "country" && g.entries[bi].kind != "region" {
		return
	}
	if ai := g.best(a, ev); ai >= 0 && g.entries[ai].kind == "country" {
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
			if ea.flags&flagAleppoGated != 0 && !ev.aleppo {
				continue
			}
			s := g.scoreIn(a.key, ea, pa&altBit != 0, a.hints, ev) + g.score(eb, pb&altBit != 0, b.hints, ev)
			if s > bs {
				bestA, bestB, bs = int(pa&^altBit), int(pb&^altBit), s
			}
		}
	}
	if bestA >= 0 {
		a.forced, b.forced = bestA, bestB
	}
}

// isComma reports whether sep is a comma with spaces on one line.
func isComma(sep string) bool {
	return strings.TrimSpace(sep) == "," && !strings.Contains(sep, "\n")
}

// countryIndex returns the entry of the country with ISO code cc, or -1.
func (g *Gazetteer) countryIndex(cc string) int {
	for _, p := range g.lookup(countryKeyOf(cc)) {
		if e := &g.entries[p&^altBit]; e.kind == "country" && e.cc == cc {
			return int(p &^ altBit)
		}
	}
	if i, ok := g.countries[cc]; ok {
		return int(i)
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

// nearKm is how far "A, south of B" or "A, near B" lets A lie from B.
const nearKm = 150

// qualifyNear resolves "A, south of B" and "A, near B": A becomes its best reading within
// nearKm of B's, when B resolves and A has such a reading.
func (g *Gazetteer) qualifyNear(a, b *candidate, ev *evidence) {
	bi := g.best(b, ev)
	if bi < 0 || a.demonym > 0 || a.abbrevCC != "" {
		return
	}
	eb := &g.entries[bi]
	best, bs := -1, math.Inf(-1)
	for _, p := range a.postings {
		e := &g.entries[p&^altBit]
		if e.kind == "country" || fartherThan(e, eb, nearKm) || e.flags&flagAleppoGated != 0 && !ev.aleppo {
			continue
		}
		if s := g.scoreIn(a.key, e, p&altBit != 0, a.hints, ev); s > bs {
			best, bs = int(p&^altBit), s
		}
	}
	if best >= 0 {
		a.forced = best
	}
}

// isNearPhrase reports whether the text between two names says the first lies near the
// second: ", south of ", ", just outside ", " near ", ", northwest of the ".
func isNearPhrase(s string) bool {
	if len(s) > len(", just northwest of the ") {
		return false
	}
	s = strings.TrimPrefix(strings.TrimSpace(s), ",")
	f := strings.Fields(strings.ToLower(s))
	if len(f) > 0 && f[0] == "just" {
		f = f[1:]
	}
	if len(f) > 0 && f[len(f)-1] == "the" {
		f = f[:len(f)-1]
	}
	switch len(f) {
	case 1:
		return f[0] == "near" || f[0] == "outside"
	case 2:
		return f[1] == "of" && (compassWords[f[0]] || f[0] == "outside") || f[0] == "close" && f[1] == "to"
	}
	return false
}

// isSuburbPhrase reports whether the text between two names makes the second a suburb of
// the first (Cairns suburb of Edmonton, the Cairns suburbs of).
func isSuburbPhrase(s string) bool {
	if len(s) > len(" suburbs of ") || len(s) < len(" suburb of ") {
		return false
	}
	f := strings.Fields(strings.ToLower(s))
	return len(f) == 2 && (f[0] == "suburb" || f[0] == "suburbs") && f[1] == "of"
}

// compassWords are the directions of "A, south of B".
var compassWords = set("north south east west northeast northwest southeast southwest north-east north-west",
	"south-east south-west")
