package render

import (
	"image"
	"image/color"
	"image/draw"
	"math"
	"slices"
	"sync"

	"github.com/paulmach/orb"
	"golang.org/x/image/vector"

	"newsatlas/style"
)

// painter draws paths in pixel coordinates onto dst. Large shapes are
// rasterised in horizontal bands on all cores, each band with a rasteriser
// of its own.
type painter struct {
	dst        *image.RGBA
	workers    int
	zs         []*rasterizer
	tiles      [][]strokeRef     // scratch: what each stroke tile draws
	fillTiles  [][]int32         // scratch: the rings of each fill tile
	ringBounds []image.Rectangle // scratch: the bound of each ring filled
	scratch    []strokeScratch   // per worker: the quads of a tile
	cover      coverage          // scratch: the coverage of a run of hairlines
	join       *dotStamp         // the round join of the last wide hairlines
}

// reset points the painter at dst with the given goroutines, keeping its
// rasterisers and buffers.
func (pt *painter) reset(dst *image.RGBA, workers int) {
	pt.dst, pt.workers = dst, max(1, workers)
	for len(pt.zs) < pt.workers {
		pt.zs = append(pt.zs, &rasterizer{})
	}
}

// each runs fn(worker, job) for jobs 0..n-1 spread over the workers.
func (pt *painter) each(n int, fn func(w, job int)) { spread(pt.workers, n, fn) }

// spread runs fn(worker, job) for jobs 0..n-1 on up to workers
// goroutines, worker w taking jobs w, w+workers, ...
func spread(workers, n int, fn func(w, job int)) {
	workers = min(workers, n)
	if workers <= 1 {
		for j := range n {
			fn(0, j)
		}
		return
	}
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := w; j < n; j += workers {
				fn(w, j)
			}
		}()
	}
	wg.Wait()
}

// addRings resets z to the size of r and adds the rings, in r's pixel
// coordinates.
func addRings(z *vector.Rasterizer, r image.Rectangle, rings [][]orb.Point) {
	z.Reset(r.Dx(), r.Dy())
	ox, oy := float64(r.Min.X), float64(r.Min.Y)
	for _, ring := range rings {
		if len(ring) < 3 {
			continue
		}
		z.MoveTo(float32(ring[0][0]-ox), float32(ring[0][1]-oy))
		for _, q := range ring[1:] {
			z.LineTo(float32(q[0]-ox), float32(q[1]-oy))
		}
		z.ClosePath()
	}
}

// path is a set of closed pixel-space rings drawn with the non-zero rule.
type path [][]orb.Point

func (p path) bound() image.Rectangle {
	minX, minY, maxX, maxY := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, r := range p {
		for _, q := range r {
			if q[0] < minX {
				minX = q[0]
			}
			if q[0] > maxX {
				maxX = q[0]
			}
			if q[1] < minY {
				minY = q[1]
			}
			if q[1] > maxY {
				maxY = q[1]
			}
		}
	}
	if minX > maxX {
		return image.Rectangle{}
	}
	return image.Rect(int(math.Floor(minX)), int(math.Floor(minY)), int(math.Ceil(maxX))+1, int(math.Ceil(maxY))+1)
}

// fill paints the path with src (a colour or a pattern).
func (pt *painter) fill(p path, src image.Image) {
	// One pass over the points finds each ring's bound and the path's.
	rbs := pt.ringBounds[:0]
	var all image.Rectangle
	small := true
	for _, ring := range p {
		rb := path{ring}.bound()
		rbs = append(rbs, rb)
		all = all.Union(rb)
		small = small && rb.Dx() <= fillTile && rb.Dy() <= fillTile
	}
	pt.ringBounds = rbs
	r := all.Intersect(pt.dst.Bounds())
	if r.Empty() {
		return
	}
	if h, ok := src.(hatch); ok {
		pt.fillHatch(p, r, h)
		return
	}
	if small && len(p) >= 64 && r.Dx()*r.Dy() > 1<<16 {
		pt.fillTiled(p, rbs, src)
		return
	}
	bands := 1
	if r.Dx()*r.Dy() > 1<<16 {
		bands = pt.workers
	}
	h := (r.Dy() + bands - 1) / bands
	pt.each(bands, func(w, j int) {
		br := image.Rect(r.Min.X, r.Min.Y+j*h, r.Max.X, min(r.Max.Y, r.Min.Y+(j+1)*h))
		if !br.Empty() {
			raster(pt.zs[w], pt.dst, br, p, src)
		}
	})
}

// fillTile is the side of the square tiles a path of many small rings is
// filled in.
const fillTile = 64

