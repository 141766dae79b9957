package render

import (
	"image"
	"image/color"
	"image/draw"
	"runtime"
	"testing"

	"github.com/paulmach/orb"
)

func TestStroke(t *testing.T) {
	red := color.NRGBA{255, 0, 0, 255}
	tests := []struct {
		name  string
		width float64
		line  []orb.Point
		on    []image.Point
		off   []image.Point
	}{
		{"hairline", 1, []orb.Point{{10, 10.5}, {190, 10.5}}, []image.Point{{100, 10}}, []image.Point{{100, 14}}},
		{"wide, across tiles", 4, []orb.Point{{10, 10}, {190, 10}, {190, 190}}, []image.Point{{40, 10}, {100, 10}, {170, 10}, {190, 100}, {190, 180}}, []image.Point{{100, 100}, {100, 16}}},
		{"diagonal", 3, []orb.Point{{0, 0}, {199, 199}}, []image.Point{{50, 50}, {150, 150}}, []image.Point{{150, 50}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dst := image.NewRGBA(image.Rect(0, 0, 200, 200))
			newPainter(dst).stroke([][]orb.Point{tt.line}, tt.width, red)
			for _, p := range tt.on {
				if c := dst.RGBAAt(p.X, p.Y); c.R < 128 {
					t.Errorf("pixel %v = %v, want red", p, c)
				}
			}
			for _, p := range tt.off {
				if c := dst.RGBAAt(p.X, p.Y); c.A != 0 {
					t.Errorf("pixel %v = %v, want untouched", p, c)
				}
			}
		})
	}
}

func TestFillHole(t *testing.T) {
	dst := image.NewRGBA(image.Rect(0, 0, 100, 100))
	outer := []orb.Point{{10, 10}, {90, 10}, {90, 90}, {10, 90}}
	hole := []orb.Point{{40, 40}, {40, 60}, {60, 60}, {60, 40}} // wound the other way
	newPainter(dst).fill(path{outer, hole}, image.NewUniform(color.NRGBA{0, 0, 255, 255}))
	if c := dst.RGBAAt(20, 20); c.B != 255 {
		t.Errorf("inside = %v, want blue", c)
	}
	if c := dst.RGBAAt(50, 50); c.A != 0 {
		t.Errorf("hole = %v, want empty", c)
	}
}

// TestThickLineCoverage checks the widened Wu lines: a horizontal line
// of width 2 centred on a pixel boundary covers the two rows beside it
// fully and nothing beyond; of width 3, a third row half on each side.
func TestThickLineCoverage(t *testing.T) {
	red := color.NRGBA{255, 0, 0, 255}
	for _, tt := range []struct {
		w         float64
		full      []int
		half      []int
		untouched []int
	}{
		{2, []int{9, 10}, nil, []int{7, 8, 11, 12}},
		{3, []int{9, 10}, []int{8, 11}, []int{7, 12}},
	} {
		dst := image.NewRGBA(image.Rect(0, 0, 40, 20))
		newPainter(dst).stroke([][]orb.Point{{{5, 10}, {35, 10}}}, tt.w, red)
		for _, y := range tt.full {
			if c := dst.RGBAAt(20, y); c.R != 255 || c.A != 255 {
				t.Errorf("width %v: row %d = %v, want full red", tt.w, y, c)
			}
		}
		for _, y := range tt.half {
			if c := dst.RGBAAt(20, y); c.A < 100 || c.A > 160 {
				t.Errorf("width %v: row %d = %v, want half covered", tt.w, y, c)
			}
		}
		for _, y := range tt.untouched {
			if c := dst.RGBAAt(20, y); c.A != 0 {
				t.Errorf("width %v: row %d = %v, want untouched", tt.w, y, c)
			}
		}
	}
}

// newPainter is a painter of dst on all cores.
func newPainter(dst *image.RGBA) *painter {
	pt := &painter{}
	pt.reset(dst, runtime.GOMAXPROCS(0))
	return pt
}

// TestHairlineJoints checks that where the segments of a translucent
// hairline meet, and where two outlines of one style cross, the stroke is
// no darker than along a segment: the run's coverage is summed and
// composited once.
func TestHairlineJoints(t *testing.T) {
	white := image.NewUniform(color.White)
	half := color.NRGBA{0, 0, 0, 0x80}
	dst := image.NewRGBA(image.Rect(0, 0, 100, 100))
	draw.Draw(dst, dst.Rect, white, image.Point{}, draw.Src)
	// A square outline whose corners are joints, and a horizontal line
	// across it: the line crosses the square's sides at (20.5, 50.5) and
	// (80.5, 50.5).
	lines := [][]orb.Point{
		{{20.5, 20.5}, {80.5, 20.5}, {80.5, 80.5}, {20.5, 80.5}, {20.5, 20.5}},
		{{5, 50.5}, {95, 50.5}},
	}
	newPainter(dst).stroke(lines, 1, half)
	mid := dst.RGBAAt(50, 20) // along a side
	if mid.R > 0xa0 || mid.R < 0x60 {
		t.Fatalf("pixel along the side = %v, want about half grey", mid)
	}
	for _, p := range []image.Point{{20, 20}, {80, 20}, {80, 80}, {20, 80}, {20, 50}, {80, 50}} {
		if c := dst.RGBAAt(p.X, p.Y); int(c.R) < int(mid.R)-2 {
			t.Errorf("pixel %v = %v, darker than along a side (%v)", p, c, mid)
		}
	}
}
