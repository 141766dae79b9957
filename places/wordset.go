package places

// wordSet is a set of words (keys) with a quick answer for most words not in it: a bit a
// signature of the words' first and last bytes and length, checked before the map.
type wordSet struct {
	words map[string]bool
	sigs  [1 << 16 / 64]uint64
}

// newWordSet returns the set of the keys of m.
func newWordSet[V any](m map[string]V) *wordSet {
	s := &wordSet{words: make(map[string]bool, len(m))}
	for w := range m {
		s.add(w)
	}
	return s
}

// add puts w in the set.
func (s *wordSet) add(w string) {
	s.words[w] = true
	if w != "" {
		sig := wordSig(w)
		s.sigs[sig/64] |= 1 << (sig % 64)
	}
}

// has reports whether w is in the set.
func (s *wordSet) has(w string) bool {
	if w != "" {
		if sig := wordSig(w); s.sigs[sig/64]&(1<<(sig%64)) == 0 {
			return false
		}
	}
	return s.words[w]
}

// wordSig is the 16-bit signature of a non-empty word: its first and last bytes and its
// length.
func wordSig(w string) uint16 {
	return uint16(w[0])<<8 ^ uint16(w[len(w)-1]) ^ uint16(len(w))<<11
}
