package render

import (
	"image"
	"image/color"
	"image/draw"
	"math"
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

// TestWideHairlines checks that strokes between thinLine and wideLine,
// drawn as coverage spans with round joins, look like the same strokes
// rasterised as quads with a disc at every vertex, and that a translucent
// one is no darker where its segments meet.
func TestWideHairlines(t *testing.T) {
	star := func(cx, cy, r0, r1 float64, n int) []orb.Point {
		var out []orb.Point
		for i := 0; i <= 2*n; i++ {
			a := math.Pi * float64(i) / float64(n)
			r := r0
			if i%2 == 1 {
				r = r1
			}
			out = append(out, orb.Point{cx + r*math.Cos(a), cy + r*math.Sin(a)})
		}
		return out
	}
	shapes := map[string][][]orb.Point{
		"star":   {star(50, 50, 35, 15, 7)},
		"zigzag": {{{8, 20}, {30, 80}, {50, 25}, {70, 85}, {92, 30}}},
		"steep":  {{{20, 5}, {28, 95}}, {{60, 95}, {95, 10}}},
	}
	for name, lines := range shapes {
		for _, w := range []float64{3.5, 4, 6, 8} {
			got := image.NewRGBA(image.Rect(0, 0, 100, 100))
			newPainter(got).stroke(lines, w, color.Black)
			// The reference: a quad per segment and a 32-gon per vertex,
			// rasterised as one non-zero path.
			var rings [][]orb.Point
			var pts []orb.Point
			for _, l := range lines {
				for i := 1; i < len(l); i++ {
					rings, pts = appendSegment(rings, pts, l[i-1], l[i], w/2)
				}
				for _, p := range l {
					rings = append(rings, joinCircle(p, w/2, 32))
				}
			}
			want := image.NewRGBA(got.Rect)
			raster(&rasterizer{}, want, want.Rect, rings, image.NewUniform(color.Black))
			if d := meanDiff(got, want); d > 1.5 {
				t.Errorf("%s, width %g: differs from the quads by %.2f of 255 on average", name, w, d)
			}
			ink := func(img *image.RGBA) (s float64) {
				for i := 3; i < len(img.Pix); i += 4 {
					s += float64(img.Pix[i])
				}
				return s / 255
			}
			if g, wa := ink(got), ink(want); math.Abs(g-wa)/wa > 0.04 {
				t.Errorf("%s, width %g: %.0f pixels of ink, the quads %.0f", name, w, g, wa)
			}
		}
	}
	// Joins and caps are solid, on either path: a 32-gon wound against
	// the quads once cancelled them and left holes.
	for _, w := range []float64{4, 8, 12} {
		dst := image.NewRGBA(image.Rect(0, 0, 100, 100))
		l := []orb.Point{{8, 20}, {30, 80}, {50, 25}, {92, 30}}
		newPainter(dst).stroke([][]orb.Point{l}, w, color.Black)
		for _, p := range l {
			for _, d := range []orb.Point{{0, 0}, {w / 4, 0}, {0, w / 4}, {-w / 4, 0}, {0, -w / 4}} {
				x, y := int(p[0]+d[0]), int(p[1]+d[1])
				if a := dst.RGBAAt(x, y).A; a < 0xf0 {
					t.Errorf("width %g: pixel (%d, %d) near vertex %v has alpha %d, want solid", w, x, y, p, a)
				}
			}
		}
	}

	// Translucent: a turn is no darker than a side.
	dst := image.NewRGBA(image.Rect(0, 0, 100, 100))
	draw.Draw(dst, dst.Rect, image.NewUniform(color.White), image.Point{}, draw.Src)
	newPainter(dst).stroke([][]orb.Point{{{20.5, 20.5}, {80.5, 20.5}, {80.5, 80.5}, {20.5, 80.5}, {20.5, 20.5}}}, 5, color.NRGBA{0, 0, 0, 0x80})
	side := dst.RGBAAt(50, 20)
	for _, p := range []image.Point{{20, 20}, {80, 20}, {80, 80}, {20, 80}, {21, 21}, {79, 79}} {
		if c := dst.RGBAAt(p.X, p.Y); int(c.R) < int(side.R)-2 {
			t.Errorf("pixel %v = %v, darker than along a side (%v)", p, c, side)
		}
	}
}
