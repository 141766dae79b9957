// Package webmerc projects lon/lat to Web Mercator in world units: the
// whole world is the square [0,1]x[0,1], x east from the antimeridian and
// y south from 85.05°N, so that a zoom level z spans 256·2^z pixels.
//
// It is orb/project's spherical Mercator, scaled, with what a map renderer
// needs on top: latitude clamping and rings unwrapped across the
// antimeridian so they never smear into horizontal bands.
package webmerc

import (
	"math"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/project"
)

// MaxLat is the latitude where Web Mercator's square world ends.
const MaxLat = 85.05112878

// circumference of the sphere orb/project's Mercator uses, in metres.
const circumference = 2 * math.Pi * orb.EarthRadius

// Point projects a lon/lat point to world units, clamping latitude. It is
// project.WGS84.ToMercator scaled to world units, written out so that it
// inlines into the loops that project millions of positions at load
// (twice as fast); a test holds the two equal.
func Point(p orb.Point) orb.Point {
	lat := p[1]
	if lat > MaxLat {
		lat = MaxLat
	} else if lat < -MaxLat {
		lat = -MaxLat
	}
	y := math.Log(math.Tan((90.0+lat)*math.Pi/360.0)) * orb.EarthRadius
	y = max(-circumference/2, min(y, circumference/2))
	return orb.Point{circumference/2/180.0*p[0]/circumference + 0.5, 0.5 - y/circumference}
}

// Inverse takes world units back to lon/lat.
func Inverse(p orb.Point) orb.Point {
	return project.Mercator.ToWGS84(orb.Point{(p[0] - 0.5) * circumference, (0.5 - p[1]) * circumference})
}

// Geometry returns a projected copy of g. Each ring and line is unwrapped
// across the antimeridian: a step of more than 180° in longitude continues
// past ±180 instead of jumping back across the map, so x may leave [0,1].
func Geometry(g orb.Geometry) orb.Geometry {
	switch g := g.(type) {
	case orb.Point:
		return Point(g)
	case orb.MultiPoint:
		out := make(orb.MultiPoint, len(g))
		for i, p := range g {
			out[i] = Point(p)
		}
		return out
	case orb.LineString:
		return orb.LineString(path(g))
	case orb.MultiLineString:
		out := make(orb.MultiLineString, len(g))
		for i, l := range g {
			out[i] = path(l)
		}
		return out
	case orb.Ring:
		return orb.Ring(path(g))
	case orb.Polygon:
		return polygon(g)
	case orb.MultiPolygon:
		out := make(orb.MultiPolygon, len(g))
		for i, p := range g {
			out[i] = polygon(p)
		}
		return out
	case orb.Collection:
		out := make(orb.Collection, len(g))
		for i, c := range g {
			out[i] = Geometry(c)
		}
		return out
	case orb.Bound:
		return orb.Bound{Min: Point(orb.Point{g.Min[0], g.Max[1]}), Max: Point(orb.Point{g.Max[0], g.Min[1]})}
	}
	return nil
}

func polygon(p orb.Polygon) orb.Polygon {
	out := make(orb.Polygon, len(p))
	for i, r := range p {
		out[i] = path(r)
	}
	return out
}

// path projects a sequence of points, unwrapping longitude jumps of more
// than 180° so the line continues past the antimeridian.
func path(ps []orb.Point) []orb.Point {
	out := make([]orb.Point, len(ps))
	shift, prev := 0.0, 0.0
	for i, p := range ps {
		lon := p[0] + shift
		if i > 0 {
			for lon-prev > 180 {
				shift -= 360
				lon -= 360
			}
			for prev-lon > 180 {
				shift += 360
				lon += 360
			}
		}
		prev = lon
		q := Point(p)
		q[0] += shift / 360
		out[i] = q
	}
	return out
}
