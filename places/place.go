// Package places finds the places a news article names: an offline geoparser over an
// embedded gazetteer (GeoNames places, first- and second-level divisions, Natural Earth
// countries, OCHA Syria, Aleppo neighbourhoods, a hand-made list of seas, regions and
// landmarks, and a demonym table).
//
// A name is a place unless the words around it make it a person's (Christopher Steele,
// Steele said), a disease's (West Nile virus) or part of another name (Goldman Sachs); a
// place that opens an organisation's name is still pinned (Queensland Police, the Turkish
// Embassy). Country, state and province abbreviations (U.S., Ky., B.C.) are mentions of
// their place, and all-caps datelines (KARACHI (Reuters) -) are read. Namesakes are told
// apart by qualifiers (Paris, Texas; Edmonton, south of Cairns), the countries the article
// names, the places near the other names, and the article's focus country; every mention
// of a name resolves to the same place.
//
// Demonyms ("Russian aircraft", "a Turkish policeman") pin their country, or their continent
// ("European"), never a city: their mentions have kind "demonym", and so does a place that
// only demonyms name. They also count as evidence when choosing between namesakes.
package places

import (
	"encoding/json"
	"fmt"
	"io"
)

// Mention is one occurrence of a place name in a text: byte offsets and the text itself.
type Mention struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	// Kind is "demonym" for a nationality word (Syrian troops) and empty for a name.
	Kind string `json:"kind,omitempty"`
}

// Demonym is the kind of a mention that is a nationality word, and of a place that only such
// mentions name.
const Demonym = "demonym"

// Place is a place an article names, with every mention of it in text order.
type Place struct {
	Name string  `json:"name"`
	Lat  float64 `json:"lat"`
	Lon  float64 `json:"lon"`
	// Kind is one of country, region, city, landmark, water; or demonym, for a country or
	// continent that only demonyms name (Syrian troops), pinned where its name would be.
	Kind     string    `json:"kind"`
	Mentions []Mention `json:"mentions"`
	// Country is the ISO 3166-1 alpha-2 code of the place's country, when known.
	Country string `json:"country,omitempty"`
	// Population is the gazetteer's population figure, when known.
	Population int64 `json:"population,omitempty"`
	// GeonameID is the GeoNames id of the place, when it has one.
	GeonameID int `json:"geonameid,omitempty"`
	// Candidates are the readings of the name Find weighed, best first, with the evidence
	// for each; only from a gazetteer made by WithCandidates.
	Candidates []Candidate `json:"candidates,omitempty"`
}

// WriteJSON writes places as {"places": [...]} (the `newsatlas places --json` format).
func WriteJSON(w io.Writer, ps []Place) error {
	out := make([]Place, len(ps)) // a copy: nil mentions print as [] without touching ps
	for i, p := range ps {
		if p.Mentions == nil {
			p.Mentions = []Mention{}
		}
		out[i] = p
	}
	ps = out
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(struct {
		Places []Place `json:"places"`
	}{ps}); err != nil {
		return fmt.Errorf("write places JSON: %w", err)
	}
	return nil
}
