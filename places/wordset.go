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
		sig := wordSig(w[0], w[len(w)-1], len(w))
		s.sigs[sig/64] |= 1 << (sig % 64)
	}
}

// has reports whether w is in the set.
func (s *wordSet) has(w string) bool {
	if w != "" && !s.mayHave(w[0], w[len(w)-1], len(w)) {
		return false
	}
	return s.words[w]
}

// hasBytes is has of a word held in a byte slice.
func (s *wordSet) hasBytes(w []byte) bool {
	if len(w) > 0 && !s.mayHave(w[0], w[len(w)-1], len(w)) {
		return false
	}
	return s.words[string(w)]
}

// mayHave reports whether a word of n bytes from first to last may be in the set: false
// when none is.
func (s *wordSet) mayHave(first, last byte, n int) bool {
	sig := wordSig(first, last, n)
	return s.sigs[sig/64]&(1<<(sig%64)) != 0
}

// wordSig is the 16-bit signature of a non-empty word: its first and last bytes and its
// length n.
func wordSig(first, last byte, n int) uint16 {
	return uint16(first)<<8 ^ uint16(last) ^ uint16(n)<<11
}
