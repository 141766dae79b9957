package atlas

import (
	"crypto/sha256"
	"encoding/hex"

	"newsatlas/places"
)

// A Repin is a user's choice of another reading for a place of an article ("Paris" is
// Paris, Texas here, not Paris, France). It names the place by its first mention's byte
// offsets in the article's text, and holds where the place is pinned now.
type Repin struct {
	Start, End int    // the place's first mention in the article's text
	Name       string // the reading's name, as the gazetteer has it
	Lat, Lon   float64
	Kind       string
	Country    string
	GeonameID  int
}

// Key names an article's text for remembering its re-pins: a hash of the text, so that
// the choice holds for the same article wherever its file is.
func (a *Article) Key() string {
	sum := sha256.Sum256([]byte(a.Text))
	return "sha256:" + hex.EncodeToString(sum[:12])
}

// Repin pins place i at candidate c instead (one of Candidates(i)) and returns the choice,
// to be remembered; false when i is no place.
func (a *Article) Repin(i int, c places.Candidate) (Repin, bool) {
	if i < 0 || i >= len(a.Places) || len(a.Places[i].Mentions) == 0 {
		return Repin{}, false
	}
	m := a.Places[i].Mentions[0]
	r := Repin{Start: m.Start, End: m.End, Name: c.Name, Lat: c.Lat, Lon: c.Lon, Kind: c.Kind, Country: c.Country, GeonameID: c.GeonameID}
	a.apply(i, r)
	return r, true
}

// Repins are the choices made on the article so far, one a place, in the order made.
func (a *Article) Repins() []Repin { return append([]Repin(nil), a.repins...) }

// ApplyRepins pins the article's places as rs chose: each choice moves the place whose first
// mention spans its offsets; a choice that names no place of the article (the text has
// changed) is left out. It returns how many were applied.
func (a *Article) ApplyRepins(rs []Repin) int {
	n := 0
	for _, r := range rs {
		for i, p := range a.Places {
			if len(p.Mentions) > 0 && p.Mentions[0].Start == r.Start && p.Mentions[0].End == r.End {
				a.apply(i, r)
				n++
				break
			}
		}
	}
	return n
}

// apply moves place i to r and notes the choice (once a place: a later one replaces it).
func (a *Article) apply(i int, r Repin) {
	p := &a.Places[i]
	p.Lat, p.Lon, p.Kind, p.Country, p.GeonameID = r.Lat, r.Lon, r.Kind, r.Country, r.GeonameID
	if r.Name != "" {
		p.Name = r.Name
	}
	for k, old := range a.repins {
		if old.Start == r.Start && old.End == r.End {
			a.repins = append(a.repins[:k], a.repins[k+1:]...)
			break
		}
	}
	a.repins = append(a.repins, r)
}

// pinnedAt reports whether place i is pinned at candidate c: the reading Find chose, or
// the one the user re-pinned it to.
func (a *Article) pinnedAt(i int, c places.Candidate) bool {
	for _, r := range a.repins {
		if len(a.Places[i].Mentions) > 0 && r.Start == a.Places[i].Mentions[0].Start && r.End == a.Places[i].Mentions[0].End {
			if r.GeonameID != 0 || c.GeonameID != 0 {
				return r.GeonameID == c.GeonameID
			}
			return r.Lat == c.Lat && r.Lon == c.Lon && r.Name == c.Name
		}
	}
	return c.Chosen
}

// PinnedAt reports whether place i is pinned at candidate c (see Candidates).
func (a *Article) PinnedAt(i int, c places.Candidate) bool {
	return i >= 0 && i < len(a.Places) && a.pinnedAt(i, c)
}

// Repin pins place i of the current article at candidate c, moves its pin at once and
// remembers the choice for the article (see Session), so that opening the article again
// pins it there too.
func (a *Atlas) Repin(i int, c places.Candidate) bool {
	if a.Article == nil {
		return false
	}
	r, ok := a.Article.Repin(i, c)
	if !ok {
		return false
	}
	a.remember(a.Article.Key(), r)
	if p := a.Layer(Places); p != nil {
		p.Layer = a.Article.Layer()
	}
	return true
}

// remember keeps re-pin r for the article of key k, replacing an earlier choice for the
// same place.
func (a *Atlas) remember(k string, r Repin) {
	if a.repins == nil {
		a.repins = map[string][]Repin{}
	}
	rs := a.repins[k]
	for i, old := range rs {
		if old.Start == r.Start && old.End == r.End {
			rs = append(rs[:i], rs[i+1:]...)
			break
		}
	}
	a.repins[k] = append(rs, r)
}

// applyRepins pins art's places as remembered for it.
func (a *Atlas) applyRepins(art *Article) {
	if rs := a.repins[art.Key()]; len(rs) > 0 {
		art.ApplyRepins(rs)
	}
}
