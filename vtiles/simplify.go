package vtiles

import (
	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"
)

// simplifier draws a tile's lines and rings to within tol: the tile
// reader drops the points nearer than tol to the last one kept first
// (see tileDecoder.line: one pass, cheap, tiles hold many points a
// pixel), then Douglas-Peucker keeps the shape of what is left. It keeps what
// orb/simplify's DouglasPeucker keeps, the same points, but reuses its
// scratch space from one line to the next and compares distances
// without dividing a point: on the tiles of a view of Europe it takes
// half the time.
type simplifier struct {
	tol   float64
	keep  []bool
	stack []int32
}

// douglasPeucker keeps, in place, the first and last points of ls and,
// within each stretch between two points kept, the point farthest from
// the segment joining them while it lies farther than tol.
func (s *simplifier) douglasPeucker(ls orb.LineString) orb.LineString {
	if len(ls) <= 2 {
		return ls
	}
	keep := s.keep[:0]
	keep = append(keep, make([]bool, len(ls))...)
	keep[0], keep[len(ls)-1] = true, true
	t2 := s.tol * s.tol
	stack := append(s.stack[:0], 0, int32(len(ls)-1))
	for len(stack) > 0 {
		start, end := int(stack[len(stack)-2]), int(stack[len(stack)-1])
		i, far := farthest(ls, start, end, t2)
		if !far {
			stack = stack[:len(stack)-2]
			continue
		}
		keep[i] = true
		stack[len(stack)-1] = int32(i)
		stack = append(stack, int32(i), int32(end))
	}
	n := 0
	for i, k := range keep {
		if k {
			ls[n] = ls[i]
			n++
		}
	}
	s.keep, s.stack = keep, stack
	return ls[:n]
}

// farthest is the point of ls strictly between start and end farthest
// from the segment ls[start]-ls[end] (the first of equals), and whether
// it lies farther than the square root of t2. Distances are compared
// times the segment's squared length, which saves a division a point.
func farthest(ls orb.LineString, start, end int, t2 float64) (int, bool) {
	a, b := ls[start], ls[end]
	dx, dy := b[0]-a[0], b[1]-a[1]
	l2 := dx*dx + dy*dy
	best, at := 0.0, 0
	if l2 == 0 {
		for i := start + 1; i < end; i++ {
			wx, wy := ls[i][0]-a[0], ls[i][1]-a[1]
			if d := wx*wx + wy*wy; d > best {
				best, at = d, i
			}
		}
		return at, best > t2
	}
	for i := start + 1; i < end; i++ {
		p := ls[i]
		wx, wy := p[0]-a[0], p[1]-a[1]
		var d float64
		switch t := wx*dx + wy*dy; {
		case t <= 0:
			d = (wx*wx + wy*wy) * l2
		case t >= l2:
			ex, ey := p[0]-b[0], p[1]-b[1]
			d = (ex*ex + ey*ey) * l2
		default:
			c := wx*dy - wy*dx
			d = c * c
		}
		if d > best {
			best, at = d, i
		}
	}
	// The distance itself as orb works it out, rounding and all: tile
	// coordinates are whole numbers, and a point lying exactly tol away
	// is kept or dropped by how the division rounds.
	return at, at > 0 && planar.DistanceFromSegmentSquared(a, b, ls[at]) > t2
}
