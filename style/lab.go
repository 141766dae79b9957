package style

import (
	"image/color"
	"math"
)

// Lab is a colour in CIE L*a*b* (D65 white): L from 0 (black) to 100
// (white), a from green to red, b from blue to yellow.
type Lab struct{ L, A, B float64 }

// LabOf converts an sRGB colour to CIE L*a*b*, ignoring its alpha.
func LabOf(c color.NRGBA) Lab {
	lin := func(v uint8) float64 {
		x := float64(v) / 255
		if x <= 0.04045 {
			return x / 12.92
		}
		return math.Pow((x+0.055)/1.055, 2.4)
	}
	r, g, b := lin(c.R), lin(c.G), lin(c.B)
	x := (0.4124564*r + 0.3575761*g + 0.1804375*b) / 0.95047
	y := 0.2126729*r + 0.7151522*g + 0.0721750*b
	z := (0.0193339*r + 0.1191920*g + 0.9503041*b) / 1.08883
	f := func(t float64) float64 {
		if t > 216.0/24389 {
			return math.Cbrt(t)
		}
		return (24389.0/27*t + 16) / 116
	}
	fx, fy, fz := f(x), f(y), f(z)
	return Lab{L: 116*fy - 16, A: 500 * (fx - fy), B: 200 * (fy - fz)}
}

// DeltaE is the CIEDE2000 colour difference of two colours: about 1 is
// the least difference people see side by side, 10 and more tells colours
// apart at a glance, and a small mark on a large area needs more still.
func DeltaE(c1, c2 color.NRGBA) float64 { return LabOf(c1).DeltaE(LabOf(c2)) }

// DeltaE is the CIEDE2000 difference between l and m.
func (l Lab) DeltaE(m Lab) float64 {
	const deg = math.Pi / 180
	c1, c2 := math.Hypot(l.A, l.B), math.Hypot(m.A, m.B)
	cm := (c1 + c2) / 2
	cm7 := math.Pow(cm, 7)
	g := 0.5 * (1 - math.Sqrt(cm7/(cm7+math.Pow(25, 7))))
	a1, a2 := (1+g)*l.A, (1+g)*m.A
	c1p, c2p := math.Hypot(a1, l.B), math.Hypot(a2, m.B)
	hue := func(a, b float64) float64 {
		if a == 0 && b == 0 {
			return 0
		}
		h := math.Atan2(b, a) / deg
		if h < 0 {
			h += 360
		}
		return h
	}
	h1, h2 := hue(a1, l.B), hue(a2, m.B)
	dL := m.L - l.L
	dC := c2p - c1p
	var dh float64
	switch {
	case c1p*c2p == 0:
	case math.Abs(h2-h1) <= 180:
		dh = h2 - h1
	case h2-h1 > 180:
		dh = h2 - h1 - 360
	default:
		dh = h2 - h1 + 360
	}
	dH := 2 * math.Sqrt(c1p*c2p) * math.Sin(dh/2*deg)
	lm := (l.L + m.L) / 2
	cpm := (c1p + c2p) / 2
	hm := h1 + h2
	switch {
	case c1p*c2p == 0:
	case math.Abs(h1-h2) <= 180:
		hm /= 2
	case h1+h2 < 360:
		hm = (hm + 360) / 2
	default:
		hm = (hm - 360) / 2
	}
	t := 1 - 0.17*math.Cos((hm-30)*deg) + 0.24*math.Cos(2*hm*deg) + 0.32*math.Cos((3*hm+6)*deg) - 0.20*math.Cos((4*hm-63)*deg)
	dTheta := 30 * math.Exp(-math.Pow((hm-275)/25, 2))
	cpm7 := math.Pow(cpm, 7)
	rc := 2 * math.Sqrt(cpm7/(cpm7+math.Pow(25, 7)))
	l50 := (lm - 50) * (lm - 50)
	sl := 1 + 0.015*l50/math.Sqrt(20+l50)
	sc := 1 + 0.045*cpm
	sh := 1 + 0.015*cpm*t
	rt := -math.Sin(2*dTheta*deg) * rc
	return math.Sqrt(math.Pow(dL/sl, 2) + math.Pow(dC/sc, 2) + math.Pow(dH/sh, 2) + rt*(dC/sc)*(dH/sh))
}

// Over is c drawn over an opaque ground: the colour seen, opaque.
func Over(c, ground color.NRGBA) color.NRGBA {
	a := float64(c.A) / 255
	mix := func(v, g uint8) uint8 { return uint8(float64(v)*a + float64(g)*(1-a) + 0.5) }
	return color.NRGBA{mix(c.R, ground.R), mix(c.G, ground.G), mix(c.B, ground.B), 0xff}
}
