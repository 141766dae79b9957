package render

import (
	"testing"
	"time"
)

// TestOneShotLeavesView checks that images drawn with the Renderer
// itself, as an export or `newsatlas render` draws them, and the frames
// of another view, leave a view's kept frame, pyramid and timings as they
// were: the view's next pan still copies its kept frame, and its next
// moving frame still comes from the pyramid without drawing a tile.
func TestOneShotLeavesView(t *testing.T) {
	l := starLayer(t, 5000)
	s := &Scene{Layers: []Layer{{Layer: l, Opacity: 1}}, ScaleBar: true}
	v := Fit(l.Bound, 640, 400, 0)
	zoomed := v.ZoomAt(320, 200, 0.5)
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	w := r.NewView()
	w.SetPyramidAfter(time.Hour)
	w.Render(s, v)
	w.base.took(time.Hour) // as a base of 200,000 shapes takes
	if _, exact := w.RenderMoving(s, zoomed); exact {
		t.Fatal("the moving frame was drawn exactly, not from the pyramid")
	}
	drawn, tiles := w.tiles.drawn, len(w.tiles.tiles)

	// An export at another size and zoom, a quick frame of another view.
	export := v
	export.Width, export.Height, export.Zoom = 1280, 800, v.Zoom+1
	r.Render(s, export)
	other := r.NewView()
	other.Render(s, export)
	other.RenderMoving(s, export.ZoomAt(10, 10, 0.25))

	reused := w.base.reused
	got := w.Render(s, v.Pan(7, 3))
	if w.base.reused != reused+1 {
		t.Error("the pan after the export did not copy the view's kept frame")
	}
	if d := maxDiff(got, r.Render(s, v.Pan(7, 3))); d > 2 {
		t.Errorf("the pan differs from the frame drawn whole by %d", d)
	}
	if _, exact := w.RenderMoving(s, zoomed); exact || w.tiles.drawn != drawn || len(w.tiles.tiles) != tiles {
		t.Errorf("the moving frame after the export: exact %v, %d tiles drawn (want 0), %d kept (want %d)",
			exact, w.tiles.drawn-drawn, len(w.tiles.tiles), tiles)
	}
}
