package webmerc

import (
	"math"
	"testing"

	"github.com/paulmach/orb"
)

func near(a, b orb.Point, eps float64) bool {
	return math.Abs(a[0]-b[0]) < eps && math.Abs(a[1]-b[1]) < eps
}

func TestPoint(t *testing.T) {
	tests := []struct {
		in, want orb.Point
	}{
		{orb.Point{0, 0}, orb.Point{0.5, 0.5}},
		{orb.Point{-180, 0}, orb.Point{0, 0.5}},
		{orb.Point{180, 0}, orb.Point{1, 0.5}},
		{orb.Point{0, MaxLat}, orb.Point{0.5, 0}},
		{orb.Point{0, 90}, orb.Point{0.5, 0}},  // clamped
		{orb.Point{0, -90}, orb.Point{0.5, 1}}, // clamped
	}
	for _, tt := range tests {
		if got := Point(tt.in); !near(got, tt.want, 1e-9) {
			t.Errorf("Point(%v) = %v, want %v", tt.in, got, tt.want)
		}
	}
	p := orb.Point{37.16, 36.2}
	if got := Inverse(Point(p)); !near(got, p, 1e-9) {
		t.Errorf("Inverse(Point(%v)) = %v", p, got)
	}
}

func TestAntimeridianRing(t *testing.T) {
	// A ring across the antimeridian, as Fiji or Chukotka would be drawn.
	r := orb.Ring{{179, -16}, {-179, -16}, {-179, -17}, {179, -17}, {179, -16}}
	got := Geometry(orb.Polygon{r}).(orb.Polygon)[0]
	b := got.Bound()
	if w := b.Max[0] - b.Min[0]; w > 3.0/360 {
		t.Fatalf("ring spans %.3f of the world, want under 3°: %v", w, got)
	}
	if b.Max[0] <= 1 {
		t.Errorf("ring should continue past x=1, got bound %v", b)
	}
}
