package ui

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"
)

// ArchiveExtensions are the files File > Open Archive offers besides
// folders: feeds, NDJSON of articles and ZIPs.
func ArchiveExtensions() []string {
	return []string{".rss", ".atom", ".xml", ".ndjson", ".jsonl", ".zip"}
}

// archiveDialog is File > Open Archive: File > Open's path field (Enter
// opens, Escape closes), a Folder… and a File… button whose picks only
// fill the path, and Open.
type archiveDialog struct {
	w    *Window
	d    *dialog.CustomDialog
	path *pathEntry
	note *widget.Label
}

// showOpenArchive is File > Open Archive.
func (w *Window) showOpenArchive() { w.openArchiveDialog() }

// openArchiveDialog shows File > Open Archive and returns it; nil when
// another dialog is up.
func (w *Window) openArchiveDialog() *archiveDialog {
	if w.dialogUp() {
		return nil
	}
	o := &archiveDialog{w: w, note: widget.NewLabel("")}
	o.path = newPathEntry(w.escape)
	o.path.SetPlaceHolder("~/news/ (a folder), feed.rss, articles.ndjson or stories.zip")
	o.path.OnSubmitted = func(string) { o.submit() }
	o.note.Wrapping = fyne.TextWrapWord
	o.note.Importance = widget.DangerImportance
	o.note.Hide()
	folder := widget.NewButton("Folder…", o.browseFolder)
	file := widget.NewButton("File…", o.browseFile)
	open := widget.NewButton("Open", o.submit)
	open.Importance = widget.HighImportance
	cancel := widget.NewButton("Cancel", func() { o.d.Dismiss() })
	form := container.NewBorder(nil, nil, widget.NewLabel("Archive"), container.NewHBox(folder, file), o.path)
	o.d = dialog.NewCustomWithoutButtons("Open Archive", container.NewVBox(form, o.note), w.Win)
	o.d.SetButtons([]fyne.CanvasObject{cancel, open})
	o.d.Resize(fyne.NewSize(680, o.d.MinSize().Height))
	w.show(o.d)
	w.Win.Canvas().Focus(o.path)
	return o
}

// submit opens the archive the path names, or says in the dialog why not.
func (o *archiveDialog) submit() {
	path, err := checkArchivePath(o.path.Text)
	if err != nil {
		o.note.SetText(err.Error())
		o.note.Show()
		o.w.log.printf("open refused %s", strings.ReplaceAll(err.Error(), "\n", " "))
		return
	}
	o.d.Dismiss()
	o.w.OpenArchive(path)
}

func (o *archiveDialog) picked(path string) {
	o.path.SetText(path)
	o.note.Hide()
	o.w.Win.Canvas().Focus(o.path)
	o.w.log.printf("open picked %s", path)
}

func (o *archiveDialog) browseFolder() {
	fd := dialog.NewFolderOpen(func(u fyne.ListableURI, err error) {
		if err == nil && u != nil {
			o.picked(u.Path())
		}
	}, o.w.Win)
	fd.Resize(fyne.NewSize(760, 520))
	o.w.show(fd)
}

func (o *archiveDialog) browseFile() {
	fd := dialog.NewFileOpen(o.w.openPicked(o.picked), o.w.Win)
	fd.SetFilter(storage.NewExtensionFileFilter(ArchiveExtensions()))
	fd.Resize(fyne.NewSize(760, 520))
	o.w.show(fd)
}

// checkArchivePath is the folder or file a typed path names, ~ expanded;
// an error, one line, when it is empty or missing.
func checkArchivePath(typed string) (string, error) {
	typed = strings.TrimSpace(typed)
	if typed == "" {
		return "", errors.New("type or paste the path of a folder or a feed, NDJSON or ZIP file, or pick one")
	}
	path := expandHome(typed)
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		return "", fmt.Errorf("%s: no such file or folder", path)
	} else if err != nil {
		return "", fmt.Errorf("%s: %w", path, errors.Unwrap(err))
	}
	return path, nil
}
