package render

import (
	"image"
	"image/color"
	"math"
	"testing"

	"github.com/paulmach/orb"
)

// TestOval checks a dot's oval: full inside, clear outside, and as much
// ink in all as the ellipse's area.
func TestOval(t *testing.T) {
	tests := []struct {
		name   string
		b      orb.Bound
		in     []image.Point
		out    []image.Point
		wantPx float64 // the ellipse's area
	}{
		{"disc", orb.Bound{Min: orb.Point{5, 5}, Max: orb.Point{15, 15}}, []image.Point{{10, 10}, {7, 10}}, []image.Point{{5, 5}, {16, 10}, {14, 14}}, math.Pi * 25},
		{"wide", orb.Bound{Min: orb.Point{2.3, 8.6}, Max: orb.Point{18.3, 12.6}}, []image.Point{{10, 10}, {4, 10}}, []image.Point{{10, 7}, {10, 13}, {2, 8}}, math.Pi * 8 * 2},
		{"small", orb.Bound{Min: orb.Point{9.2, 9.7}, Max: orb.Point{12.2, 12.2}}, []image.Point{{10, 10}}, []image.Point{{8, 8}, {13, 13}}, math.Pi * 1.5 * 1.25},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dst := image.NewRGBA(image.Rect(0, 0, 20, 20))
			f := &frame{dst: dst}
			f.oval(tt.b, color.NRGBA{0, 0, 0xff, 0xff}, 1)
			for _, p := range tt.in {
				if c := dst.RGBAAt(p.X, p.Y); c.B < 0xf0 {
					t.Errorf("pixel %v inside = %v, want full blue", p, c)
				}
			}
			for _, p := range tt.out {
				if c := dst.RGBAAt(p.X, p.Y); c.A != 0 {
					t.Errorf("pixel %v outside = %v, want untouched", p, c)
				}
			}
			ink := 0.0
			for i := 3; i < len(dst.Pix); i += 4 {
				ink += float64(dst.Pix[i]) / 255
			}
			// The distance to the edge is taken to first order, which
			// overshoots a little on an oval a pixel or two across.
			if math.Abs(ink-tt.wantPx)/tt.wantPx > 0.12 {
				t.Errorf("ink %.1f pixels, want the ellipse's %.1f", ink, tt.wantPx)
			}
		})
	}
}
