package vtiles

import (
	"math"
	"sort"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"
)

// regroup sorts a polygon's rings into exteriors and holes by where they
// lie, not by their winding. The MVT spec tells them apart by winding
// order, and orb's decoder follows it, but writers get it wrong: GDAL
// 3.6's MBTiles driver winds some exteriors as holes, which made
// Germany's mainland a hole of Heligoland. A ring inside another
// exterior (and not inside one of its holes) is a hole of it; any other
// is an exterior.
func regroup(g orb.Geometry) orb.Geometry {
	var rings []orb.Ring
	switch g := g.(type) {
	case orb.Polygon:
		if len(g) < 2 {
			return g
		}
		rings = g
	case orb.MultiPolygon:
		for _, p := range g {
			rings = append(rings, p...)
		}
	default:
		return g
	}
	type sized struct {
		r    orb.Ring
		b    orb.Bound
		area float64
	}
	rs := make([]sized, 0, len(rings))
	for _, r := range rings {
		if len(r) < 4 {
			continue
		}
		rs = append(rs, sized{r, r.Bound(), math.Abs(planar.Area(r))})
	}
	sort.SliceStable(rs, func(i, j int) bool { return rs[i].area > rs[j].area })
	var (
		mp     orb.MultiPolygon
		bounds []orb.Bound
	)
	for _, s := range rs {
		at := s.r[0]
		home := -1
		for i := range mp {
			if !bounds[i].Contains(at) || !planar.RingContains(mp[i][0], at) {
				continue
			}
			inHole := false
			for _, h := range mp[i][1:] {
				if h.Bound().Contains(at) && planar.RingContains(h, at) {
					inHole = true
					break
				}
			}
			if !inHole {
				home = i
				break
			}
		}
		if home >= 0 {
			mp[home] = append(mp[home], s.r)
			continue
		}
		mp = append(mp, orb.Polygon{s.r})
		bounds = append(bounds, s.b)
	}
	if len(mp) == 1 {
		return mp[0]
	}
	return mp
}
