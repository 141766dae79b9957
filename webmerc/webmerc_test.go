package webmerc

import (
	"math"
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/project"
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

// TestPointMatchesOrb holds Point to orb/project's Mercator, scaled to
// world units, over the whole range of longitudes and latitudes.
func TestPointMatchesOrb(t *testing.T) {
	for lon := -540.0; lon <= 540; lon += 7.3 {
		for lat := -90.0; lat <= 90; lat += 0.37 {
			clamped := math.Max(-MaxLat, math.Min(MaxLat, lat))
			m := project.WGS84.ToMercator(orb.Point{lon, clamped})
			want := orb.Point{m[0]/circumference + 0.5, 0.5 - m[1]/circumference}
			got := Point(orb.Point{lon, lat})
			if got[0] != want[0] || got[1] != want[1] {
				t.Fatalf("Point(%g, %g) = %v, orb/project gives %v", lon, lat, got, want)
			}
		}
	}
}

func BenchmarkPoint(b *testing.B) {
	var s float64
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		p := Point(orb.Point{float64(i%3600)/10 - 180, float64(i%1600)/10 - 80})
		s += p[1]
	}
	sinkY = s
}

var sinkY float64
