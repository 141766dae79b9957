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
// the query before longer ones, then countries, regions and the most populous places. When
// no name begins with a query of four letters or more, names that do but for a typo or two
// are found instead. An empty query finds nothing.
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
		top = g.rankPostings(top, max, i, len(k) == len(q), 0)
	}
	if len(top) == 0 && len(q) >= 4 {
		top = g.searchTypos(q, max)
	}
	return g.matches(top)
}

// searchTypos finds the keys that begin with q but for a typo or two (one for up to six
// letters): a letter missed, added or mistyped, beyond the first.
func (g *Gazetteer) searchTypos(q string, max int) []scored {
	most := 1
	if len(q) > 6 {
		most = 2
	}
	top := make([]scored, 0, max+1)
	x := &g.index
	first := q[:1]
	i := sort.Search(x.len(), func(i int) bool { return x.key(i) >= first })
	var rows [2][64]int
	for ; i < x.len(); i++ {
		k := x.key(i)
		if !strings.HasPrefix(k, first) {
			break
		}
		if d := prefixDistance(q, k, most, &rows); d <= most {
			top = g.rankPostings(top, max, i, false, d)
		}
	}
	return top
}

// prefixDistance is the fewest edits that turn q into a beginning of k, or more than most
// when that is more than most. rows is room for the computation; q is cut to 63 bytes.
func prefixDistance(q, k string, most int, rows *[2][64]int) int {
	q = q[:min(len(q), 63)]
	k = k[:min(len(k), len(q)+most)]
	prev, cur := rows[0][:len(q)+1], rows[1][:len(q)+1]
	for i := range prev {
		prev[i] = i
	}
	best := prev[len(q)]
	for j := 1; j <= len(k); j++ {
		cur[0] = j
		low := j
		for i := 1; i <= len(q); i++ {
			c := prev[i-1]
			if q[i-1] != k[j-1] {
				c++
			}
			c = min(c, prev[i]+1, cur[i-1]+1)
			cur[i] = c
			low = min(low, c)
		}
		best = min(best, cur[len(q)])
		if low > most {
			break
		}
		prev, cur = cur, prev
	}
	return best
}

// rankPostings adds the entries of the i-th key to top; exact says the key is the query,
// typos how many edits it is from it.
func (g *Gazetteer) rankPostings(top []scored, max, i int, exact bool, typos int) []scored {
	for p := g.index.postings(i); len(p) > 0; {
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
		top = keepBest(top, max, scored{id: int32(id), score: g.searchScore(id, exact, alt) - 5*float64(typos)})
	}
	return top
}

// matches are the entries of top as matches.
func (g *Gazetteer) matches(top []scored) []Match {
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
