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
	pathDialog
	browse *widget.Button
	open   *widget.Button
}

// pathDialog is what File > Open and File > Open Archive share: a
// labelled path field (Enter submits, Escape closes), a note saying in
// one line why a path was refused, and Cancel beside the submit button.
// The pickers it shows only fill the field.
type pathDialog struct {
	w    *Window
	d    *dialog.CustomDialog
	path *pathEntry
	note *widget.Label
}

// pathForm is how a pathDialog looks: its title, the label before the
// path field, the field's placeholder and first text, what stands at the
// field's right, and the dialog's width.
type pathForm struct {
	title, label, placeholder, start string
	side                             fyne.CanvasObject
	width                            float32
}

// build makes p's dialog as f says; submit runs on Enter and on the
// returned Open button.
func (p *pathDialog) build(w *Window, f pathForm, submit func()) (open *widget.Button) {
	p.w = w
	p.note = widget.NewLabel("")
	p.path = newPathEntry(w.escape)
	p.path.SetPlaceHolder(f.placeholder)
	p.path.SetText(f.start)
	p.path.OnSubmitted = func(string) { submit() }
	p.note.Wrapping = fyne.TextWrapWord
	p.note.Importance = widget.DangerImportance
	p.note.Hide()
	open = widget.NewButton("Open", submit)
	open.Importance = widget.HighImportance
	cancel := widget.NewButton("Cancel", func() { p.d.Dismiss() })
	form := container.NewBorder(nil, nil, widget.NewLabel(f.label), f.side, p.path)
	p.d = dialog.NewCustomWithoutButtons(f.title, container.NewVBox(form, p.note), w.Win)
	p.d.SetButtons([]fyne.CanvasObject{cancel, open})
	p.d.Resize(fyne.NewSize(f.width, p.d.MinSize().Height))
	return open
}

// show shows the dialog with the path field focused.
func (p *pathDialog) show() {
	p.w.show(p.d)
	p.w.Win.Canvas().Focus(p.path)
}

// accept checks the path shown with check: a refusal is shown in the
// note and logged; else the dialog closes and open gets the path.
func (p *pathDialog) accept(check func(typed string) (string, error), open func(path string)) {
	path, err := check(p.path.Text)
	if err != nil {
		p.note.SetText(err.Error())
		p.note.Show()
		p.w.log.printf("open refused %s", strings.ReplaceAll(err.Error(), "\n", " "))
		return
	}
	p.d.Dismiss()
	open(path)
}

// picked puts a picker's pick in the path field and opens nothing.
func (p *pathDialog) picked(path string) {
	p.path.SetText(path)
	p.note.Hide()
	p.w.Win.Canvas().Focus(p.path)
	p.w.log.printf("open picked %s", path)
}

// showPicker shows one of Fyne's file or folder dialogs at the size both
// dialogs use.
func (p *pathDialog) showPicker(fd *dialog.FileDialog) {
	fd.Resize(fyne.NewSize(760, 520))
	p.w.show(fd)
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
	o := &openDialog{}
	o.browse = widget.NewButton("Browse…", o.showBrowse)
	o.open = o.build(w, pathForm{
		title: "Open", label: "File", placeholder: "~/news/story.md", start: start,
		side: o.browse, width: 620,
	}, o.submit)
	return o
}

// submit opens the path shown, or says in the dialog why it cannot.
func (o *openDialog) submit() {
	if t := strings.TrimSpace(o.path.Text); strings.Contains(t, "://") && atlas.IsLive(t) {
		o.d.Dismiss() // a URL or a connection string: no local path to check
		o.w.OpenFiles([]string{t})
		return
	}
	o.accept(checkOpenPath, func(path string) { o.w.OpenFiles([]string{path}) })
}

// showBrowse shows Fyne's file dialog, in the folder of the path shown
// (or of the newest recent file); its pick fills the path field and opens
// nothing.
func (o *openDialog) showBrowse() {
	fd := dialog.NewFileOpen(o.w.openPicked(o.picked), o.w.Win)
	fd.SetFilter(storage.NewExtensionFileFilter(OpenExtensions()))
	if dir := o.browseDir(); dir != "" {
		if l, err := storage.ListerForURI(storage.NewFileURI(dir)); err == nil {
			fd.SetLocation(l)
		}
	}
	o.showPicker(fd)
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
	o.show()
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
