package render

import (
	"bytes"
	"image"
	"testing"

	"github.com/paulmach/orb"

	"newsatlas/bench/gen"
	"newsatlas/layer"
	"newsatlas/style"
)

// TestBandsMatchWhole checks that a base drawn in bands, one to a core,
// matches the same base drawn in one piece, at zooms where the shapes are
// dots, small polygons and large ones, and across the antimeridian.
func TestBandsMatchWhole(t *testing.T) {
	var buf bytes.Buffer
	if err := gen.Stars(&buf, 4000, 7); err != nil {
		t.Fatal(err)
	}
	l, err := layer.Parse("stars", buf.Bytes(), layer.Options{Style: style.ForLayer(0)})
	if err != nil {
		t.Fatal(err)
	}
	s := &Scene{Layers: []Layer{{Layer: l, Opacity: 0.9}}}
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range []Viewport{
		{Center: orb.Point{0, 0}, Zoom: 1.8, Width: 640, Height: 400},
		{Center: orb.Point{179, 10}, Zoom: 3.3, Width: 640, Height: 400},
		{Center: orb.Point{20, 40}, Zoom: 6.1, Width: 640, Height: 401},
	} {
		banded := image.NewRGBA(image.Rect(0, 0, v.Width, v.Height))
		f := r.frame(banded, s, v, 2)
		f.denseOf = denseLayers(s, v)
		f.drawBaseBands()
		r.release(f)
		whole := image.NewRGBA(banded.Rect)
		f = r.frame(whole, s, v, 1)
		f.denseOf = denseLayers(s, v)
		f.drawBase(whole.Rect)
		r.release(f)
		if bytes.Equal(banded.Pix, whole.Pix) {
			continue
		}
		// Shapes are rasterised with coordinates relative to their band,
		// so float rounding may move a pixel's coverage by a step or two.
		diff := 0
		for i := range banded.Pix {
			d := int(banded.Pix[i]) - int(whole.Pix[i])
			if d < -3 || d > 3 {
				diff++
			}
		}
		if diff > 0 {
			t.Errorf("zoom %.1f at %v: %d channel values differ by more than 3 between bands and whole", v.Zoom, v.Center, diff)
		}
	}
}
