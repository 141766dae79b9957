package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"newsatlas/atlas"
)

const parisStory = "Talks in Paris\n\nMinisters met in Paris on Monday before flying to Berlin.\n"

// enter presses Enter in the open dialog's path field.
func enter(o *openDialog) { o.path.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn}) }

func TestOpenTypedPathWithHome(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	writeInput(t, filepath.Join(home, "story.txt"), parisStory)
	for _, typed := range []string{"~/story.txt", "  ~/story.txt  ", filepath.Join(home, "story.txt")} {
		t.Run(typed, func(t *testing.T) {
			w := newTestWindow(t)
			o := w.openDialog()
			if o == nil {
				t.Fatal("File > Open showed no dialog")
			}
			o.path.SetText("")
			test.Type(o.path, typed)
			enter(o)
			if got := w.Win.Title(); got != "News Atlas - Talks in Paris" {
				t.Errorf("after typing %q and Enter: title %q", typed, got)
			}
			if w.dialogUp() {
				t.Error("the open dialog is still up after the file opened")
			}
		})
	}
}

func TestOpenBadPathOpensNothing(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	if err := os.Mkdir(filepath.Join(home, "news"), 0o755); err != nil {
		t.Fatal(err)
	}
	writeInput(t, filepath.Join(home, "notes.docx"), "x")
	tests := []struct {
		typed, want string
	}{
		{"~/missing.geojson", filepath.Join(home, "missing.geojson") + ": no such file"},
		{"~/news", filepath.Join(home, "news") + ": a folder, not a file"},
		{"~", home + ": a folder, not a file"},
		{"~/notes.docx", filepath.Join(home, "notes.docx") + ": not a kind of file"},
		{"", "type or paste the path"},
	}
	for _, tt := range tests {
		t.Run(tt.typed, func(t *testing.T) {
			w := newTestWindow(t)
			title, layers := w.Win.Title(), len(w.Atlas.Layers)
			o := w.openDialog()
			o.path.SetText(tt.typed)
			test.Tap(o.open)
			if !o.note.Visible() || !strings.HasPrefix(o.note.Text, tt.want) || strings.Contains(o.note.Text, "\n") {
				t.Errorf("note %q (shown %v), want one line starting %q", o.note.Text, o.note.Visible(), tt.want)
			}
			if !w.dialogUp() {
				t.Error("the open dialog closed on a bad path")
			}
			if w.Win.Title() != title || len(w.Atlas.Layers) != layers {
				t.Errorf("a bad path changed what is open: title %q, %d layers (was %q, %d)", w.Win.Title(), len(w.Atlas.Layers), title, layers)
			}
		})
	}
}

// fileItem is the item of Fyne's file dialog named name, found by the
// label it draws (the name without its extension).
func fileItem(t *testing.T, c fyne.Canvas, name string) fyne.Tappable {
	t.Helper()
	var item fyne.Tappable
	for _, o := range test.LaidOutObjects(c.Overlays().Top()) {
		if tap, ok := o.(fyne.Tappable); ok && fmt.Sprintf("%T", o) == "*dialog.fileDialogItem" {
			item = tap
		}
		if l, ok := o.(*widget.Label); ok && l.Text == name && item != nil {
			return item
		}
	}
	t.Fatalf("the file dialog shows no %s", name)
	return nil
}

// TestBrowseDoesNotOpen double-clicks a file in Fyne's file dialog, which
// opens it there: that only fills the path field, the article stays
// until Open is pressed.
func TestBrowseDoesNotOpen(t *testing.T) {
	w := newTestWindow(t)
	dir := t.TempDir()
	story := filepath.Join(dir, "story.txt")
	writeInput(t, story, parisStory)
	title := w.Win.Title()

	o := w.openDialog()
	o.path.SetText(dir + string(filepath.Separator))
	test.Tap(o.browse)
	if len(w.dialogs) != 2 {
		t.Fatalf("Browse… showed %d dialogs, want the file dialog over the open one", len(w.dialogs))
	}
	item := fileItem(t, w.Win.Canvas(), "story")
	test.Tap(item)
	test.Tap(item) // a double click: Fyne's dialog picks the file
	if len(w.dialogs) != 1 {
		t.Fatalf("%d dialogs after the pick, want the open dialog alone", len(w.dialogs))
	}
	if got := o.path.Text; got != storage.NewFileURI(story).Path() {
		t.Errorf("path field %q after the pick, want %q", got, story)
	}
	if w.Win.Title() != title {
		t.Fatalf("the pick opened the file: title %q", w.Win.Title())
	}
	test.Tap(o.open)
	if got := w.Win.Title(); got != "News Atlas - Talks in Paris" {
		t.Errorf("after Open: title %q", got)
	}
}

func TestUndoOpenArticle(t *testing.T) {
	w := newTestWindow(t)
	first := w.Win.Title()
	firstPins := len(w.Atlas.Article.Places)
	dir := t.TempDir()
	paris, rome := filepath.Join(dir, "paris.txt"), filepath.Join(dir, "rome.txt")
	writeInput(t, paris, parisStory)
	writeInput(t, rome, "Summit in Rome\n\nLeaders met in Rome and Madrid.\n")
	undoItem := func() *fyne.MenuItem {
		for _, it := range w.mainMenu().Items[0].Items {
			if it.Label == "Undo Open Article" {
				return it
			}
		}
		t.Fatal("File has no Undo Open Article")
		return nil
	}
	if !undoItem().Disabled {
		t.Error("Undo Open Article is enabled before any article was replaced")
	}
	w.OpenFiles([]string{paris})
	w.OpenFiles([]string{rome})
	if got := w.Win.Title(); got != "News Atlas - Summit in Rome" {
		t.Fatalf("title %q", got)
	}
	var recent []string
	for _, it := range w.mainMenu().Items[0].Items {
		if it.Label == "Recent" {
			for _, r := range it.ChildMenu.Items {
				recent = append(recent, r.Label)
			}
		}
	}
	if len(recent) < 2 || !strings.HasPrefix(recent[0], "rome.txt") || !strings.HasPrefix(recent[1], "paris.txt") {
		t.Errorf("File > Recent lists %q, want rome.txt then paris.txt", recent)
	}

	// Ctrl+Z with the map focused undoes; in a text field it is the field's.
	w.Win.Canvas().Focus(w.Map)
	w.Win.Canvas().(fyne.Shortcutable).TypedShortcut(&fyne.ShortcutUndo{})
	if got := w.Win.Title(); got != "News Atlas - Talks in Paris" {
		t.Errorf("after Ctrl+Z: title %q, want the Paris story back", got)
	}
	if pins := w.Atlas.Layer(atlas.Places); pins == nil || len(pins.Features) != len(w.Atlas.Article.Places) || w.article.link("Berlin") == nil {
		t.Error("the Paris story came back without its pins or mentions")
	}
	w.showError(os.ErrClosed)
	w.Win.Canvas().(fyne.Shortcutable).TypedShortcut(&fyne.ShortcutUndo{})
	if got := w.Win.Title(); got != "News Atlas - Talks in Paris" {
		t.Errorf("Ctrl+Z under a dialog undid the open: title %q", got)
	}
	w.escape()

	undoItem().Action()
	if got := w.Win.Title(); got != first {
		t.Errorf("after File > Undo Open Article: title %q, want %q", got, first)
	}
	if n := len(w.Atlas.Article.Places); n != firstPins {
		t.Errorf("%d places after undo, want %d", n, firstPins)
	}
	if !undoItem().Disabled || w.undoOpen() {
		t.Error("Undo Open Article still has an article to bring back")
	}
}
