package ui

import "fyne.io/fyne/v2"

// textField is what a widget that takes typed text or selects text has:
// Entry, and selectable labels. While one has the focus, keys are its.
type textField interface {
	SelectedText() string
}

// keepMapKeys makes the map's keys (+, -, the arrows, 0 and Home) work
// whenever the focus is not in a text field. Fyne hands every key to the
// focused widget, and a tap focuses a check box or a slider, which then
// swallow the keys: so the map takes the focus first, and takes it back
// once the tap that moved it to a control is done.
func (w *Window) keepMapKeys() {
	if w.later == nil {
		// Queued from a goroutine, the check runs on the UI goroutine
		// after the tap that took the focus.
		w.later = func(f func()) { go w.gate.Do(f) }
	}
	w.Map.OnFocusLost = func() { w.later(w.mapKeys) }
	w.Win.Canvas().Focus(w.Map)
}

// mapKeys gives the focus back to the map unless a text field or a
// dialog has it.
func (w *Window) mapKeys() {
	if w.quitting || w.dialogUp() {
		return
	}
	c := w.Win.Canvas()
	switch f := c.Focused().(type) {
	case fyne.Focusable:
		if _, text := f.(textField); text || f == fyne.Focusable(w.Map) {
			return
		}
	}
	c.Focus(w.Map)
}