// fillTiled fills a path whose rings are each at most a tile across (of
// bounds rbs), the shapes of a view full of small features, in the tiles
// they touch: a band would composite every pixel between them. Each
// pixel's coverage comes from the same rings either way (a closed ring
// adds nothing outside itself).
func (pt *painter) fillTiled(p path, rbs []image.Rectangle, src image.Image) {
	b := pt.dst.Bounds()
	var cols int
	pt.fillTiles, cols = emptyTiles(pt.fillTiles, b, fillTile)
	tiles := pt.fillTiles
	for ri := range p {
		binRect(tiles, cols, fillTile, b, rbs[ri], int32(ri))
	}
	eachTile(pt, tiles, cols, fillTile, func(w int, tr image.Rectangle, rs []int32) {
		sc := &pt.scratch[w]
		sc.rings = sc.rings[:0]
		for _, ri := range rs {
			sc.rings = append(sc.rings, p[ri])
		}
		raster(pt.zs[w], pt.dst, tr, sc.rings, src)
	})
}

// strokeTile is the side of the square tiles strokes are rasterised in:
// a stroke touches few pixels, so only the tiles it crosses are worked.
const strokeTile = 32

// stroke paints lines of width w: each segment a quad, wound the same way
// so overlaps add up instead of cancelling, with round joins when wide.
// The segments (and joins) are binned into tiles by the bound of their
// quad, and each touched tile rasterised alone, its quads made there: a
// frame of many shapes never holds all their quads at once.
func (pt *painter) stroke(lines [][]orb.Point, w float64, c color.Color) {
	if w <= 0 {
		return
	}
	if w <= wideLine {
		pt.hairlines(lines, w, c)
		return
	}
	hw := w / 2
	joins := w > 2.5
	b := pt.dst.Bounds()
	var cols int
	pt.tiles, cols = emptyTiles(pt.tiles, b, strokeTile)
	tiles := pt.tiles
	bin := func(r image.Rectangle, ref strokeRef) { binRect(tiles, cols, strokeTile, b, r, ref) }
	var quad [4]orb.Point
	for li, l := range lines {
		for i := 1; i < len(l); i++ {
			if segmentQuad(&quad, l[i-1], l[i], hw) {
				bin(path{quad[:]}.bound(), strokeRef{int32(li), int32(i)})
			}
		}
		if joins {
			for i := range l {
				// The bound of circle(l[i], hw, 8), whose points include
				// the four at ±hw on each axis.
				p := l[i]
				r := image.Rect(int(math.Floor(p[0]-hw)), int(math.Floor(p[1]-hw)), int(math.Ceil(p[0]+hw))+1, int(math.Ceil(p[1]+hw))+1)
				bin(r, strokeRef{int32(li), -int32(i) - 1})
			}
		}
	}
	src := image.NewUniform(c)
	eachTile(pt, tiles, cols, strokeTile, func(w int, tr image.Rectangle, refs []strokeRef) {
		sc := &pt.scratch[w]
		sc.rings, sc.pts = sc.rings[:0], sc.pts[:0]
		for _, ref := range refs {
			l := lines[ref.line]
			if ref.at < 0 {
				sc.rings = append(sc.rings, joinCircle(l[-ref.at-1], hw, 8))
				continue
			}
			sc.rings, sc.pts = appendSegment(sc.rings, sc.pts, l[ref.at-1], l[ref.at], hw)
		}
		raster(pt.zs[w], pt.dst, tr, sc.rings, src)
	})
}

// emptyTiles returns tiles, grown if need be and each emptied, one for
// every square of side size over the bound b, and how many make a row.
func emptyTiles[T any](tiles [][]T, b image.Rectangle, size int) ([][]T, int) {
	cols, rows := (b.Dx()+size-1)/size, (b.Dy()+size-1)/size
	if cap(tiles) < cols*rows {
		tiles = make([][]T, cols*rows)
	}
	tiles = tiles[:cols*rows]
	for i := range tiles {
		tiles[i] = tiles[i][:0]
	}
	return tiles, cols
}

// binRect adds ref to the tiles (of side size, cols to a row, over the
// image bound b) that the pixel rectangle r meets.
func binRect[T any](tiles [][]T, cols, size int, b, r image.Rectangle, ref T) {
	tx0, ty0, tx1, ty1, ok := tilesOf(b, r, size)
	if !ok {
		return
	}
	for ty := ty0; ty <= ty1; ty++ {
		for tx := tx0; tx <= tx1; tx++ {
			tiles[ty*cols+tx] = append(tiles[ty*cols+tx], ref)
		}
	}
}

// tilesOf is the range, first to last, of the tiles of side size over the
// bound b that the rectangle r meets; ok is false when r misses b.
func tilesOf(b, r image.Rectangle, size int) (tx0, ty0, tx1, ty1 int, ok bool) {
	r = r.Intersect(b)
	if r.Empty() {
		return 0, 0, 0, 0, false
	}
	return (r.Min.X - b.Min.X) / size, (r.Min.Y - b.Min.Y) / size, (r.Max.X - 1 - b.Min.X) / size, (r.Max.Y - 1 - b.Min.Y) / size, true
}

