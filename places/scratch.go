package places

import (
	"sync"

	"newsatlas/places/namekey"
)

// scratch is the working memory of one Find: the slices it fills for each text, kept from
// one call to the next (Gazetteer.scratch) so that an archive's articles reuse them.
// Nothing Find returns points into it.
type scratch struct {
	spans   []namekey.Span
	toks    []token
	keys    []byte  // the words' keys, before they become one string
	keyAt   []keyAt // where each word's keys are in keys
	matches []match
	matchAt []int
}

// keyAt is where a word's key and key with its possessive lie in scratch.keys.
type keyAt struct{ key, full [2]int }

// scratchPool holds the scratch of the Finds not running; one is shared by a gazetteer
// and those WithCandidates makes of it.
type scratchPool struct{ sync.Pool }

// get returns a scratch, a new one if none is free.
func (p *scratchPool) get() *scratch {
	if s, ok := p.Get().(*scratch); ok {
		return s
	}
	return new(scratch)
}
