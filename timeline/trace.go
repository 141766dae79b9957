package timeline

import "github.com/paulmach/orb"

// Directions of boundary edges between grid vertices.
const (
	east = iota
	north
	west
	south
)

var step = [4][2]int{east: {1, 0}, north: {0, 1}, west: {-1, 0}, south: {0, -1}}

// components labels the 4-connected components of cells with the same
// non-zero class: comp[i] is the component of cell i or -1, and classOf[k]
// the class of component k. comp and the stack are sc's buffers.
func (g *grid) components(class []uint8, sc *scratch) (comp []int32, classOf []uint8) {
	sc.comp = resize(sc.comp, len(class))
	comp = sc.comp
	for i := range comp {
		comp[i] = -1
	}
	stack := sc.stack
	defer func() { sc.stack = stack[:0] }()
	for i, c := range class {
		if c == 0 || comp[i] >= 0 {
			continue
		}
		k := int32(len(classOf))
		classOf = append(classOf, c)
		comp[i] = k
		stack = append(stack[:0], i)
		for len(stack) > 0 {
			j := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			x, y := j%g.w, j/g.w
			for _, s := range step {
				nx, ny := x+s[0], y+s[1]
				if nx < 0 || ny < 0 || nx >= g.w || ny >= g.h {
					continue
				}
				n := ny*g.w + nx
				if comp[n] < 0 && class[n] == c {
					comp[n] = k
					stack = append(stack, n)
				}
			}
		}
	}
	return comp, classOf
}

// tracer follows the boundaries of components: each boundary edge runs with
// its component on the left, so outer rings run counter-clockwise and holes
// clockwise (RFC 7946 winding, with y pointing north).
type tracer struct {
	g    *grid
	comp []int32
	used []uint8 // bit d set: the edge of direction d whose left cell is this cell is traced (zeroed, one a cell)
}

// at returns the component of cell (x, y), -1 outside the grid.
func (t *tracer) at(x, y int) int32 {
	if x < 0 || y < 0 || x >= t.g.w || y >= t.g.h {
		return -1
	}
	return t.comp[y*t.g.w+x]
}

// sides returns the cells left and right of the edge leaving vertex (x, y)
// in direction d.
func sides(x, y, d int) (lx, ly, rx, ry int) {
	switch d {
	case east:
		return x, y, x, y - 1
	case north:
		return x - 1, y, x, y
	case west:
		return x - 1, y - 1, x - 1, y
	default: // south
		return x, y - 1, x - 1, y - 1
	}
}

// edge reports whether an edge of component k leaves vertex (x, y) in
// direction d.
func (t *tracer) edge(k int32, x, y, d int) bool {
	lx, ly, rx, ry := sides(x, y, d)
	return t.at(lx, ly) == k && t.at(rx, ry) != k
}

// rings traces every boundary ring, calling emit with the component and the
// ring in grid-vertex coordinates (closed, corners only).
func (t *tracer) rings(emit func(k int32, ring [][2]int)) {
	g := t.g
	// The edges whose left cell is (x, y) start at these vertices.
	start := [4][2]int{east: {0, 0}, north: {1, 0}, west: {1, 1}, south: {0, 1}}
	for y := 0; y < g.h; y++ {
		for x := 0; x < g.w; x++ {
			k := t.comp[y*g.w+x]
			if k < 0 {
				continue
			}
			for d := east; d <= south; d++ {
				vx, vy := x+start[d][0], y+start[d][1]
				if t.used[y*g.w+x]&(1<<d) != 0 || !t.edge(k, vx, vy, d) {
					continue
				}
				emit(k, t.follow(k, vx, vy, d))
			}
		}
	}
}

// follow traces the ring of component k that starts with the edge leaving
// (x, y) in direction d. At a vertex with two choices (cells of k touching
// diagonally) it turns left, which keeps 4-connected components apart.
func (t *tracer) follow(k int32, x, y, d int) [][2]int {
	ring := [][2]int{{x, y}}
	x0, y0, d0 := x, y, d
	for {
		lx, ly, _, _ := sides(x, y, d)
		t.used[ly*t.g.w+lx] |= 1 << d
		x, y = x+step[d][0], y+step[d][1]
		next := -1
		for _, nd := range [3]int{(d + 1) % 4, d, (d + 3) % 4} {
			if t.edge(k, x, y, nd) {
				next = nd
				break
			}
		}
		if next != d {
			ring = append(ring, [2]int{x, y})
		}
		if x == x0 && y == y0 && next == d0 {
			break
		}
		if next < 0 { // cannot happen on a closed boundary
			break
		}
		d = next
	}
	if ring[len(ring)-1] != ring[0] {
		ring = append(ring, ring[0])
	}
	return ring
}

// signedArea is twice the signed area of a closed ring in grid coordinates,
// positive for counter-clockwise.
func signedArea(r [][2]int) int {
	a := 0
	for i := 0; i+1 < len(r); i++ {
		a += r[i][0]*r[i+1][1] - r[i+1][0]*r[i][1]
	}
	return a
}

// toRing converts a grid ring to lon/lat.
func (g *grid) toRing(r [][2]int) orb.Ring {
	out := make(orb.Ring, len(r))
	for i, p := range r {
		out[i] = g.point(p[0], p[1])
	}
	return out
}