// eachTile runs fn, spread over the workers, for every tile of side size
// (cols to a row of the image) that holds something: w is the worker,
// whose rasteriser and scratch fn may use, and tr the tile's rectangle.
func eachTile[T any](pt *painter, tiles [][]T, cols, size int, fn func(w int, tr image.Rectangle, items []T)) {
	var touched []int
	for ti, items := range tiles {
		if len(items) > 0 {
			touched = append(touched, ti)
		}
	}
	if len(pt.scratch) < pt.workers {
		pt.scratch = make([]strokeScratch, pt.workers)
	}
	b := pt.dst.Bounds()
	pt.each(len(touched), func(w, j int) {
		ti := touched[j]
		min := image.Pt(b.Min.X+ti%cols*size, b.Min.Y+ti/cols*size)
		fn(w, image.Rectangle{Min: min, Max: min.Add(image.Pt(size, size))}.Intersect(b), tiles[ti])
	})
}

// strokeRef names what a stroke draws in a tile: the segment that ends at
// point at of a line, or the round join at point -at-1.
type strokeRef struct {
	line, at int32
}

// strokeScratch is a worker's buffers for the quads of one tile.
type strokeScratch struct {
	rings path
	pts   []orb.Point
}

// segmentQuad sets q to the quad of segment a-b, half-width hw, and says
// whether there is one (a and b apart).
func segmentQuad(q *[4]orb.Point, a, b orb.Point, hw float64) bool {
	dx, dy := b[0]-a[0], b[1]-a[1]
	l := math.Sqrt(dx*dx + dy*dy)
	if l < 1e-9 {
		return false
	}
	nx, ny := -dy/l*hw, dx/l*hw
	*q = [4]orb.Point{{a[0] + nx, a[1] + ny}, {b[0] + nx, b[1] + ny}, {b[0] - nx, b[1] - ny}, {a[0] - nx, a[1] - ny}}
	return true
}

// appendSegment adds the quad of segment a-b, half-width hw, its points
// stored in pts.
func appendSegment(p path, pts []orb.Point, a, b orb.Point, hw float64) (path, []orb.Point) {
	var q [4]orb.Point
	if !segmentQuad(&q, a, b, hw) {
		return p, pts
	}
	start := len(pts)
	pts = append(pts, q[:]...)
	return append(p, pts[start:len(pts):len(pts)]), pts
}

// circle is a clockwise (in pixel space) polygon around c.
func circle(c orb.Point, r float64, n int) []orb.Point {
	out := make([]orb.Point, n)
	for i := range out {
		a := 2 * math.Pi * float64(i) / float64(n)
		out[i] = orb.Point{c[0] + r*math.Cos(a), c[1] + r*math.Sin(a)}
	}
	return out
}

// joinCircle is circle wound the way segmentQuad winds its quads, so that
// where a round join overlaps a segment the non-zero rule adds the two
// (circle's winding would cancel them and leave a hole).
func joinCircle(c orb.Point, r float64, n int) []orb.Point {
	out := circle(c, r, n)
	slices.Reverse(out)
	return out
}

// pinPath is a map pin whose tip is at (x, y): a circle of radius r whose
// centre is 2.2r above the tip, joined to the tip by its two tangents.
func pinPath(x, y, r float64) []orb.Point {
	cy := y - 2.2*r
	t := math.Acos(r / (y - cy)) // angle at the centre between "down" and a tangent point
	right := math.Pi/2 - t       // angles measured from +x towards +y (down)
	span := 2*math.Pi - 2*t      // the arc over the top, from right to left
	const steps = 24
	out := []orb.Point{{x, y}}
	for i := 0; i <= steps; i++ {
		th := right - span*float64(i)/steps
		out = append(out, orb.Point{x + r*math.Cos(th), cy + r*math.Sin(th)})
	}
	return out
}

// hatch is an image of diagonal stripes, for contested zones.
type hatch struct {
	c     color.NRGBA
	bg    color.NRGBA
	every int
}

func (h hatch) ColorModel() color.Model { return color.NRGBAModel }
func (h hatch) Bounds() image.Rectangle {
	return image.Rect(-1e9, -1e9, 1e9, 1e9)
}
func (h hatch) At(x, y int) color.Color {
	if style.Striped(x, y, h.every) {
		return h.c
	}
	return h.bg
}

// fillHatch paints a path with a hatch: the shape's coverage is rasterised
// once into an alpha mask, then each covered pixel takes the stripe or the
// background colour.
func (pt *painter) fillHatch(p path, r image.Rectangle, h hatch) {
	m := image.NewAlpha(image.Rect(0, 0, r.Dx(), r.Dy()))
	z := &pt.zs[0].z
	addRings(z, r, p)
	z.DrawOp = draw.Src
	z.Draw(m, m.Rect, image.Opaque, image.Point{})
	for y := 0; y < r.Dy(); y++ {
		for x := 0; x < r.Dx(); x++ {
			cov := m.Pix[y*m.Stride+x]
			if cov == 0 {
				continue
			}
			c := h.bg
			if style.Striped(x+r.Min.X, y+r.Min.Y, h.every) {
				c = h.c
			}
			plot(pt.dst, x+r.Min.X, y+r.Min.Y, c, float64(cov)/255*float64(c.A)/255)
		}
	}
}
