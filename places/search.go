package places

import (
	"math"
	"sort"
	"strings"

	"newsatlas/places/namekey"
)

// Match is a place Search found, with the name of its first-level region when it has one
// (Missouri for Kansas City), to tell namesakes apart in a list.
type Match struct {
	Place
	Region string
}

// Search returns at most max places whose names, or alternate names, begin with query once
// folded (namekey.Key: case, diacritics and punctuation ignored), best first: names equal to
// the query before longer ones, then countries, regions and the most populous places. An
// empty query finds nothing.
func (g *Gazetteer) Search(query string, max int) []Match {
	q := namekey.Key(query)
	if q == "" || max <= 0 {
		return nil
	}
	top := make([]scored, 0, max+1)
	x := &g.index
	i := sort.Search(x.len(), func(i int) bool { return x.key(i) >= q })
	for ; i < x.len(); i++ {
		k := x.key(i)
		if !strings.HasPrefix(k, q) {
			break
		}
		exact := len(k) == len(q)
		for p := x.postings(i); len(p) > 0; {
			var s string
			if j := strings.IndexByte(p, ','); j >= 0 {
				s, p = p[:j], p[j+1:]
			} else {
				s, p = p, ""
			}
			alt := s != "" && s[0] == '~'
			if alt {
				s = s[1:]
			}
			id, ok := atoi(s)
			if !ok || id >= len(g.entries) {
				continue
			}
			top = keepBest(top, max, scored{id: int32(id), score: g.searchScore(id, exact, alt)})
		}
	}
	out := make([]Match, len(top))
	for j, t := range top {
		e := &g.entries[t.id]
		out[j] = Match{Place: Place{Name: e.name, Lat: e.lat, Lon: e.lon, Kind: e.kind, Country: e.cc, Population: e.pop, GeonameID: int(e.gid)}}
		if e.kind != "country" && e.kind != "region" && e.cc != "" && e.admin1 != "" {
			if r, ok := g.regions[e.cc+"."+e.admin1]; ok {
				out[j].Region = g.entries[r].name
			}
		}
	}
	return out
}

// scored is an entry and its rank in a search.
type scored struct {
	id    int32
	score float64
}

// kindWeight is how much a kind of place counts in a search, beyond its population.
var kindWeight = map[string]float64{"country": 4, "region": 2, "water": 1.5, "landmark": 1}

// searchScore ranks entry id for a key that equals the query (exact) or begins with it, and
// that is one of the entry's alternate names (alt) or its name.
func (g *Gazetteer) searchScore(id int, exact, alt bool) float64 {
	e := &g.entries[id]
	s := math.Log10(float64(e.pop)+1) + kindWeight[e.kind]
	if exact {
		s += 20
	}
	if !alt {
		s += 0.5
	}
	if e.flags&(flagCountryGated|flagAleppoGated) != 0 {
		s -= 1
	}
	return s
}

// keepBest adds c to top, the best max so far sorted by score, once for each entry.
func keepBest(top []scored, max int, c scored) []scored {
	for j := range top {
		if top[j].id == c.id {
			if c.score <= top[j].score {
				return top
			}
			top = append(top[:j], top[j+1:]...)
			break
		}
	}
	if len(top) == max && c.score <= top[len(top)-1].score {
		return top
	}
	j := sort.Search(len(top), func(j int) bool { return top[j].score < c.score })
	top = append(top, scored{})
	copy(top[j+1:], top[j:])
	top[j] = c
	if len(top) > max {
		top = top[:max]
	}
	return top
}

// atoi parses a non-negative decimal number without allocating.
func atoi(s string) (int, bool) {
	if s == "" || len(s) > 9 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}
