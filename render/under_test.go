package render

import (
	"bytes"
	"context"
	"testing"
)

// TestUnderKeepsBottomLayers checks that a view's whole frame over the
// bottom layers it kept, up to the basemap (a Detail), is the frame drawn
// from nothing, pixel for pixel: after an upper layer is hidden, shown or
// restyled at the same view, the bottom layers are copied, not drawn; a
// change to them or a zoom draws them again, and a frame given up
// halfway keeps nothing.
func TestUnderKeepsBottomLayers(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	stars := starLayer(t, 3000)
	basemap := detailLayer(t, `{"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"fill":"#aaccaa","stroke":"#0000ff","stroke-width":2},"geometry":{"type":"Polygon","coordinates":[[[-60,-30],[60,-30],[60,40],[-60,40],[-60,-30]]]}},
{"type":"Feature","properties":{"stroke":"#0000ff","stroke-width":3},"geometry":{"type":"LineString","coordinates":[[-90,0],[90,10]]}}]}`, 0, 0)
	scene := func(starsHidden bool, opacity float64) *Scene {
		return &Scene{Layers: []Layer{basemap, {Layer: stars, Opacity: opacity, Hidden: starsHidden}}}
	}
	v := Fit(stars.Bound, 640, 400, 0)
	w := r.NewView()
	check := func(what string, s *Scene, v Viewport, copied bool) {
		t.Helper()
		used := w.under.used
		got := w.Render(s, v)
		if want := r.Render(s, v); !bytes.Equal(got.Pix, want.Pix) {
			t.Errorf("%s: the view's frame differs from one drawn from nothing by %d", what, maxDiff(got, want))
		}
		if c := w.under.used > used; c != copied {
			t.Errorf("%s: bottom layers copied %v, want %v", what, c, copied)
		}
	}
	check("first frame", scene(false, 1), v, false)
	check("stars hidden", scene(true, 1), v, true)
	check("stars shown again", scene(false, 0.5), v, true)
	zoomed := v.ZoomAt(320, 200, 0.25)
	check("zoomed", scene(false, 0.5), zoomed, false)
	check("zoomed, stars hidden", scene(true, 0.5), zoomed, true)
	restyled := basemap
	restyled.Opacity = 0.5
	check("basemap restyled", &Scene{Layers: []Layer{restyled, {Layer: stars, Opacity: 1}}}, zoomed, false)

	// A frame given up halfway keeps nothing of its bottom layers.
	w = r.NewView()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := w.RenderContext(ctx, scene(false, 1), v); err == nil {
		t.Fatal("a frame with its context done was drawn")
	}
	check("after a frame given up", scene(true, 1), v, false)
	check("then stars shown", scene(false, 1), v, true)

	// A scene without a basemap keeps none.
	w = r.NewView()
	plain := &Scene{Layers: []Layer{{Layer: stars, Opacity: 1}}}
	check("no basemap", plain, v, false)
	check("no basemap, again", plain, v, false)
	if n := w.under.bytes(); n != 0 {
		t.Errorf("a view of no basemap keeps %d bytes of bottom layers", n)
	}
}
