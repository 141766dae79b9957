package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"

	"newsatlas/atlas"
)

// MaxUndoOpen is how many replaced articles Undo Open Article keeps.
const MaxUndoOpen = 10

// shortcutUndoOpen is shown beside File > Undo Open Article. It is not
// Fyne's Undo shortcut, so the menu does not take Ctrl+Z from a text
// field: the canvas's Undo shortcut (see addUndoOpen) does the work,
// and Fyne hands it to the canvas only when no text field has the focus.
var shortcutUndoOpen = &desktop.CustomShortcut{KeyName: fyne.KeyZ, Modifier: fyne.KeyModifierShortcutDefault}

// replacedArticle remembers art, the article an opened one replaced.
func (w *Window) replacedArticle(art *atlas.Article) {
	if art == nil {
		return
	}
	w.replaced = append(w.replaced, art)
	if len(w.replaced) > MaxUndoOpen {
		w.replaced = w.replaced[len(w.replaced)-MaxUndoOpen:]
	}
}

// undoOpen brings back the article the last opened one replaced, with
// its pins. It reports whether there was one.
func (w *Window) undoOpen() bool {
	n := len(w.replaced)
	if n == 0 {
		return false
	}
	art := w.replaced[n-1]
	w.replaced = w.replaced[:n-1]
	w.Atlas.SetArticle(art)
	w.Map.ClearSelection() // the pins it pointed at are gone
	w.articleChanged()
	w.log.printf("undo open article %s", art.Title)
	w.layers.rebuild()
	w.Map.Redraw()
	w.Win.SetMainMenu(w.mainMenu())
	return true
}

// undoOpenItem is File > Undo Open Article, disabled when no article
// has been replaced.
func (w *Window) undoOpenItem() *fyne.MenuItem {
	it := fyne.NewMenuItem("Undo Open Article", func() { w.undoOpen() })
	it.Shortcut = shortcutUndoOpen
	it.Disabled = len(w.replaced) == 0
	return it
}

// addUndoOpen makes Ctrl+Z bring back a replaced article when the focus
// is not in a text field (a focused Entry takes Ctrl+Z for its own undo
// before the canvas sees it) and no dialog is up.
func (w *Window) addUndoOpen() {
	w.Win.Canvas().AddShortcut(&fyne.ShortcutUndo{}, func(fyne.Shortcut) {
		if w.dialogUp() {
			return
		}
		if _, text := w.Win.Canvas().Focused().(textField); text {
			return
		}
		w.undoOpen()
	})
}
