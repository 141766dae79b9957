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
