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
type archiveDialog struct{ pathDialog }

// showOpenArchive is File > Open Archive.
func (w *Window) showOpenArchive() { w.openArchiveDialog() }

// openArchiveDialog shows File > Open Archive and returns it; nil when
// another dialog is up.
func (w *Window) openArchiveDialog() *archiveDialog {
	if w.dialogUp() {
		return nil
	}
	o := &archiveDialog{}
	folder := widget.NewButton("Folder…", o.browseFolder)
	file := widget.NewButton("File…", o.browseFile)
	o.build(w, pathForm{
		title: "Open Archive", label: "Archive",
		placeholder: "~/news/ (a folder), feed.rss, articles.ndjson or stories.zip",
		side:        container.NewHBox(folder, file), width: 680,
	}, o.submit)
	o.show()
	return o
}

// submit opens the archive the path names, or says in the dialog why not.
func (o *archiveDialog) submit() { o.accept(checkArchivePath, o.w.OpenArchive) }

func (o *archiveDialog) browseFolder() {
	o.showPicker(dialog.NewFolderOpen(func(u fyne.ListableURI, err error) {
		if err == nil && u != nil {
			o.picked(u.Path())
		}
	}, o.w.Win))
}

func (o *archiveDialog) browseFile() {
	fd := dialog.NewFileOpen(o.w.openPicked(o.picked), o.w.Win)
	fd.SetFilter(storage.NewExtensionFileFilter(ArchiveExtensions()))
	o.showPicker(fd)
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
