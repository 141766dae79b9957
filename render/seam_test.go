package render

import (
	"bytes"
	"image"
	"image/color"
	"math"
	"testing"

	"github.com/paulmach/orb"

	"newsatlas/bench/gen"
	"newsatlas/layer"
	"newsatlas/style"
)

// TestNoSeamAtTheAntimeridian draws a world of evenly spread stars, the
// benchmark file's, two copies of the world side by side, and checks that
// the columns where the copies meet are no lighter than the others: the
// stars spread over every longitude, so the sea shows through there as
// much as anywhere.
func TestNoSeamAtTheAntimeridian(t *testing.T) {
	var buf bytes.Buffer
	if err := gen.Stars(&buf, 40000, gen.Seed); err != nil {
		t.Fatal(err)
	}
	l, err := layer.Parse("stars", buf.Bytes(), layer.Options{Style: style.ForLayer(0)})
	if err != nil {
		t.Fatal(err)
	}
	s := &Scene{Layers: []Layer{{Layer: l, Opacity: 1}}}
	v := Viewport{Center: orb.Point{180, 0}, Zoom: 1, Width: 1024, Height: 256}
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	img := r.Render(s, v)
	// The lightness of each column, over the latitudes the stars cover
	// (the rows of ±60°).
	col := make([]float64, v.Width)
	for x := range col {
		for y := 40; y < 216; y++ {
			p := img.RGBAAt(x, y)
			col[x] += float64(p.R) + float64(p.G) + float64(p.B)
		}
	}
	mean, sd := meanSD(col)
	seam, _ := v.LonLatToPixel(orb.Point{180, 0})
	for x := int(seam) - 1; x <= int(seam); x++ {
		if z := (col[x] - mean) / sd; z > 3 {
			t.Errorf("column %d, where the copies meet, is %.1f standard deviations lighter than the mean", x, z)
		}
	}
}

func meanSD(xs []float64) (mean, sd float64) {
	for _, x := range xs {
		mean += x
	}
	mean /= float64(len(xs))
	for _, x := range xs {
		sd += (x - mean) * (x - mean)
	}
	return mean, math.Sqrt(sd / float64(len(xs)))
}

// TestCopiesAtTheAntimeridian draws shapes that cross or touch ±180°,
// given past 180° or wrapping from 179° to -179°, and checks that every
// copy of the world in view shows them alike and whole, exactly and in a
// pan that copies the last frame: at a zoom whose world is a whole number
// of pixels wide, pixel x and pixel x+width show the same place (up to
// the rasteriser's float32 rounding, a level or two at an edge).
func TestCopiesAtTheAntimeridian(t *testing.T) {
	src := `{"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"fill":"#ff0000","fill-opacity":1,"stroke-width":0},"geometry":{"type":"Polygon","coordinates":[[[170,10],[190,10],[190,30],[170,30],[170,10]]]}},
{"type":"Feature","properties":{"fill":"#ff0000","fill-opacity":1,"stroke-width":0},"geometry":{"type":"Polygon","coordinates":[[[-190,-10],[-170,-10],[-170,-30],[-190,-30],[-190,-10]]]}},
{"type":"Feature","properties":{"fill":"#ff0000","fill-opacity":1,"stroke-width":0},"geometry":{"type":"Polygon","coordinates":[[[175,40],[-175,40],[-175,50],[175,50],[175,40]]]}},
{"type":"Feature","properties":{"fill":"#ff0000","fill-opacity":1,"stroke-width":0},"geometry":{"type":"Polygon","coordinates":[[[178,-40],[180,-40],[180,-50],[178,-50],[178,-40]]]}},
{"type":"Feature","properties":{"fill":"#ff0000","fill-opacity":1,"stroke-width":0},"geometry":{"type":"Polygon","coordinates":[[[-180,-40],[-178,-40],[-178,-50],[-180,-50],[-180,-40]]]}},
{"type":"Feature","properties":{},"geometry":{"type":"LineString","coordinates":[[170,0],[190,5]]}}
]}`
	l, err := layer.Parse("x", []byte(src), layer.Options{Style: style.ForLayer(0)})
	if err != nil {
		t.Fatal(err)
	}
	s := &Scene{Layers: []Layer{{Layer: l, Opacity: 1}}}
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	// red says whether p is red, or out of view.
	red := func(img *image.RGBA, p orb.Point, v Viewport) bool {
		x, y := v.LonLatToPixel(p)
		if !image.Pt(int(x), int(y)).In(img.Rect) {
			return true
		}
		c := img.RGBAAt(int(x), int(y))
		return c.R > 0xf0 && c.G < 0x20
	}
	for _, z := range []float64{1, 2, 3} {
		for _, c := range []float64{0, 90, 180, -170} {
			v := Viewport{Center: orb.Point{c, 0}, Zoom: z, Width: 1600, Height: 800}
			w := r.NewView()
			w.Render(s, v.Pan(-60, 0))
			for _, img := range []*image.RGBA{r.Render(s, v), w.Render(s, v)} {
				wp := int(v.WorldPx())
				differ := 0
				for y := range v.Height {
					for x := 0; x+wp < v.Width; x++ {
						if a, b := img.RGBAAt(x, y), img.RGBAAt(x+wp, y); channelDiff(a, b) > 2 {
							differ++
						}
					}
				}
				if wp < v.Width && differ > 0 {
					t.Errorf("zoom %g, centre %g: %d pixels differ from the next copy's", z, c, differ)
				}
				// Each shape, whole on both sides of the line, in the copy
				// about the centre (zoom 1 draws the narrowest a few
				// pixels wide, its inside all edge).
				for _, p := range []orb.Point{{171, 20}, {189, 20}, {-189, -20}, {-171, -20}, {176, 45}, {184, 45}, {179, -45}, {181, -45}} {
					p[0] += 360 * math.Round((c-p[0])/360)
					if z > 1 && !red(img, p, v) {
						t.Errorf("zoom %g, centre %g: %v is not inside its shape", z, c, p)
					}
				}
			}
		}
	}
}

// channelDiff is the largest difference of a's and b's channels.
func channelDiff(a, b color.RGBA) int {
	d := 0
	for _, p := range [][2]uint8{{a.R, b.R}, {a.G, b.G}, {a.B, b.B}, {a.A, b.A}} {
		d = max(d, int(p[0])-int(p[1]), int(p[1])-int(p[0]))
	}
	return d
}
