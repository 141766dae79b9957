package vtiles

import "github.com/paulmach/orb"

// regroup sorts a polygon's rings into exteriors and holes by winding
// relative to the first ring, which is always an exterior: a ring wound
// as the first starts a new polygon, one wound the other way is a hole of
// the polygon before it. The MVT spec fixes the winding of exteriors, and
// orb's decoder follows it, but GDAL 3.6's MBTiles driver winds them the
// other way: read as the spec says, Germany's mainland became a hole of
// Heligoland. Comparing with the first ring reads both. Rings with no
// area are dropped.
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
	var (
		mp    orb.MultiPolygon
		first float64
	)
	for _, r := range rings {
		a := signedArea(r)
		if a == 0 || len(r) < 4 {
			continue
		}
		if first == 0 {
			first = a
		}
		if (a > 0) == (first > 0) || len(mp) == 0 {
			mp = append(mp, orb.Polygon{r})
			continue
		}
		mp[len(mp)-1] = append(mp[len(mp)-1], r)
	}
	switch len(mp) {
	case 0:
		return nil
	case 1:
		return mp[0]
	}
	return mp
}

// signedArea is twice the ring's area by the shoelace formula, positive
// when it winds counter-clockwise (y up).
func signedArea(r orb.Ring) float64 {
	a := 0.0
	for i := 1; i < len(r); i++ {
		a += r[i-1][0]*r[i][1] - r[i][0]*r[i-1][1]
	}
	return a
}
