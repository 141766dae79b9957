package layer

import (
	"runtime"
	"sort"
	"sync"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"

	"newsatlas/webmerc"
)

// build projects each feature, computes bounds and counts and indexes the
// features, keeping only those that meet opt.Bound when it is set.
// Projection runs on all cores.
func build(name, source string, fs []Feature, skipped []Skip, opt Options) *Layer {
	geo := make([]orb.Bound, len(fs)) // lon/lat bounds
	parallel(len(fs), func(lo, hi int) {
		for i := lo; i < hi; i++ {
			if g := fs[i].Geometry; g != nil {
				geo[i] = boundOf(g)
			}
		}
	})
	if opt.Bound != (orb.Bound{}) {
		fs, geo = within(fs, geo, opt.Bound)
	}
	l := &Layer{Name: name, Source: source, Features: fs, Skipped: skipped, Types: map[string]int{}}
	parallel(len(fs), func(lo, hi int) {
		for i := lo; i < hi; i++ {
			f := &fs[i]
			if f.Geometry == nil {
				continue
			}
			f.Proj = webmerc.Geometry(f.Geometry)
			orient(f.Proj)
			f.Bound = boundOf(f.Proj)
			f.parts = partBounds(f.Proj)
			f.Area = planar.Area(f.Proj)
			if f.LabelAt != (orb.Point{}) {
				f.LabelAt = webmerc.Point(f.LabelAt)
			} else {
				f.LabelAt = labelPoint(f.Proj)
			}
		}
	})
	first := true
	for i := range fs {
		f := &fs[i]
		if f.Geometry == nil {
			l.Types["null"]++
			continue
		}
		l.Types[f.Geometry.GeoJSONType()]++
		b := geo[i]
		if first {
			l.Bound, l.projBound, first = b, f.Bound, false
		} else {
			l.Bound = l.Bound.Union(b)
			l.projBound = l.projBound.Union(f.Bound)
		}
		l.maxHeight = max(l.maxHeight, f.Bound.Max[1]-f.Bound.Min[1])
	}
	l.sketchFeatures(opt.Style)
	return l
}

// within keeps the features whose lon/lat bounds geo meet b, and their
// bounds; null geometries go.
func within(fs []Feature, geo []orb.Bound, b orb.Bound) ([]Feature, []orb.Bound) {
	n := 0
	for i := range fs {
		if fs[i].Geometry != nil && geo[i].Intersects(b) {
			fs[n], geo[n] = fs[i], geo[i]
			n++
		}
	}
	clear(fs[n:])
	return fs[:n], geo[:n]
}

// parallel splits [0,n) into one chunk per CPU and runs fn on each.
func parallel(n int, fn func(lo, hi int)) {
	w := runtime.GOMAXPROCS(0)
	if n < 256 || w == 1 {
		fn(0, n)
		return
	}
	var wg sync.WaitGroup
	step := (n + w - 1) / w
	for lo := 0; lo < n; lo += step {
		hi := min(lo+step, n)
		wg.Add(1)
		go func() {
			defer wg.Done()
			fn(lo, hi)
		}()
	}
	wg.Wait()
}

// labelPoint picks where a projected geometry's label goes: a point
// itself, the middle of a line, the centroid of the largest polygon when it
// lies inside it, else the middle of that polygon's widest horizontal span
// through the centroid.
func labelPoint(g orb.Geometry) orb.Point {
	switch g := g.(type) {
	case orb.Point:
		return g
	case orb.MultiPoint:
		if len(g) > 0 {
			return g[0]
		}
	case orb.LineString:
		if len(g) > 0 {
			return g[len(g)/2]
		}
	case orb.MultiLineString:
		if len(g) > 0 {
			return labelPoint(g[0])
		}
	case orb.Polygon:
		c, _ := planar.CentroidArea(g)
		if polygonContains(g, c) {
			return c
		}
		return spanMiddle(g, c[1])
	case orb.MultiPolygon:
		best, area := -1, -1.0
		for i, p := range g {
			if a := planar.Area(p); a > area {
				best, area = i, a
			}
		}
		if best >= 0 {
			return labelPoint(g[best])
		}
	case orb.Collection:
		if len(g) > 0 {
			return labelPoint(g[0])
		}
	}
	return orb.Point{}
}

// spanMiddle is the middle of the widest stretch of y's horizontal line
// that lies inside p.
func spanMiddle(p orb.Polygon, y float64) orb.Point {
	var xs []float64
	for _, r := range p {
		for i := 1; i < len(r); i++ {
			a, b := r[i-1], r[i]
			if (a[1] <= y) != (b[1] <= y) {
				xs = append(xs, a[0]+(y-a[1])*(b[0]-a[0])/(b[1]-a[1]))
			}
		}
	}
	sort.Float64s(xs)
	best := orb.Point{p.Bound().Center()[0], y}
	width := -1.0
	for i := 0; i+1 < len(xs); i += 2 {
		if w := xs[i+1] - xs[i]; w > width {
			width = w
			best = orb.Point{(xs[i] + xs[i+1]) / 2, y}
		}
	}
	return best
}

// orient winds every outer ring one way and every hole the other, so that
// shapes drawn together with the non-zero rule fill outers and cut holes
// whatever the file's winding was.
func orient(g orb.Geometry) {
	switch g := g.(type) {
	case orb.Polygon:
		for i, r := range g {
			if (i == 0) != (r.Orientation() == orb.CCW) {
				r.Reverse()
			}
		}
	case orb.MultiPolygon:
		for _, p := range g {
			orient(p)
		}
	case orb.Collection:
		for _, c := range g {
			orient(c)
		}
	}
}
