package render

import (
	"math/bits"
	"slices"

	"github.com/paulmach/orb"

	"newsatlas/layer"
)

// scanShare is the part of a layer's bound a query must cover for search
// to test every feature's bound in turn rather than ask the index: with
// thousands of hits, a pass over the compact sketches in file order beats
// walking the tree and sorting what it finds.
const scanShare = 1.0 / 16

// search lists the features meeting b in file order, the drawing order,
// reusing *buf. A view that holds the whole layer takes every feature
// with a geometry without asking the index; one that holds a large part
// of it, or of a layer whose index is not built (a file loaded to be
// drawn once), tests each feature's bound; the index's hits, many, are
// put in order through a bitmap of the features, few by sorting.
func (f *frame) search(l *layer.Layer, b orb.Bound, buf *[]int) []int {
	hits := (*buf)[:0]
	n := len(l.Features)
	pb := l.ProjBound()
	all := n > 0 && b.Contains(pb.Min) && b.Contains(pb.Max)
	if all || !l.Indexed() || n >= 1024 && share(b, pb) >= scanShare {
		sk := l.Sketches()
		for i := range sk {
			s := &sk[i]
			// Bound.Intersects, written out: it is the inner loop.
			if !s.Null && (all || s.Bound.Min[0] <= b.Max[0] && s.Bound.Max[0] >= b.Min[0] && s.Bound.Min[1] <= b.Max[1] && s.Bound.Max[1] >= b.Min[1]) {
				hits = append(hits, i)
			}
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

// share is the part of the area of bound of that b covers (1 when of has
// no area and b holds it).
func share(b, of orb.Bound) float64 {
	x := min(b.Max[0], of.Max[0]) - max(b.Min[0], of.Min[0])
	y := min(b.Max[1], of.Max[1]) - max(b.Min[1], of.Min[1])
	if x < 0 || y < 0 {
		return 0
	}
	w, h := of.Max[0]-of.Min[0], of.Max[1]-of.Min[1]
	if w <= 0 || h <= 0 {
		return 1
	}
	return x * y / (w * h)
}
