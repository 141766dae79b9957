package render

import (
	"fmt"
	"image"
	"image/color"
	"strings"
	"testing"

	"github.com/paulmach/orb"

	"newsatlas/layer"
	"newsatlas/style"
)

// TestPointDot checks that a dense point's stamped dot is the oval of its
// radius, its centre rounded to a quarter pixel.
func TestPointDot(t *testing.T) {
	c := color.NRGBA{0x10, 0x60, 0xc0, 0xe0}
	for _, tt := range []struct {
		name   string
		at     orb.Point // the point, in pixels
		centre orb.Point // where the dot is centred
		scale  float64
	}{
		{"on a pixel corner", orb.Point{10, 10}, orb.Point{10, 10}, 1},
		{"a quarter in", orb.Point{10.25, 9.75}, orb.Point{10.25, 9.75}, 1},
		{"rounded to a quarter", orb.Point{10.33, 9.4}, orb.Point{10.25, 9.5}, 1},
		{"rounded up into the next pixel", orb.Point{10.9, 9.95}, orb.Point{11, 10}, 1},
		{"hidpi", orb.Point{10.5, 10.75}, orb.Point{10.5, 10.75}, 2},
		{"over the edge", orb.Point{0.5, 19.25}, orb.Point{0.5, 19.25}, 1},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := image.NewRGBA(image.Rect(0, 0, 20, 20))
			f := &frame{dst: got, v: Viewport{Scale: tt.scale}}
			f.pointDot(tt.at, c)
			want := image.NewRGBA(got.Rect)
			r := dotRadius * tt.scale
			(&frame{dst: want}).oval(orb.Bound{Min: orb.Point{tt.centre[0] - r, tt.centre[1] - r}, Max: orb.Point{tt.centre[0] + r, tt.centre[1] + r}}, c, 1)
			if d := maxDiff(got, want); d != 0 {
				t.Errorf("stamped dot differs from the oval by %d", d)
			}
			if maxDiff(got, image.NewRGBA(got.Rect)) == 0 {
				t.Error("nothing drawn")
			}
		})
	}
}

// TestDensePointsInLayerOrder checks that a dense layer's dots are drawn
// with the shapes, under a layer above them, while a sparse layer's
// points stay pins over every layer.
func TestDensePointsInLayerOrder(t *testing.T) {
	points := func(n int) *layer.Layer {
		var b strings.Builder
		b.WriteString(`{"type":"FeatureCollection","features":[`)
		for i := range n {
			if i > 0 {
				b.WriteString(",")
			}
			fmt.Fprintf(&b, `{"type":"Feature","properties":{"name":"p%d"},"geometry":{"type":"Point","coordinates":[%g,%g]}}`, i, -10+20*float64(i%61)/61, -10+20*float64(i/61)/float64(n/61+1))
		}
		b.WriteString(`]}`)
		l, err := layer.Parse("points", []byte(b.String()), layer.Options{Style: style.ForLayer(1)})
		if err != nil {
			t.Fatal(err)
		}
		return l
	}
	cover, err := layer.Parse("cover", []byte(`{"type":"Feature","properties":{"fill":"#00ff00","fill-opacity":1,"stroke-width":0},"geometry":{"type":"Polygon","coordinates":[[[-12,-12],[12,-12],[12,12],[-12,12],[-12,-12]]]}}`), layer.Options{Style: style.ForLayer(0)})
	if err != nil {
		t.Fatal(err)
	}
	v := Viewport{Center: orb.Point{0, 0}, Zoom: 3, Width: 300, Height: 200}
	r, _ := New()
	for _, tt := range []struct {
		n         int
		dense     bool
		wantGreen bool // the cover hides the points
	}{
		{DensePoints + 500, true, true},
		{30, false, false},
	} {
		l := points(tt.n)
		s := &Scene{Layers: []Layer{{Layer: l, Opacity: 1}, {Layer: cover, Opacity: 1}}}
		if d := denseLayers(s, v); d[0] != tt.dense || d[1] {
			t.Fatalf("%d points: dense %v, want [%v false]", tt.n, d, tt.dense)
		}
		img := r.Render(s, v)
		green := true
		for y := 60; y < 140; y++ {
			for x := 100; x < 200; x++ {
				if c := img.RGBAAt(x, y); c != (color.RGBA{0, 0xff, 0, 0xff}) {
					green = false
				}
			}
		}
		if green != tt.wantGreen {
			t.Errorf("%d points: the middle is all the cover's green: %v, want %v", tt.n, green, tt.wantGreen)
		}
	}
}
