package vtiles

import (
	"bytes"
	"context"
	"fmt"
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/simplify"
)

// geometry simplifies g in place as the tile reader does (see
// tileDecoder.polygons), and returns it, or nil when nothing is
// left of it. Rings keep their closing point; rings after a polygon's
// first that are left with two points or fewer are dropped, and so are
// polygons whose outer ring is.
func (s *simplifier) geometry(g orb.Geometry) orb.Geometry {
	switch g := g.(type) {
	case orb.LineString:
		if g = s.line(g); len(g) == 0 {
			return nil
		}
		return g
	case orb.MultiLineString:
		for i := range g {
			g[i] = s.line(g[i])
		}
		if len(g) == 0 {
			return nil
		}
		return g
	case orb.Polygon:
		if g = s.polygon(g); len(g) == 0 {
			return nil
		}
		return g
	case orb.MultiPolygon:
		n := 0
		for _, p := range g {
			if p = s.polygon(p); len(p) == 0 || len(p[0]) <= 2 {
				continue
			}
			g[n] = p
			n++
		}
		if n == 0 {
			return nil
		}
		return g[:n]
	}
	return g
}

// polygon simplifies each ring, dropping holes left with two points or
// fewer.
func (s *simplifier) polygon(p orb.Polygon) orb.Polygon {
	n := 0
	for i, r := range p {
		r = orb.Ring(s.line(orb.LineString(r)))
		if i != 0 && len(r) <= 2 {
			continue
		}
		p[n] = r
		n++
	}
	return p[:n]
}

// line thins and then simplifies ls in place.
func (s *simplifier) line(ls orb.LineString) orb.LineString {
	return s.douglasPeucker(thin(ls, s.tol))
}

// thin drops, in place, the points nearer than tol to the last point
// kept, keeping the first and the last: what the tile reader does as it
// reads a line.
func thin(ls orb.LineString, tol float64) orb.LineString {
	if len(ls) < 3 {
		return ls
	}
	t2 := tol * tol
	out := ls[:1]
	for _, p := range ls[1 : len(ls)-1] {
		q := out[len(out)-1]
		if dx, dy := p[0]-q[0], p[1]-q[1]; dx*dx+dy*dy >= t2 {
			out = append(out, p)
		}
	}
	return append(out, ls[len(ls)-1])
}

// orbSimplified is what the simplifier must keep: thin, then orb's
// Douglas-Peucker.
func orbSimplified(g orb.Geometry, tol float64) orb.Geometry {
	switch g := g.(type) {
	case orb.LineString:
		return simplify.DouglasPeucker(tol).Simplify(thin(g, tol))
	case orb.MultiLineString:
		for i := range g {
			g[i] = thin(g[i], tol)
		}
	case orb.Polygon:
		for i := range g {
			g[i] = orb.Ring(thin(orb.LineString(g[i]), tol))
		}
	case orb.MultiPolygon:
		for _, p := range g {
			for i := range p {
				p[i] = orb.Ring(thin(orb.LineString(p[i]), tol))
			}
		}
	}
	return simplify.DouglasPeucker(tol).Simplify(g)
}

// TestSimplifierKeepsOrbsPoints simplifies lines made to catch the
// edge cases, and every feature of every tile of the go-pmtiles fixture
// at each detail, and checks that the simplifier keeps exactly the
// points orb's Douglas-Peucker keeps after thinning.
func TestSimplifierKeepsOrbsPoints(t *testing.T) {
	square := orb.Ring{{0, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 0}}
	cases := []struct {
		name string
		g    orb.Geometry
		tol  float64
		want int // points kept
	}{
		{"straight line", orb.LineString{{0, 0}, {1, 0.1}, {2, 0}, {3, 0.1}, {4, 0}}, 0.5, 2},
		{"bend", orb.LineString{{0, 0}, {5, 2.6}, {10, 5}, {15, 2.4}, {20, 0}}, 0.5, 3},
		{"spike past the end", orb.LineString{{0, 0}, {10, 0}, {20, 0}, {5, 0}}, 0.5, 3},
		{"closed ring", orb.Polygon{square}, 0.5, 5},
		{"hole too small", orb.Polygon{square, {{2, 2}, {2.1, 2}, {2.1, 2.1}, {2, 2}}}, 0.5, 5},
		{"polygon too small", orb.MultiPolygon{{square}, {{{20, 20}, {20.1, 20}, {20, 20.1}, {20, 20}}}}, 0.5, 5},
		{"two points", orb.LineString{{0, 0}, {0.1, 0}}, 0.5, 2},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var s simplifier
			s.tol = c.tol
			got := s.geometry(orb.Clone(c.g))
			want := orbSimplified(orb.Clone(c.g), c.tol)
			if n := countPoints(got); n != c.want {
				t.Errorf("kept %d points, want %d: %v", n, c.want, got)
			}
			if !orb.Equal(got, want) {
				t.Errorf("kept %v, orb keeps %v", got, want)
			}
		})
	}

	src := mustOpen(t, "testdata/countries.pmtiles")
	m := src.arc.meta()
	var s simplifier
	total, kept := 0, 0
	for z := m.minZoom; z <= m.maxZoom; z++ {
		for _, k := range cover(orb.Bound{Min: orb.Point{-180, -85}, Max: orb.Point{180, 85}}, z) {
			raw, err := src.arc.tile(context.Background(), k.z, k.x, k.y)
			if err != nil || len(raw) == 0 {
				continue
			}
			if bytes.HasPrefix(raw, []byte{0x1f, 0x8b}) {
				if raw, err = gunzip(raw); err != nil {
					t.Fatal(err)
				}
			}
			ls, err := unmarshal(raw)
			if err != nil {
				t.Fatal(err)
			}
			for _, l := range ls {
				for detail := uint32(0); detail <= MaxDetail; detail++ {
					s.tol = tolerance(l.Extent, detail)
					for i, f := range l.Features {
						total += countPoints(f.Geometry)
						got := s.geometry(orb.Clone(f.Geometry))
						want := orbSimplified(orb.Clone(f.Geometry), s.tol)
						kept += countPoints(got)
						if !orb.Equal(got, want) {
							t.Fatalf("tile %d/%d/%d feature %d detail %d: kept %d points, orb %d", k.z, k.x, k.y, i, detail, countPoints(got), countPoints(want))
						}
					}
				}
			}
		}
	}
	if kept == 0 || kept >= total {
		t.Errorf("kept %d of %d points", kept, total)
	}
	t.Logf("kept %d of %d points, as orb does", kept, total)
}

func countPoints(g orb.Geometry) int {
	switch g := g.(type) {
	case nil:
		return 0
	case orb.LineString:
		return len(g)
	case orb.Ring:
		return len(g)
	case orb.MultiLineString:
		n := 0
		for _, l := range g {
			n += len(l)
		}
		return n
	case orb.Polygon:
		n := 0
		for _, r := range g {
			n += len(r)
		}
		return n
	case orb.MultiPolygon:
		n := 0
		for _, p := range g {
			n += countPoints(p)
		}
		return n
	}
	panic(fmt.Sprintf("countPoints: %T", g))
}
