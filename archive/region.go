package archive

import (
	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"
	"github.com/tidwall/geojson/geometry"
)

// indexedVertices is the size of polygon, in vertices, from which Region tests points with
// tidwall/geojson's indexed polygon rather than orb/planar's ray cast over every edge.
//
// Measured (BenchmarkRegionContains, 10,000 points over the bound of Russia from Natural
// Earth 1:10m, 2 shared cores at load 12): tidwall/geojson indexed 4.4 µs a point, the
// layer's own hit test (layer/contains.go behind its R-tree and part bounds) 50 µs, orb's
// plain ray cast 630 µs; Canada 9.9, 61 and 830 µs. Indexing Russia once costs 8.5 ms
// (BenchmarkNewRegion) against 0.7 ms unindexed. So each job keeps the faster: "which
// places lie inside this region" (many points, one region) indexes big polygons here;
// "which feature is under this click" (one point, every feature) stays with the layer's
// R-tree and ray cast (atlas.Identify), where indexing would cost more than it saves.
const indexedVertices = 256

// Region is an area of a layer, the polygons of one feature, that places can be tested
// against: the region under a click, which Relate finds the articles of.
type Region struct {
	Layer string `json:"layer"` // the layer's name: countries, syria-governorates, aleppo-control...
	Name  string `json:"name"`  // the feature's name
	// MaxKind is the largest kind of place counted as lying inside: "country" (every place
	// whose point is inside), "region" (no countries), "city" (no countries or first-level
	// divisions: inside a city's districts, "Syria" is not a mention of the district).
	MaxKind string `json:"-"`
	polys   []regionPoly
	bound   orb.Bound
}

// regionPoly is one polygon of a region, tested by its bound first.
type regionPoly struct {
	bound   orb.Bound
	orb     orb.Polygon
	indexed *geometry.Poly // for polygons of indexedVertices or more
}

// NewRegion makes the region of a feature of the named layer whose geometry is g: a
// Polygon or MultiPolygon (any other geometry makes a region that holds no point). Big
// polygons are indexed once here, so that testing many points is fast. MaxKind is set by
// the layer (see MaxKindOf).
func NewRegion(layer, name string, g orb.Geometry) *Region {
	return newRegionWith(layer, name, g, indexedVertices)
}

// newRegionWith is NewRegion indexing the polygons of at least index vertices.
func newRegionWith(layer, name string, g orb.Geometry, index int) *Region {
	r := &Region{Layer: layer, Name: name, MaxKind: MaxKindOf(layer)}
	var ps []orb.Polygon
	switch g := g.(type) {
	case orb.Polygon:
		ps = []orb.Polygon{g}
	case orb.MultiPolygon:
		ps = g
	}
	for i, p := range ps {
		if len(p) == 0 || len(p[0]) < 3 {
			continue
		}
		rp := regionPoly{bound: p.Bound(), orb: p}
		if vertices(p) >= index {
			rp.indexed = indexPolygon(p)
		}
		r.polys = append(r.polys, rp)
		if i == 0 || r.bound.IsZero() {
			r.bound = rp.bound
		} else {
			r.bound = r.bound.Union(rp.bound)
		}
	}
	return r
}

// MaxKindOf is the largest kind of place counted inside a region of the named layer: in
// a governorate (the built-in "syria-governorates") not countries; in an Aleppo
// neighbourhood or zone ("aleppo-control") neither countries nor governorates; in any
// other layer (countries, a user's) every place.
func MaxKindOf(layer string) string {
	switch layer {
	case "syria-governorates":
		return "region"
	case "aleppo-control", "aleppo-control-zones":
		return "city"
	}
	return "country"
}

func vertices(p orb.Polygon) int {
	n := 0
	for _, r := range p {
		n += len(r)
	}
	return n
}

// indexPolygon is p as tidwall/geojson's polygon with its edges indexed.
func indexPolygon(p orb.Polygon) *geometry.Poly {
	ring := func(r orb.Ring) []geometry.Point {
		out := make([]geometry.Point, len(r))
		for i, q := range r {
			out[i] = geometry.Point{X: q[0], Y: q[1]}
		}
		return out
	}
	var holes [][]geometry.Point
	for _, h := range p[1:] {
		holes = append(holes, ring(h))
	}
	return geometry.NewPoly(ring(p[0]), holes, geometry.DefaultIndexOptions)
}

// Bound is the bounding box of the region.
func (r *Region) Bound() orb.Bound { return r.bound }

// Contains reports whether p lies inside the region (on its edge counts as inside).
func (r *Region) Contains(p orb.Point) bool {
	if !r.bound.Contains(p) {
		return false
	}
	for i := range r.polys {
		rp := &r.polys[i]
		if !rp.bound.Contains(p) {
			continue
		}
		if rp.indexed != nil {
			if rp.indexed.IntersectsPoint(geometry.Point{X: p[0], Y: p[1]}) {
				return true
			}
		} else if planar.PolygonContains(rp.orb, p) {
			return true
		}
	}
	return false
}

// kindRank orders place kinds by size; kinds not listed rank as cities.
var kindRank = map[string]int{"country": 3, "demonym": 3, "region": 2}

// Counts reports whether a place of the given kind at p counts as lying inside the
// region: p is inside and the kind is no larger than MaxKind.
func (r *Region) Counts(kind string, p orb.Point) bool {
	max, ok := kindRank[r.MaxKind]
	if !ok {
		max = 1
	}
	rank, ok := kindRank[kind]
	if !ok {
		rank = 1
	}
	return rank <= max && r.Contains(p)
}
