package ui

import (
	"errors"
	"testing"

	"fyne.io/fyne/v2"
)

// TestEscapeClosesDialogs checks that Escape closes the dialog on top (the
// newest first when they stack), and that with no dialog up it reaches
// the map again.
func TestEscapeClosesDialogs(t *testing.T) {
	w := newTestWindow(t)
	key := w.Win.Canvas().OnTypedKey()
	if key == nil {
		t.Fatal("the window has no key handler")
	}
	escape := &fyne.KeyEvent{Name: fyne.KeyEscape}

	w.showOpen()
	if !w.dialogUp() {
		t.Fatal("File > Open showed no dialog")
	}
	w.showError(errors.New("x.geojson: not valid JSON"))
	if len(w.dialogs) != 2 {
		t.Fatalf("%d dialogs tracked, want 2", len(w.dialogs))
	}
	key(escape)
	if len(w.dialogs) != 1 || !w.dialogUp() {
		t.Fatalf("after one Escape: %d dialogs tracked, dialog up %v; want the open dialog left", len(w.dialogs), w.dialogUp())
	}
	key(escape)
	if len(w.dialogs) != 0 || w.dialogUp() {
		t.Fatalf("after two Escapes: %d dialogs tracked, dialog up %v; want none", len(w.dialogs), w.dialogUp())
	}

	// With no dialog, keys move the map again.
	before := w.Map.View()
	key(&fyne.KeyEvent{Name: fyne.KeyRight})
	await(w.Map.WaitIdle)
	if w.Map.View().Center == before.Center {
		t.Error("the right arrow did not pan the map once the dialogs were closed")
	}
}
