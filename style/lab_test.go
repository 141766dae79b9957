package style

import (
	"image/color"
	"math"
	"testing"
)

// Sharma, Wu and Dalal's test pairs for CIEDE2000 (2005), a few of them.
func TestDeltaE2000(t *testing.T) {
	for _, c := range []struct {
		l, m Lab
		want float64
	}{
		{Lab{50, 2.6772, -79.7751}, Lab{50, 0, -82.7485}, 2.0425},
		{Lab{50, 3.1571, -77.2803}, Lab{50, 0, -82.7485}, 2.8615},
		{Lab{50, -1.3802, -84.2814}, Lab{50, 0, -82.7485}, 1.0000},
		{Lab{50, 2.5, 0}, Lab{50, 0, -2.5}, 4.3065},
		{Lab{50, 2.5, 0}, Lab{73, 25, -18}, 27.1492},
		{Lab{50, 2.5, 0}, Lab{61, -5, 29}, 22.8977},
		{Lab{60.2574, -34.0099, 36.2677}, Lab{60.4626, -34.1751, 39.4387}, 1.2644},
		{Lab{22.7233, 20.0904, -46.694}, Lab{23.0331, 14.973, -42.5619}, 2.0373},
		{Lab{90.9257, -0.5406, -0.9208}, Lab{88.6381, -0.8985, -0.7239}, 1.5381},
	} {
		if got := c.l.DeltaE(c.m); math.Abs(got-c.want) > 1e-3 {
			t.Errorf("ΔE(%v, %v) = %.4f, want %.4f", c.l, c.m, got, c.want)
		}
		if got := c.m.DeltaE(c.l); math.Abs(got-c.want) > 1e-3 {
			t.Errorf("ΔE(%v, %v) = %.4f, want %.4f (symmetric)", c.m, c.l, got, c.want)
		}
	}
}

func TestLabOf(t *testing.T) {
	for _, c := range []struct {
		c    color.NRGBA
		want Lab
	}{
		{color.NRGBA{0xff, 0xff, 0xff, 0xff}, Lab{100, 0, 0}},
		{color.NRGBA{0, 0, 0, 0xff}, Lab{0, 0, 0}},
		{color.NRGBA{0xff, 0, 0, 0xff}, Lab{53.24, 80.09, 67.20}},
		{color.NRGBA{0, 0, 0xff, 0xff}, Lab{32.30, 79.19, -107.86}},
	} {
		got := LabOf(c.c)
		if math.Abs(got.L-c.want.L) > 0.05 || math.Abs(got.A-c.want.A) > 0.05 || math.Abs(got.B-c.want.B) > 0.05 {
			t.Errorf("LabOf(%v) = %.2f, want %.2f", c.c, got, c.want)
		}
	}
}
