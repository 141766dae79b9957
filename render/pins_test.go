package render

import (
	"image"
	"testing"

	"github.com/paulmach/orb"

	"newsatlas/layer"
	"newsatlas/style"
)

// TestPinStacking checks that of two overlapping pins the one lower on the
// screen stands in front, whatever the file's order, and that the
// emphasised pin stands in front of both.
func TestPinStacking(t *testing.T) {
	// The north pin comes last in the file, so file order would put it in
	// front.
	src := `{"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"marker-color":"#ff0000"},"geometry":{"type":"Point","coordinates":[10,-0.05]}},
{"type":"Feature","properties":{"marker-color":"#0000ff"},"geometry":{"type":"Point","coordinates":[10,0.05]}}]}`
	l, err := layer.Parse("pins", []byte(src), layer.Options{Style: style.Spec})
	if err != nil {
		t.Fatal(err)
	}
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	v := Viewport{Center: orb.Point{10, 0}, Zoom: 7, Width: 200, Height: 200}
	// Where the south pin's head covers the north pin's lower part.
	south := orb.Point{10, -0.05}
	sx, sy := v.LonLatToPixel(south)
	probe := image.Pt(int(sx), int(sy-2.2*style.Spec.MarkerRadius()-style.Spec.MarkerRadius()*0.8))

	s := &Scene{Layers: []Layer{{Layer: l, Opacity: 1}}}
	img := r.Render(s, v)
	if c := img.RGBAAt(probe.X, probe.Y); c.R < 200 || c.B > 80 {
		t.Errorf("overlap at %v is %v, want the south (red) pin in front", probe, c)
	}
	s.Emphasis = &layer.Ref{Layer: l, Feature: 1}
	img = r.Render(s, v)
	if c := img.RGBAAt(probe.X, probe.Y); c.B < 200 || c.R > 80 {
		t.Errorf("overlap at %v is %v with the north pin emphasised, want it (blue) in front", probe, c)
	}
}
