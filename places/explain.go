package places

// Explanation: the readings of a name that Find weighed and why it picked one, for
// `newsatlas places --json --candidates` and the window's "also possible".

import (
	"fmt"
	"math"
	"sort"
)

// Candidate is one reading of a place's name with the score Find gave it and the evidence
// behind that score.
type Candidate struct {
	Name       string   `json:"name"`
	Lat        float64  `json:"lat"`
	Lon        float64  `json:"lon"`
	Kind       string   `json:"kind"`
	Country    string   `json:"country,omitempty"`
	Population int64    `json:"population,omitempty"`
	GeonameID  int      `json:"geonameid,omitempty"`
	Score      float64  `json:"score"`
	Chosen     bool     `json:"chosen,omitempty"`
	Evidence   []string `json:"evidence"`
}

// maxCandidates bounds the candidates listed for a place.
const maxCandidates = 5

// WithCandidates returns a gazetteer whose Find also lists, for each place, the candidates
// it weighed (Place.Candidates). It shares g's data.
func (g *Gazetteer) WithCandidates() *Gazetteer {
	x := *g
	x.explain = true
	return &x
}

// candidates lists the acceptable readings of candidate c, the chosen entry first, then
// by score; qualified says a qualifier (A, B) forced the choice.
func (g *Gazetteer) candidates(c *candidate, ev *evidence, chosen int, qualified bool) []Candidate {
	switch {
	case c.demonym > 0:
		return []Candidate{g.describe(chosen, 0, true, "demonym: a nationality word names its country, never a city")}
	case c.abbrevRegion:
		return []Candidate{g.describe(chosen, 0, true, "abbreviation of a state or province")}
	case c.abbrevCC != "":
		return []Candidate{g.describe(chosen, 0, true, "abbreviation of a country")}
	}
	var out []Candidate
	seen := map[int]bool{}
	for _, p := range c.postings {
		idx, alt := int(p&^altBit), p&altBit != 0
		e := &g.entries[idx]
		if seen[idx] || idx != chosen && !g.acceptable(e, alt, c, ev) {
			continue
		}
		seen[idx] = true
		base := g.score(e, alt, c.hints, ev) - ev.bonus(e.cc)
		var why []string
		if e.pop > 0 {
			why = append(why, fmt.Sprintf("population %d", e.pop))
		}
		if d := fcodeWords[e.fcode]; d != "" {
			why = append(why, d)
		}
		if alt {
			why = append(why, "an alternate name")
		}
		if c.region && e.kind == "region" {
			why = append(why, "the text says region, province or state")
		}
		if c.city && e.kind == "city" {
			why = append(why, "the text says city or town")
		}
		b, near, focus := ev.bonus(e.cc), ev.nearBonus(c.key, e), ev.focusBonus(c.key, e)
		switch {
		case ev.strong[e.cc] && b > 0:
			why = append(why, fmt.Sprintf("its country is named in the article (+%.1f)", b))
		case b > 0:
			why = append(why, fmt.Sprintf("demonyms or big cities point to its country (+%.1f)", b))
		}
		if near > 0 {
			why = append(why, fmt.Sprintf("near the article's other places (+%.1f)", near))
		}
		if focus > 0 {
			why = append(why, fmt.Sprintf("in the article's focus country %s (+%.0f)", e.cc, focus))
		}
		if idx == chosen && qualified {
			why = append(why, "a qualifier in the text (A, B) picks it")
		}
		out = append(out, g.describe(idx, base+b+near+focus, idx == chosen, why...))
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Chosen != out[j].Chosen {
			return out[i].Chosen
		}
		return out[i].Score > out[j].Score
	})
	return out[:min(len(out), maxCandidates)]
}

// describe is entry i as a Candidate.
func (g *Gazetteer) describe(i int, score float64, chosen bool, why ...string) Candidate {
	e := &g.entries[i]
	if why == nil {
		why = []string{}
	}
	return Candidate{Name: e.name, Lat: e.lat, Lon: e.lon, Kind: e.kind, Country: e.cc, Population: e.pop,
		GeonameID: int(e.gid), Score: math.Round(score*100) / 100, Chosen: chosen, Evidence: why}
}

// fcodeWords say what a GeoNames feature code means for the choice.
var fcodeWords = map[string]string{
	"PPLC": "a national capital", "PPLA": "seat of a first-level region", "PPLA2": "seat of a second-level region",
	"PCLI": "a country", "ADM1": "a first-level region", "ADM2": "a second-level region (county, district)",
	"CUR": "from the hand-made list of seas, regions and landmarks",
}
