package crs

import "math"

// webMercator is the inverse of the spherical Mercator on a sphere of the
// ellipsoid's major radius, as EPSG:3857 defines it (Snyder eq. 7-4 and
// 7-5 inverted).
func webMercator(r, lon0, fe, fn float64) func(x, y float64) (float64, float64) {
	return func(x, y float64) (float64, float64) {
		lon := lon0 + deg((x-fe)/r)
		lat := deg(math.Atan(math.Sinh((y - fn) / r)))
		return lon, lat
	}
}

// ellipsoidalMercator is the inverse of the Mercator on the ellipsoid
// (Snyder eqs. 7-9 and 7-11), by iteration of eq. 7-9.
func ellipsoidalMercator(a, invF, k0, lon0, fe, fn float64) func(x, y float64) (float64, float64) {
	f := 1 / invF
	e := math.Sqrt(f * (2 - f))
	return func(x, y float64) (float64, float64) {
		t := math.Exp(-(y - fn) / (a * k0))
		phi := math.Pi/2 - 2*math.Atan(t)
		for range 15 {
			es := e * math.Sin(phi)
			next := math.Pi/2 - 2*math.Atan(t*math.Pow((1-es)/(1+es), e/2))
			if math.Abs(next-phi) < 1e-12 {
				phi = next
				break
			}
			phi = next
		}
		return lon0 + deg((x-fe)/(a*k0)), deg(phi)
	}
}

// mercatorScale is the scale at the equator of a Mercator true at
// latitude sp (Mercator 2SP; Snyder eq. 7-8's factor).
func mercatorScale(invF, sp float64) float64 {
	f := 1 / invF
	e2 := f * (2 - f)
	s := math.Sin(rad(sp))
	return math.Cos(rad(sp)) / math.Sqrt(1-e2*s*s)
}
