package ui

import (
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// objectsOf are the objects of type T under o, in layout order.
func objectsOf[T fyne.CanvasObject](o fyne.CanvasObject) []T {
	var out []T
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		if t, ok := o.(T); ok {
			out = append(out, t)
			return
		}
		switch o := o.(type) {
		case *fyne.Container:
			for _, c := range o.Objects {
				walk(c)
			}
		case fyne.Widget:
			for _, c := range test.WidgetRenderer(o).Objects() {
				walk(c)
			}
		}
	}
	walk(o)
	return out
}

// TestMapButtonTooltips: each map button names what it does while the
// pointer is over it, beside it, and the name goes when the pointer does.
func TestMapButtonTooltips(t *testing.T) {
	w := newTestWindow(t)
	bs := objectsOf[*tipButton](w.Win.Content())
	var tips []string
	for _, b := range bs {
		tips = append(tips, b.Tip)
	}
	if want := []string{"Zoom in", "Zoom out", "Opening view"}; !slices.Equal(tips, want) {
		t.Fatalf("map button tips %q, want %q", tips, want)
	}
	c := w.Win.Canvas()
	for _, b := range bs {
		r := test.WidgetRenderer(b).(*tipRenderer)
		at := fyne.CurrentApp().Driver().AbsolutePositionForObject(b)
		test.MoveMouse(c, at.Add(fyne.NewPos(b.Size().Width/2, b.Size().Height/2)))
		if !b.TipShown() || !r.text.Visible() || !r.bg.Visible() || r.text.Text != b.Tip {
			t.Errorf("%s: pointer over the button, tip shown %t (%q, visible %t)", b.Tip, b.TipShown(), r.text.Text, r.text.Visible())
		}
		if x := r.bg.Position().X; x < b.Size().Width {
			t.Errorf("%s: tip at x %.0f, over the button (width %.0f)", b.Tip, x, b.Size().Width)
		}
		test.MoveMouse(c, fyne.NewPos(600, 400))
		if b.TipShown() || r.text.Visible() {
			t.Errorf("%s: tip still up after the pointer left", b.Tip)
		}
	}
	// A tap acts and takes the tip down.
	zoom := w.Map.View().Zoom
	b := bs[0]
	test.MoveMouse(c, fyne.CurrentApp().Driver().AbsolutePositionForObject(b).Add(fyne.NewPos(4, 4)))
	test.Tap(b)
	await(w.Map.WaitIdle)
	if b.TipShown() || w.Map.View().Zoom <= zoom {
		t.Errorf("after a tap on Zoom in: tip shown %t, zoom %.2f (was %.2f)", b.TipShown(), w.Map.View().Zoom, zoom)
	}
}
