package layer

import (
	"math"

	"github.com/paulmach/orb"
)

// polygonContains is planar.PolygonContains (orb) without the bound of
// each ring computed first: that pass costs as much as the ray cast it
// guards, and the ray cast gives the same answer without it.
func polygonContains(p orb.Polygon, q orb.Point) bool {
	if len(p) == 0 || !ringContains(p[0], q) {
		return false
	}
	for _, h := range p[1:] {
		if ringContains(h, q) {
			return false
		}
	}
	return true
}

// ringContains is planar.RingContains (a point on the boundary is inside)
// without its bound check. Edges whose x-span misses q, which the ray cast
// would find neither crossed nor holding q, are passed over before any
// arithmetic.
func ringContains(r orb.Ring, q orb.Point) bool {
	n := len(r)
	if n == 0 {
		return false
	}
	c := false
	for i := 0; i < n; i++ {
		// Edge i joins r[i] and r[i+1]; the last joins r[0] and r[n-1]
		// (planar's closing edge, in its order).
		s, e := r[0], r[n-1]
		if i < n-1 {
			s, e = r[i], r[i+1]
		}
		if (q[0] < s[0] && q[0] < e[0]) || (q[0] > s[0] && q[0] > e[0]) {
			continue
		}
		inter, on := rayIntersect(q, s, e)
		if on {
			return true
		}
		if inter {
			c = !c
		}
	}
	return c
}

// rayIntersect is orb/planar's (MIT): whether the ray from p crosses the
// segment s-e, and whether p lies on it.
func rayIntersect(p, s, e orb.Point) (intersects, on bool) {
	if s[0] > e[0] {
		s, e = e, s
	}
	switch p[0] {
	case s[0]:
		if p[1] == s[1] {
			return false, true
		} else if s[0] == e[0] {
			if s[1] > e[1] && s[1] >= p[1] && p[1] >= e[1] {
				return false, true
			}
			if e[1] > s[1] && e[1] >= p[1] && p[1] >= s[1] {
				return false, true
			}
		}
		p[0] = math.Nextafter(p[0], math.Inf(1))
	case e[0]:
		if p[1] == e[1] {
			return false, true
		}
		p[0] = math.Nextafter(p[0], math.Inf(1))
	}
	if p[0] < s[0] || p[0] > e[0] {
		return false, false
	}
	if s[1] > e[1] {
		if p[1] > s[1] {
			return false, false
		} else if p[1] < e[1] {
			return true, false
		}
	} else {
		if p[1] > e[1] {
			return false, false
		} else if p[1] < s[1] {
			return true, false
		}
	}
	rs := (p[1] - s[1]) / (p[0] - s[0])
	ds := (e[1] - s[1]) / (e[0] - s[0])
	if rs == ds {
		return false, true
	}
	return rs <= ds, false
}
