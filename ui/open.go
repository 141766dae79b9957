package ui

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"newsatlas/atlas"
)

// openDialog is File > Open: a path to type or paste, a Browse… button
// whose pick only fills the path, and Open. A file is opened only on an
// explicit Open (the button or Enter) of the path shown, so a click in
// Fyne's file dialog that misfires can never replace the article.
type openDialog struct {
	w      *Window
	d      *dialog.CustomDialog
	path   *pathEntry
	note   *widget.Label
	browse *widget.Button
	open   *widget.Button
}

// pathEntry is the dialog's path field: Enter opens, Escape closes the
// dialog (the focused field would otherwise keep the key).
type pathEntry struct {
	widget.Entry
	escape func()
}

func newPathEntry(escape func()) *pathEntry {
	e := &pathEntry{escape: escape}
	e.ExtendBaseWidget(e)
	return e
}

// TypedKey closes the dialog on Escape and otherwise edits the path.
func (e *pathEntry) TypedKey(k *fyne.KeyEvent) {
	if k.Name == fyne.KeyEscape {
		e.escape()
		return
	}
	e.Entry.TypedKey(k)
}

// newOpenDialog builds File > Open; start is the path it shows first.
func newOpenDialog(w *Window, start string) *openDialog {
	o := &openDialog{w: w, note: widget.NewLabel("")}
	o.path = newPathEntry(w.escape)
	o.path.SetPlaceHolder("~/news/story.md")
	o.path.SetText(start)
	o.path.OnSubmitted = func(string) { o.submit() }
	o.note.Wrapping = fyne.TextWrapWord
	o.note.Importance = widget.DangerImportance
	o.note.Hide()
	o.browse = widget.NewButton("Browse…", o.showBrowse)
	o.open = widget.NewButton("Open", o.submit)
	o.open.Importance = widget.HighImportance
	cancel := widget.NewButton("Cancel", func() { o.d.Dismiss() })
	form := container.NewBorder(nil, nil, widget.NewLabel("File"), o.browse, o.path)
	o.d = dialog.NewCustomWithoutButtons("Open", container.NewVBox(form, o.note), w.Win)
	o.d.SetButtons([]fyne.CanvasObject{cancel, o.open})
	o.d.Resize(fyne.NewSize(620, o.d.MinSize().Height))
	return o
}

// submit opens the path shown, or says in the dialog why it cannot.
func (o *openDialog) submit() {
	if t := strings.TrimSpace(o.path.Text); strings.Contains(t, "://") && atlas.IsLive(t) {
		o.d.Dismiss() // a URL or a connection string: no local path to check
		o.w.OpenFiles([]string{t})
		return
	}
	path, err := checkOpenPath(o.path.Text)
	if err != nil {
		o.note.SetText(err.Error())
		o.note.Show()
		o.w.log.printf("open refused %s", strings.ReplaceAll(err.Error(), "\n", " "))
		return
	}
	o.d.Dismiss()
	o.w.OpenFiles([]string{path})
}

// showBrowse shows Fyne's file dialog, in the folder of the path shown
// (or of the newest recent file); its pick fills the path field and opens
// nothing.
func (o *openDialog) showBrowse() {
	fd := dialog.NewFileOpen(o.w.openPicked(func(path string) {
		o.path.SetText(path)
		o.note.Hide()
		o.w.Win.Canvas().Focus(o.path)
		o.w.log.printf("open picked %s", path)
	}), o.w.Win)
	fd.SetFilter(storage.NewExtensionFileFilter(OpenExtensions()))
	if dir := o.browseDir(); dir != "" {
		if l, err := storage.ListerForURI(storage.NewFileURI(dir)); err == nil {
			fd.SetLocation(l)
		}
	}
	fd.Resize(fyne.NewSize(760, 520))
	o.w.show(fd)
}

// browseDir is the folder Browse… starts in: the path shown when it is
// (or is in) a folder, else the newest recent file's.
func (o *openDialog) browseDir() string {
	if p := expandHome(strings.TrimSpace(o.path.Text)); p != "" {
		if fi, err := os.Stat(p); err == nil && fi.IsDir() {
			return p
		}
		if fi, err := os.Stat(filepath.Dir(p)); err == nil && fi.IsDir() {
			return filepath.Dir(p)
		}
	}
	if rec := o.w.recent(); len(rec) > 0 {
		return filepath.Dir(rec[0])
	}
	return ""
}

// showOpen is File > Open. It starts with the newest recent file's
// folder in the path field, ready for a name to be typed after it.
func (w *Window) showOpen() { w.openDialog() }

// openDialog shows File > Open and returns it; nil when another dialog
// is up.
func (w *Window) openDialog() *openDialog {
	if w.dialogUp() {
		return nil
	}
	start := ""
	if rec := w.recent(); len(rec) > 0 {
		start = filepath.Dir(rec[0]) + string(filepath.Separator)
	}
	o := newOpenDialog(w, start)
	w.show(o.d)
	w.Win.Canvas().Focus(o.path)
	return o
}

// checkOpenPath is the file a typed path names, with ~ expanded to the
// home folder; an error, one line, when it is empty, missing, a folder,
// or of a kind News Atlas does not open.
func checkOpenPath(typed string) (string, error) {
	typed = strings.TrimSpace(typed)
	if typed == "" {
		return "", errors.New("type or paste the path of a file, or Browse… for one")
	}
	path := expandHome(typed)
	fi, err := os.Stat(path)
	switch {
	case errors.Is(err, os.ErrNotExist):
		return "", fmt.Errorf("%s: no such file", path)
	case err != nil:
		return "", fmt.Errorf("%s: %w", path, errors.Unwrap(err))
	case fi.IsDir():
		return "", fmt.Errorf("%s: a folder, not a file", path)
	}
	lower := strings.ToLower(path)
	for _, ext := range OpenExtensions() {
		if strings.HasSuffix(lower, ext) {
			return path, nil
		}
	}
	return "", fmt.Errorf("%s: not a kind of file News Atlas opens (%s)", path, strings.Join(OpenExtensions(), " "))
}

// expandHome replaces a leading ~ or ~/ with the home folder.
func expandHome(p string) string {
	if p != "~" && !strings.HasPrefix(p, "~/") && !strings.HasPrefix(p, "~"+string(filepath.Separator)) {
		return p
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return p
	}
	return filepath.Join(home, p[1:])
}
