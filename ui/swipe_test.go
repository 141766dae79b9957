package ui

import (
	"image"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"newsatlas/atlas"
)

// TestSwipe compares two dates: Compare keeps the date shown on the right
// of the bar, the slider moves the left; the right is the map at its date
// in the map's view, and dragging the grip moves the bar.
func TestSwipe(t *testing.T) {
	w := newTestWindow(t)
	tl := w.timeline
	b := atlas.DefaultDate
	test.Tap(tl.compare)
	if !tl.swipe.on || !tl.swipe.Visible() || !tl.swipe.b.Equal(b) {
		t.Fatalf("after Compare: on %v, visible %v, date %v", tl.swipe.on, tl.swipe.Visible(), tl.swipe.b)
	}
	a := time.Date(2016, 12, 20, 0, 0, 0, 0, time.UTC)
	w.setDate(a)
	await(w.Map.WaitIdle)
	v := w.Map.View()
	// The right side is drawn off the UI goroutine: wait for it.
	for i := 0; i < 400 && (tl.swipe.img == nil || tl.swipe.drawn.v != v); i++ {
		pump(50 * time.Millisecond)
		tl.swipe.follow(w.Map.View())
	}
	img := tl.swipe.img
	if img == nil || tl.swipe.drawn.v != v {
		t.Fatal("the right side was never drawn for the map's view")
	}
	want := w.Atlas.DrawAt(v, b)
	if !sameImage(img, want) {
		t.Error("the right side is not the map at its date")
	}
	if sameImage(img, w.Atlas.DrawAt(v, a)) {
		t.Error("the right side is the map at the slider's date")
	}
	if !w.Atlas.Date.Equal(a) {
		t.Errorf("the atlas's date moved to %v", w.Atlas.Date)
	}
	r := test.WidgetRenderer(tl.swipe).(*swipeRenderer)
	if got := r.left.Text + " | " + r.bText.Text; got != "20 December 2016 | 19 October 2016" {
		t.Errorf("captions %q", got)
	}
	at := tl.swipe.at
	r.grip.Dragged(&fyne.DragEvent{Dragged: fyne.NewDelta(60, 0)})
	if moved := (tl.swipe.at - at) * tl.swipe.Size().Width; moved < 59 || moved > 61 {
		t.Errorf("a drag of 60 moved the bar %v", moved)
	}
	if x := r.right.Position().X; x < tl.swipe.Size().Width*tl.swipe.at-1 {
		t.Errorf("the right side starts at %v, left of the bar", x)
	}
	test.Tap(tl.compare)
	if tl.swipe.on || tl.swipe.Visible() {
		t.Error("Compare again left the bar up")
	}
}

func sameImage(a, b *image.RGBA) bool {
	if a.Rect != b.Rect {
		return false
	}
	for i := range a.Pix {
		if a.Pix[i] != b.Pix[i] {
			return false
		}
	}
	return true
}
