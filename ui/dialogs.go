package ui

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
)

// dismissable is what Escape needs of a dialog.
type dismissable interface {
	Show()
	Dismiss()
	SetOnClosed(func())
}

// show shows d; until it closes, Escape dismisses it (Fyne's dialogs take
// no keys of their own), the newest first when dialogs stack.
func (w *Window) show(d dismissable) {
	w.dialogs = append(w.dialogs, d)
	d.SetOnClosed(func() {
		if i := slices.Index(w.dialogs, d); i >= 0 {
			w.dialogs = slices.Delete(w.dialogs, i, i+1)
		}
		w.log.printf("dialog closed open=%d", len(w.dialogs))
	})
	d.Show()
	w.log.printf("dialog shown open=%d", len(w.dialogs))
}

// showError shows err in a dialog.
func (w *Window) showError(err error) { w.show(dialog.NewError(err, w.Win)) }

// escape dismisses the newest dialog shown by show, if any.
func (w *Window) escape() {
	if len(w.dialogs) > 0 {
		w.dialogs[len(w.dialogs)-1].Dismiss()
	}
}

// typedKey is the window's handler of keys no widget takes: Escape closes
// the dialog on top, and with no dialog up the map moves.
func (w *Window) typedKey(e *fyne.KeyEvent) {
	if w.dialogUp() {
		if e.Name == fyne.KeyEscape {
			w.escape()
		}
		return
	}
	w.Map.TypedKey(e)
}
