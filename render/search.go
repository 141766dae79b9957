package render

import (
	"math/bits"
	"slices"

	"github.com/paulmach/orb"

	"newsatlas/layer"
)

// search lists the features meeting b in file order, the drawing order,
// reusing *buf. A view that holds the whole layer takes every feature
// without asking the index; many hits are put in order through a bitmap
// of the features, few by sorting.
func (f *frame) search(l *layer.Layer, b orb.Bound, buf *[]int) []int {
	hits := (*buf)[:0]
	n := len(l.Features)
	if n > 0 && b.Contains(l.ProjBound().Min) && b.Contains(l.ProjBound().Max) {
		for i := range n {
			hits = append(hits, i)
		}
		*buf = hits
		return hits
	}
	l.Search(b, func(i int) bool { hits = append(hits, i); return true })
	if len(hits) > 64 && len(hits) > n/64 {
		words := (n + 63) / 64
		if cap(f.seen) < words {
			f.seen = make([]uint64, words)
		}
		seen := f.seen[:words]
		clear(seen)
		for _, i := range hits {
			seen[i>>6] |= 1 << (i & 63)
		}
		hits = hits[:0]
		for w, x := range seen {
			for x != 0 {
				hits = append(hits, w<<6+bits.TrailingZeros64(x))
				x &= x - 1
			}
		}
	} else {
		slices.Sort(hits)
	}
	*buf = hits
	return hits
}
