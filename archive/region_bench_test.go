package archive

import (
	"math/rand/v2"
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geojson"

	"newsatlas/atlas"
	"newsatlas/layer"
)

// country is the named country's geometry in the built-in Natural Earth 1:10m layer.
func country(b *testing.B, name string) orb.Geometry {
	b.Helper()
	a, err := atlas.NewWith(atlas.Options{Skip: []string{atlas.Places, atlas.AleppoControl, atlas.SyriaGovernorates}})
	if err != nil {
		b.Fatal(err)
	}
	for _, f := range a.Layer(atlas.Countries).Features {
		if f.Name == name {
			return f.Geometry
		}
	}
	b.Fatalf("no %s in the countries layer", name)
	return nil
}

// pointsIn is n points spread over bound b, the same each run.
func pointsIn(b orb.Bound, n int) []orb.Point {
	r := rand.New(rand.NewPCG(1, 2))
	out := make([]orb.Point, n)
	for i := range out {
		out[i] = orb.Point{b.Min[0] + r.Float64()*(b.Max[0]-b.Min[0]), b.Min[1] + r.Float64()*(b.Max[1]-b.Min[1])}
	}
	return out
}

// BenchmarkRegionContains tests 10,000 points spread over the bound of Russia (NE 1:10m:
// 100 polygons, the mainland's ring of some 12,000 vertices) against it: tidwall/geojson's
// indexed polygons (what Region uses from indexedVertices up), orb/planar's ray cast over
// every edge, and the layer's own hit test (layer/contains.go, on Web Mercator, behind
// its R-tree and each part's bound). ns/op is for the 10,000 points.
func BenchmarkRegionContains(b *testing.B) {
	for _, name := range []string{"Russia", "Canada"} {
		g := country(b, name)
		pts := pointsIn(g.Bound(), 10000)
		indexed := NewRegion("countries", name, g)
		plain := newRegionWith("countries", name, g, 1<<62)
		fc := geojson.NewFeatureCollection()
		fc.Append(geojson.NewFeature(g))
		l := layer.FromCollection("countries", "bench", fc, nil)
		inside := 0
		for _, p := range pts {
			if indexed.Contains(p) {
				inside++
			}
			if indexed.Contains(p) != plain.Contains(p) || indexed.Contains(p) != (len(l.Hits(p, 0, 0)) > 0) {
				b.Fatalf("%s: the three disagree at %v", name, p)
			}
		}
		b.Logf("%s: %d of %d points inside", name, inside, len(pts))
		b.Run(name+"/tidwall-indexed", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				for _, p := range pts {
					indexed.Contains(p)
				}
			}
		})
		b.Run(name+"/orb-planar", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				for _, p := range pts {
					plain.Contains(p)
				}
			}
		})
		b.Run(name+"/layer-hits", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				for _, p := range pts {
					l.Hits(p, 0, 0)
				}
			}
		})
	}
}

// BenchmarkNewRegion is the cost of indexing Russia's polygons once (what Related pays
// per click before testing any point), against building the unindexed region.
func BenchmarkNewRegion(b *testing.B) {
	g := country(b, "Russia")
	b.Run("tidwall-indexed", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			NewRegion("countries", "Russia", g)
		}
	})
	b.Run("orb-planar", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			newRegionWith("countries", "Russia", g, 1<<62)
		}
	})
}
