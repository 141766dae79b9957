package mapview

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"github.com/paulmach/orb"

	"newsatlas/atlas"
)

// TestRendererShowsTheMapsState checks that the renderer's canvas objects
// show what the Map holds: its latest frame, lined up with the view, and
// the tooltip over a pin, gone when the pointer leaves.
func TestRendererShowsTheMapsState(t *testing.T) {
	m, _ := newTestMap(t)
	r := test.WidgetRenderer(m).(*mapRenderer)
	if r.img.Image != m.Image() {
		t.Fatal("the image on screen is not the map's latest frame")
	}
	if pos, size := r.img.Position(), r.img.Size(); !near(pos, fyne.Position{}) || size != m.Size() {
		t.Errorf("the frame of the view shown sits at %v, %v; want the whole map %v", pos, size, m.Size())
	}
	// While the next frame is drawn the old one moves with the view.
	before := m.Image()
	m.mu.Lock()
	m.view = m.view.Pan(40, 0) // as a drag does, without a frame yet
	m.mu.Unlock()
	m.place()
	if got := r.img.Position(); !near(got, fyne.NewPos(40/float32(m.View().PixelScale()), 0)) || r.img.Image != before {
		t.Errorf("after a drag of 40 px the old frame sits at %v (same image: %v), want x=40", got, r.img.Image == before)
	}
	frames := m.Frames()
	m.Redraw()
	m.WaitIdle()
	if m.Frames() == frames || r.drawn != m.Frames() || r.img.Image != m.Image() || !near(r.img.Position(), fyne.Position{}) {
		t.Error("the new frame did not replace the old in place")
	}

	var geneva orb.Point
	for _, f := range m.Atlas().Layer(atlas.Places).Features {
		if f.Name == "Geneva" {
			geneva = f.Geometry.(orb.Point)
		}
	}
	zoomTo(m, geneva, 8)
	pos := m.PositionOf(geneva).SubtractXY(0, 12)
	m.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: pos}})
	m.WaitIdle()
	if !r.text.Visible() || !r.box.Visible() || r.text.Text != "Geneva" {
		t.Fatalf("tooltip visible=%v text %q, want Geneva", r.text.Visible(), r.text.Text)
	}
	if p := r.box.Position(); p.X <= pos.X || p.Y >= pos.Y {
		t.Errorf("tooltip at %v, want it right of and above the pointer %v", p, pos)
	}
	m.MouseOut()
	if r.text.Visible() || r.box.Visible() || m.HoverName() != "" {
		t.Error("the tooltip stayed after the pointer left")
	}
}

// near reports whether two positions are within a thousandth of a pixel.
func near(a, b fyne.Position) bool {
	d := a.Subtract(b)
	return d.X*d.X+d.Y*d.Y < 1e-6
}
