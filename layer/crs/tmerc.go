package crs

import "math"

// tm is a Transverse Mercator on an ellipsoid.
type tm struct {
	a, e2, ep2, k0, lon0, fe, fn, m0 float64
}

// newTM sets up the Transverse Mercator of major radius a, inverse
// flattening invF, scale k0 on the central meridian lon0, origin of
// latitude lat0 (degrees) and false easting and northing in metres.
func newTM(a, invF, k0, lon0, lat0, fe, fn float64) tm {
	f := 1 / invF
	e2 := f * (2 - f)
	t := tm{a: a, e2: e2, ep2: e2 / (1 - e2), k0: k0, lon0: lon0, fe: fe, fn: fn}
	t.m0 = t.meridian(rad(lat0))
	return t
}

// meridian is the distance along the meridian from the equator to
// latitude phi (Snyder eq. 3-21).
func (t tm) meridian(phi float64) float64 {
	e2 := t.e2
	e4, e6 := e2*e2, e2*e2*e2
	return t.a * ((1-e2/4-3*e4/64-5*e6/256)*phi -
		(3*e2/8+3*e4/32+45*e6/1024)*math.Sin(2*phi) +
		(15*e4/256+45*e6/1024)*math.Sin(4*phi) -
		(35*e6/3072)*math.Sin(6*phi))
}

// inverse turns easting and northing into longitude and latitude (Snyder
// eqs. 8-18 to 8-25, with the footpoint latitude of eq. 3-26).
func (t tm) inverse(x, y float64) (float64, float64) {
	e2 := t.e2
	m := t.m0 + (y-t.fn)/t.k0
	mu := m / (t.a * (1 - e2/4 - 3*e2*e2/64 - 5*e2*e2*e2/256))
	r := math.Sqrt(1 - e2)
	e1 := (1 - r) / (1 + r)
	phi1 := mu + (3*e1/2-27*e1*e1*e1/32)*math.Sin(2*mu) +
		(21*e1*e1/16-55*e1*e1*e1*e1/32)*math.Sin(4*mu) +
		(151*e1*e1*e1/96)*math.Sin(6*mu) +
		(1097*e1*e1*e1*e1/512)*math.Sin(8*mu)
	sin, cos, tan := math.Sin(phi1), math.Cos(phi1), math.Tan(phi1)
	c1 := t.ep2 * cos * cos
	t1 := tan * tan
	w := 1 - e2*sin*sin
	n1 := t.a / math.Sqrt(w)
	r1 := t.a * (1 - e2) / (w * math.Sqrt(w))
	d := (x - t.fe) / (n1 * t.k0)
	d2 := d * d
	lat := phi1 - (n1*tan/r1)*(d2/2-
		(5+3*t1+10*c1-4*c1*c1-9*t.ep2)*d2*d2/24+
		(61+90*t1+298*c1+45*t1*t1-252*t.ep2-3*c1*c1)*d2*d2*d2/720)
	lon := rad(t.lon0) + (d-
		(1+2*t1+c1)*d2*d/6+
		(5-2*c1+28*t1-3*c1*c1+8*t.ep2+24*t1*t1)*d2*d2*d/120)/cos
	return deg(lon), deg(lat)
}
