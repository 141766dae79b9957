package timeline

import (
	"math"
	"sort"

	"github.com/paulmach/orb"
)

// Raster parameters of the dissolve. A cell is about 9 m square in Aleppo
// (36.2°N); gaps between neighbourhoods (streets, mostly 5-40 m in the CSR
// polygons) up to about 2*gapCells cells wide are closed.
const (
	cellLon  = 0.0001
	cellLat  = 0.00008
	gapCells = 4
)

// grid is a raster of the neighbourhoods: label[i] is the index of the
// neighbourhood that covers cell i, or -1. Row 0 is the southernmost row.
type grid struct {
	minX, minY float64
	w, h       int
	label      []int16
}

// newGrid rasterises the neighbourhoods and closes the gaps between them:
// empty cells within gapCells (8-neighbour steps) of a neighbourhood take the
// label of the nearest one, then those filled cells that lie within gapCells
// of the outside are emptied again (a morphological closing that never
// removes original cells).
func newGrid(hoods []neighbourhood) *grid {
	b := hoods[0].Geometry.Bound()
	for _, h := range hoods[1:] {
		b = b.Union(h.Geometry.Bound())
	}
	pad := gapCells + 2
	g := &grid{
		minX: b.Min[0] - float64(pad)*cellLon,
		minY: b.Min[1] - float64(pad)*cellLat,
	}
	g.w = int(math.Ceil((b.Max[0]-g.minX)/cellLon)) + pad
	g.h = int(math.Ceil((b.Max[1]-g.minY)/cellLat)) + pad
	g.label = make([]int16, g.w*g.h)
	for i := range g.label {
		g.label[i] = -1
	}
	for i, h := range hoods {
		switch geom := h.Geometry.(type) {
		case orb.Polygon:
			g.fill(geom, int16(i))
		case orb.MultiPolygon:
			for _, p := range geom {
				g.fill(p, int16(i))
			}
		}
	}
	g.close()
	return g
}

// fill sets the cells whose centres are inside p (even-odd over all rings).
func (g *grid) fill(p orb.Polygon, lbl int16) {
	bb := p.Bound()
	y0 := int(math.Floor((bb.Min[1] - g.minY) / cellLat))
	y1 := int(math.Ceil((bb.Max[1] - g.minY) / cellLat))
	var xs []float64
	for row := max(y0, 0); row <= min(y1, g.h-1); row++ {
		cy := g.minY + (float64(row)+0.5)*cellLat
		xs = xs[:0]
		for _, r := range p {
			for i := 0; i+1 < len(r); i++ {
				a, c := r[i], r[i+1]
				if (a[1] > cy) != (c[1] > cy) {
					xs = append(xs, a[0]+(cy-a[1])*(c[0]-a[0])/(c[1]-a[1]))
				}
			}
		}
		sort.Float64s(xs)
		for k := 0; k+1 < len(xs); k += 2 {
			// cells whose centre x lies in [xs[k], xs[k+1])
			c0 := int(math.Ceil((xs[k]-g.minX)/cellLon - 0.5))
			c1 := int(math.Ceil((xs[k+1]-g.minX)/cellLon-0.5)) - 1
			for col := max(c0, 0); col <= min(c1, g.w-1); col++ {
				g.label[row*g.w+col] = lbl
			}
		}
	}
}

// close fills the gaps between neighbourhoods; see newGrid.
func (g *grid) close() {
	n := g.w * g.h
	const far = math.MaxUint8
	dist := make([]uint8, n) // distance to the nearest original cell
	var queue []int32
	for i, l := range g.label {
		if l >= 0 {
			queue = append(queue, int32(i))
		} else {
			dist[i] = far
		}
	}
	filled := make([]bool, n)
	g.bfs(queue, func(from, to int) bool {
		if dist[to] != far || dist[from] >= gapCells {
			return false
		}
		dist[to] = dist[from] + 1
		g.label[to] = g.label[from]
		filled[to] = true
		return true
	})
	// erode the filled cells from the outside
	queue = queue[:0]
	out := make([]uint8, n) // distance to the nearest outside cell
	for i, l := range g.label {
		if l < 0 {
			queue = append(queue, int32(i))
		} else {
			out[i] = far
		}
	}
	g.bfs(queue, func(from, to int) bool {
		if out[to] != far || out[from] >= gapCells {
			return false
		}
		out[to] = out[from] + 1
		return true
	})
	for i := range g.label {
		if filled[i] && out[i] <= gapCells {
			g.label[i] = -1
		}
	}
}

// bfs runs a breadth-first search over 8-neighbours from queue; visit
// decides whether to enter a neighbour and records what it needs.
func (g *grid) bfs(queue []int32, visit func(from, to int) bool) {
	for head := 0; head < len(queue); head++ {
		i := int(queue[head])
		x, y := i%g.w, i/g.w
		for dy := -1; dy <= 1; dy++ {
			for dx := -1; dx <= 1; dx++ {
				nx, ny := x+dx, y+dy
				if (dx == 0 && dy == 0) || nx < 0 || ny < 0 || nx >= g.w || ny >= g.h {
					continue
				}
				j := ny*g.w + nx
				if visit(i, j) {
					queue = append(queue, int32(j))
				}
			}
		}
	}
}

// point returns the lon/lat of grid vertex (x, y), the south-west corner of
// cell (x, y).
func (g *grid) point(x, y int) orb.Point {
	return orb.Point{g.minX + float64(x)*cellLon, g.minY + float64(y)*cellLat}
}
