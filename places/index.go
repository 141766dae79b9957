package places

import (
	"fmt"
	"hash/maphash"
	"strconv"
	"strings"
)

// nameIndex maps lookup keys to their postings. It is the index section of the gazetteer
// file in one string, a line a key ("key\tpostings\n", sorted by key), the offsets of
// each line's start and tab, and a hash table of the keys for find.
type nameIndex struct {
	text string
	at   []uint32 // line starts, and len(text) after the last line
	tab  []uint32 // the tab of each line
	// slots is an open-addressing hash table (linear probing, a power of two long, at
	// most half full): at or after the slot its hash's low bits pick, a key's line number
	// plus one in the low 32 bits and its hash's high 32 bits above; 0 for an empty slot.
	slots []uint64
	// bloom is a Bloom filter of the keys, two bits a key out of bloomBits, small enough
	// to stay in the cache: most words tried are not keys, and it answers for most of them
	// without reaching slots.
	bloom []uint64
	seed  maphash.Seed
}

// bloomBits is the size of nameIndex.bloom in bits (256 KiB), a power of two: about 4%
// of the words that are not keys pass it, for the 250,000 keys of the gazetteer.
const bloomBits = 1 << 21

// bloomAt returns the two bits of the Bloom filter that stand for a key of hash h.
func bloomAt(h uint64) (uint64, uint64) {
	return (h >> 43) & (bloomBits - 1), (h >> 22) & (bloomBits - 1)
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
	x.hashKeys()
	return x, nil
}

// hashKeys fills the hash table of the keys.
func (x *nameIndex) hashKeys() {
	n := 1
	for n < 2*x.len() {
		n <<= 1
	}
	x.seed = maphash.MakeSeed()
	x.slots = make([]uint64, n)
	x.bloom = make([]uint64, bloomBits/64)
	mask := uint64(n - 1)
	for i := range x.len() {
		h := maphash.String(x.seed, x.key(i))
		at := h & mask
		for x.slots[at] != 0 {
			at = (at + 1) & mask
		}
		x.slots[at] = h&^(1<<32-1) | uint64(i+1)
		a, b := bloomAt(h)
		x.bloom[a/64] |= 1 << (a % 64)
		x.bloom[b/64] |= 1 << (b % 64)
	}
}

// len is the number of keys.
func (x *nameIndex) len() int { return len(x.tab) }

// key is the i-th key.
func (x *nameIndex) key(i int) string { return x.text[x.at[i]:x.tab[i]] }

// postings are the i-th key's postings: comma-separated entry ids, ~ before alternate names.
func (x *nameIndex) postings(i int) string { return x.text[x.tab[i]+1 : x.at[i+1]-1] }

// find returns the index of key, or -1.
func (x *nameIndex) find(key string) int {
	return x.probe(maphash.String(x.seed, key), key, nil, false)
}

// findBytes is find of a key held in a byte slice.
func (x *nameIndex) findBytes(key []byte) int {
	return x.probe(maphash.Bytes(x.seed, key), "", key, true)
}

// probe returns the index of the key whose hash is h, s or (isBytes) b, or -1.
func (x *nameIndex) probe(h uint64, s string, b []byte, isBytes bool) int {
	if len(x.slots) == 0 {
		return -1
	}
	if a, b := bloomAt(h); x.bloom[a/64]&(1<<(a%64)) == 0 || x.bloom[b/64]&(1<<(b%64)) == 0 {
		return -1
	}
	mask, tag := uint64(len(x.slots)-1), h&^(1<<32-1)
	for at := h & mask; ; at = (at + 1) & mask {
		n := x.slots[at]
		if n == 0 {
			return -1
		}
		if n&^(1<<32-1) != tag {
			continue
		}
		i := int(uint32(n) - 1)
		if k := x.key(i); isBytes && k == string(b) || !isBytes && k == s {
			return i
		}
	}
}

// lookup returns the postings of key: entry indices, altBit set for alternate names.
func (g *Gazetteer) lookup(key string) []int32 { return g.postingsAt(g.index.find(key)) }

// lookupBytes is lookup of a key held in a byte slice.
func (g *Gazetteer) lookupBytes(key []byte) []int32 { return g.postingsAt(g.index.findBytes(key)) }

// postingsAt parses the postings of the i-th key; nil for -1.
func (g *Gazetteer) postingsAt(i int) []int32 {
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
