package places

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// nameIndex maps lookup keys to their postings. It is the index section of the gazetteer
// file in one string, a line a key ("key\tpostings\n", sorted by key), and the offsets of
// each line's start and tab.
type nameIndex struct {
	text string
	at   []uint32 // line starts, and len(text) after the last line
	tab  []uint32 // the tab of each line
}

// parseIndex reads the index section, one "key<TAB>postings" line per key in byte order,
// into an index of a copy of it, so that the index keeps nothing of the file's text.
func parseIndex(section string) (nameIndex, error) { return indexOf(strings.Clone(section)) }

// indexOf reads the index section into an index that keeps section itself as its text.
func indexOf(section string) (nameIndex, error) {
	if section != "" && !strings.HasSuffix(section, "\n") {
		section += "\n"
	}
	if len(section) >= 1<<32 {
		return nameIndex{}, fmt.Errorf("index of %d bytes, too large", len(section))
	}
	n := strings.Count(section, "\n")
	x := nameIndex{text: section, at: make([]uint32, 0, n+1), tab: make([]uint32, 0, n)}
	prev := ""
	for at := 0; at < len(section); {
		end := at + strings.IndexByte(section[at:], '\n')
		tab := strings.IndexByte(section[at:end], '\t')
		if tab < 0 {
			return nameIndex{}, fmt.Errorf("index line %d: no tab in %q", len(x.tab)+1, section[at:end])
		}
		k := section[at : at+tab]
		if len(x.tab) > 0 && k <= prev {
			return nameIndex{}, fmt.Errorf("index not sorted at %q", k)
		}
		prev = k
		x.at = append(x.at, uint32(at))
		x.tab = append(x.tab, uint32(at+tab))
		at = end + 1
	}
	x.at = append(x.at, uint32(len(section)))
	return x, nil
}

// len is the number of keys.
func (x *nameIndex) len() int { return len(x.tab) }

// key is the i-th key.
func (x *nameIndex) key(i int) string { return x.text[x.at[i]:x.tab[i]] }

// postings are the i-th key's postings: comma-separated entry ids, ~ before alternate names.
func (x *nameIndex) postings(i int) string { return x.text[x.tab[i]+1 : x.at[i+1]-1] }

// find returns the index of key, or -1.
func (x *nameIndex) find(key string) int {
	i := sort.Search(x.len(), func(i int) bool { return x.key(i) >= key })
	if i == x.len() || x.key(i) != key {
		return -1
	}
	return i
}

// lookup returns the postings of key: entry indices, altBit set for alternate names.
func (g *Gazetteer) lookup(key string) []int32 {
	i := g.index.find(key)
	if i < 0 {
		return nil
	}
	p := g.index.postings(i)
	out := make([]int32, 0, strings.Count(p, ",")+1)
	for len(p) > 0 {
		var s string
		if j := strings.IndexByte(p, ','); j >= 0 {
			s, p = p[:j], p[j+1:]
		} else {
			s, p = p, ""
		}
		alt := int32(0)
		if s != "" && s[0] == '~' {
			alt, s = altBit, s[1:]
		}
		if id, err := strconv.Atoi(s); err == nil && id < len(g.entries) {
			out = append(out, int32(id)|alt)
		}
	}
	return out
}
