package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"newsatlas/atlas"
	"newsatlas/render"
)

// TestMapKeysAfterPanelClick taps the layers panel's check box and the
// timeline's slider, which take the focus, and then types the map's keys:
// the map zooms and pans all the same.
func TestMapKeysAfterPanelClick(t *testing.T) {
	w := newTestWindow(t)
	var later []func()
	w.later = func(f func()) { later = append(later, f) }
	afterTap := func() {
		for _, f := range later {
			f()
		}
		later = nil
	}
	c := w.Win.Canvas()
	if c.Focused() != fyne.Focusable(w.Map) {
		t.Fatalf("the map does not have the focus at the start: %T", c.Focused())
	}
	for _, tc := range []struct {
		name    string
		control fyne.Tappable
	}{
		{"check box", w.layers.checks[atlas.SyriaGovernorates]},
		{"timeline slider", w.timeline.slider},
		{"check box again", w.layers.checks[atlas.SyriaGovernorates]},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w.Map.SetView(render.Viewport{Center: eastAleppo, Zoom: 10})
			w.Map.WaitIdle()
			test.Tap(tc.control)
			afterTap()
			if f := c.Focused(); f != fyne.Focusable(w.Map) {
				t.Fatalf("after the tap %T has the focus, not the map", f)
			}
			// As the driver does: keys go to the focused widget.
			c.Focused().TypedRune('+')
			w.Map.WaitIdle()
			if z := w.Map.View().Zoom; z <= 10 {
				t.Errorf("+ after the tap: zoom %v, want more than 10", z)
			}
			before := w.Map.View().Center
			c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
			w.Map.WaitIdle()
			if after := w.Map.View().Center; after[0] <= before[0] {
				t.Errorf("Right after the tap: centre %v, was %v", after, before)
			}
		})
	}
}
