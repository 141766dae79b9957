package ui

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

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
			await(w.Map.WaitIdle)
			test.Tap(tc.control)
			afterTap()
			if f := c.Focused(); f != fyne.Focusable(w.Map) {
				t.Fatalf("after the tap %T has the focus, not the map", f)
			}
			// As the driver does: keys go to the focused widget.
			c.Focused().TypedRune('+')
			await(w.Map.WaitIdle)
			if z := w.Map.View().Zoom; z <= 10 {
				t.Errorf("+ after the tap: zoom %v, want more than 10", z)
			}
			before := w.Map.View().Center
			c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
			await(w.Map.WaitIdle)
			if after := w.Map.View().Center; after[0] <= before[0] {
				t.Errorf("Right after the tap: centre %v, was %v", after, before)
			}
		})
	}
}

// TestShortcutsTable checks that Help > Keyboard Shortcuts shows a table,
// each shortcut's keys in one cell and its action beside it on the same
// row, with no Markdown left in the text.
func TestShortcutsTable(t *testing.T) {
	w := newTestWindow(t)
	w.showShortcuts()
	top := w.Win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no dialog shown")
	}
	var labels []*widget.Label
	for _, o := range test.LaidOutObjects(top) {
		if l, ok := o.(*widget.Label); ok && l.Visible() {
			if strings.ContainsAny(l.Text, "|*") {
				t.Errorf("Markdown in the table: %q", l.Text)
			}
			labels = append(labels, l)
		}
	}
	// The cells in order: keys, action, keys, action...
	first := slices.IndexFunc(labels, func(l *widget.Label) bool { return l.Text == shortcuts[0].keys })
	if first < 0 || len(labels) < first+2*len(shortcuts) {
		t.Fatalf("the table's cells are not shown: %d labels", len(labels))
	}
	var keys, actions []*widget.Label
	for i, s := range shortcuts {
		k, a := labels[first+2*i], labels[first+2*i+1]
		if k.Text != s.keys || a.Text != s.action || !k.TextStyle.Bold {
			t.Errorf("row %d: %q (bold %v), %q; want %q in bold, %q", i, k.Text, k.TextStyle.Bold, a.Text, s.keys, s.action)
		}
		keys, actions = append(keys, k), append(actions, a)
	}
	d := fyne.CurrentApp().Driver()
	for i := range shortcuts[:len(shortcuts)-1] {
		k, a, next := d.AbsolutePositionForObject(keys[i]), d.AbsolutePositionForObject(actions[i]), d.AbsolutePositionForObject(keys[i+1])
		if a.Y != k.Y || a.X <= k.X {
			t.Errorf("%q at %v is not beside %q at %v", shortcuts[i].action, a, shortcuts[i].keys, k)
		}
		if next.Y <= k.Y {
			t.Errorf("%q at %v is not below %q at %v", shortcuts[i+1].keys, next, shortcuts[i].keys, k)
		}
	}
}
