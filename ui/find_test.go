package ui

import (
	"math"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"github.com/paulmach/orb"
)

// shownSuggestions are the texts of the find field's visible suggestions.
func shownSuggestions(f *findField) []string {
	if !f.box.Visible() {
		return nil
	}
	var s []string
	for _, r := range f.rows {
		if r.obj.Visible() {
			s = append(s, r.label.Text)
		}
	}
	return s
}

// menuItem is the item labelled label in the window's main menu.
func menuItem(t *testing.T, w *Window, label string) *fyne.MenuItem {
	t.Helper()
	for _, m := range w.Win.MainMenu().Items {
		for _, it := range m.Items {
			if it.Label == label {
				return it
			}
		}
	}
	t.Fatalf("no menu item %q", label)
	return nil
}

func TestFindFlysToTheSuggestionChosen(t *testing.T) {
	w := newTestWindow(t)
	f := w.find
	if got := shownSuggestions(f); got != nil {
		t.Fatalf("suggestions before typing: %v", got)
	}
	find := menuItem(t, w, "Find Place…")
	if find.Shortcut != shortcutFind {
		t.Errorf("Find Place has shortcut %v, want Ctrl+F", find.Shortcut)
	}
	find.Action()
	if w.Win.Canvas().Focused() != f.entry {
		t.Fatalf("Find Place… focused %T, want the find field", w.Win.Canvas().Focused())
	}

	test.Type(f.entry, "damas")
	got := shownSuggestions(f)
	if len(got) < 2 || !strings.HasPrefix(got[0], "Damascus — city") {
		t.Fatalf("suggestions for damas: %q, want Damascus the city first", got)
	}
	f.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	await(w.Map.WaitIdle)
	v := w.Map.View()
	if d := math.Hypot(v.Center[0]-36.29, v.Center[1]-33.51); d > 0.05 || v.Zoom < 10 {
		t.Errorf("after Enter the map is at %v zoom %.1f, want Damascus (36.29, 33.51) at a city's zoom", v.Center, v.Zoom)
	}
	if shownSuggestions(f) != nil || f.entry.Text != "Damascus" {
		t.Errorf("after Enter: suggestions %v, field %q; want none and Damascus", shownSuggestions(f), f.entry.Text)
	}

	// A country fits its outline: a tap on the suggestion.
	f.focus(w.Win.Canvas())
	test.Type(f.entry, "franc")
	got = shownSuggestions(f)
	if len(got) == 0 || !strings.HasPrefix(got[0], "France — country") {
		t.Fatalf("suggestions for franc: %q, want France first", got)
	}
	test.Tap(f.rows[0].label)
	await(w.Map.WaitIdle)
	v = w.Map.View()
	if !(orb.Bound{Min: orb.Point{-5, 42}, Max: orb.Point{8, 51}}).Contains(v.Center) || v.Zoom > 7 || v.Zoom < 3 {
		t.Errorf("after choosing France the map is at %v zoom %.1f, want France's outline fitted", v.Center, v.Zoom)
	}
}

func TestFindKeys(t *testing.T) {
	w := newTestWindow(t)
	f := w.find
	f.focus(w.Win.Canvas())
	test.Type(f.entry, "kansas")
	got := shownSuggestions(f)
	if len(got) < 2 || !strings.HasPrefix(got[0], "Kansas — region") {
		t.Fatalf("suggestions for kansas: %q", got)
	}
	d := fyne.CurrentApp().Driver()
	entryBottom := d.AbsolutePositionForObject(f.entry).Y + f.entry.Size().Height
	for i, r := range f.rows[:len(got)] {
		if y := d.AbsolutePositionForObject(r.label).Y; y < entryBottom || r.label.Size().Height == 0 {
			t.Errorf("suggestion %d at y %.0f, height %.0f; want it below the field (%.0f)", i, y, r.label.Size().Height, entryBottom)
		}
	}
	f.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
	if f.cur != 1 || f.rows[0].bg.FillColor == f.rows[1].bg.FillColor {
		t.Errorf("Down highlights row %d", f.cur)
	}
	f.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyUp})
	f.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyUp})
	if f.cur != len(got)-1 {
		t.Errorf("Up twice from the second highlights row %d, want the last (%d)", f.cur, len(got)-1)
	}
	f.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if shownSuggestions(f) != nil {
		t.Errorf("Escape left %v", shownSuggestions(f))
	}
	before := w.Map.View()
	f.entry.SetText("")
	f.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	await(w.Map.WaitIdle)
	if shownSuggestions(f) != nil || w.Map.View().Center != before.Center {
		t.Errorf("an empty field suggests %v and moved the map", shownSuggestions(f))
	}
}
