package render_test

import (
	"fmt"
	"log"

	"github.com/paulmach/orb"

	"newsatlas/layer"
	"newsatlas/render"
	"newsatlas/style"
)

// Render a one-feature layer and read back a pixel inside the polygon and
// one outside it, in the sea.
func ExampleRenderer_Render() {
	l, err := layer.Parse("square", []byte(`{"type":"Feature","properties":{"fill":"#cc3300","fill-opacity":1,"stroke-width":0},
		"geometry":{"type":"Polygon","coordinates":[[[-10,-10],[10,-10],[10,10],[-10,10],[-10,-10]]]}}`), layer.Options{Style: style.ForLayer(0)})
	if err != nil {
		log.Fatal(err)
	}
	r, err := render.New()
	if err != nil {
		log.Fatal(err)
	}
	s := &render.Scene{Layers: []render.Layer{{Layer: l, Opacity: 1}}}
	v := render.Viewport{Center: orb.Point{0, 0}, Zoom: 2, Width: 200, Height: 100}
	img := r.Render(s, v)

	x, y := v.LonLatToPixel(orb.Point{0, 0})
	fmt.Println("inside: ", img.RGBAAt(int(x), int(y)))
	x, y = v.LonLatToPixel(orb.Point{25, 0})
	fmt.Println("outside:", img.RGBAAt(int(x), int(y)))
	// Output:
	// inside:  {204 51 0 255}
	// outside: {201 221 234 255}
}
