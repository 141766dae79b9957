package render

import (
	"image"
	"image/color"
	"strconv"
	"testing"

	"github.com/paulmach/orb"

	"newsatlas/layer"
	"newsatlas/style"
)

// parts is a Detail of fixed parts.
type parts []DetailPart

func (p parts) Parts(float64, orb.Bound) []DetailPart { return p }

// detailLayer is a Detail layer of the GeoJSON src, each feature showing
// from the zoom in minZoom.
func detailLayer(t *testing.T, src string, minZoom ...float32) Layer {
	t.Helper()
	l, err := layer.Parse("detail", []byte(src), layer.Options{Style: style.Spec})
	if err != nil {
		t.Fatal(err)
	}
	return Layer{Layer: l, Opacity: 1, Labels: true, Detail: parts{{Layer: l, MinZoom: minZoom}}}
}

// countColour counts the pixels of r in img within tol levels of c.
func countColour(img *image.RGBA, r image.Rectangle, c color.NRGBA, tol int) int {
	n := 0
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			p := img.RGBAAt(x, y)
			d := func(a, b uint8) bool { return int(a)-int(b) <= tol && int(b)-int(a) <= tol }
			if d(p.R, c.R) && d(p.G, c.G) && d(p.B, c.B) {
				n++
			}
		}
	}
	return n
}

// TestDetailMinZoom: a Detail's feature is drawn from its least zoom on,
// not below it.
func TestDetailMinZoom(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	blue := color.NRGBA{0x00, 0x00, 0xff, 0xff}
	l := detailLayer(t, `{"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"stroke":"#0000ff","stroke-width":3},"geometry":{"type":"LineString","coordinates":[[9,0],[11,0]]}}]}`, 6)
	for _, tc := range []struct {
		zoom  float64
		drawn bool
	}{{5, false}, {5.99, false}, {6, true}, {9, true}} {
		v := Viewport{Center: orb.Point{10, 0}, Zoom: tc.zoom, Width: 200, Height: 100}
		img := r.Render(&Scene{Layers: []Layer{l}}, v)
		if n := countColour(img, img.Rect, blue, 8); (n > 50) != tc.drawn {
			t.Errorf("zoom %v: %d pixels of the line, want drawn %v", tc.zoom, n, tc.drawn)
		}
	}
}

// TestDetailLabelYieldsToPin: a Detail's point is a dot, not a pin, and
// its label gives way to a pin's: with a town at the head of a pin, the
// pin's label takes its place right of the head.
func TestDetailLabelYieldsToPin(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	v := Viewport{Center: orb.Point{10, 0}, Zoom: 8, Width: 300, Height: 200}
	// The pin's head is 2.2 marker radii (plus its ring) above its point.
	head := v.PixelToLonLat(150, 100-2.2*(style.Spec.MarkerRadius()+1.2)+1.2)
	town := detailLayer(t, `{"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"name":"Townname","fill":"#00ff00","fill-opacity":1,"stroke":"#ffffff","stroke-width":1,"marker-size":"medium"},"geometry":{"type":"Point","coordinates":[`+coord(head)+`]}}]}`, 0)
	pins, err := layer.Parse("pins", []byte(`{"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"name":"Pinname"},"geometry":{"type":"Point","coordinates":[10,0]}}]}`), layer.Options{Style: style.Spec})
	if err != nil {
		t.Fatal(err)
	}
	pin := Layer{Layer: pins, Opacity: 1, Labels: true}
	img := r.Render(&Scene{Layers: []Layer{town, pin}}, v)
	alone := r.Render(&Scene{Layers: []Layer{pin}}, v)
	hx, hy := v.LonLatToPixel(head)
	right := image.Rect(int(hx)+8, int(hy)-7, int(hx)+70, int(hy)+7)
	if n := countColour(img, right, color.NRGBA{0x11, 0x11, 0x11, 0xff}, 24); n < 20 {
		t.Errorf("%d pixels of the pin's dark label right of its head, want its label there", n)
	}
	// Right of the head the map is as with the pin alone: the town's
	// label, queued first, gave way (and, the pin's head and label
	// around it, found no other place).
	if n := differ(img, alone, right); n > 0 {
		t.Errorf("%d pixels right of the pin's head changed by the town, want its label elsewhere", n)
	}
	// Alone, the town is a green dot with its label right of it.
	img = r.Render(&Scene{Layers: []Layer{town}}, v)
	if n := countColour(img, image.Rect(int(hx)-3, int(hy)-3, int(hx)+4, int(hy)+4), color.NRGBA{0, 0xff, 0, 0xff}, 40); n < 4 {
		t.Errorf("%d green pixels at the town, want its dot", n)
	}
	if n := countColour(img, right, color.NRGBA{0x55, 0x55, 0x55, 0xff}, 12); n < 10 {
		t.Errorf("%d pixels of the town's label right of it, want it there", n)
	}
}

func coord(p orb.Point) string {
	return strconv.FormatFloat(p[0], 'f', -1, 64) + "," + strconv.FormatFloat(p[1], 'f', -1, 64)
}

// differ counts the pixels of r that differ between a and b.
func differ(a, b *image.RGBA, r image.Rectangle) int {
	n := 0
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			if a.RGBAAt(x, y) != b.RGBAAt(x, y) {
				n++
			}
		}
	}
	return n
}
