package ui

import "fyne.io/fyne/v2"

// openPicked is the callback of a file open dialog: it hands the path
// picked to use, shows an error, and does nothing when cancelled.
func (w *Window) openPicked(use func(path string)) func(fyne.URIReadCloser, error) {
	return func(r fyne.URIReadCloser, err error) {
		if err != nil {
			w.showError(err)
			return
		}
		if r == nil {
			return
		}
		path := r.URI().Path()
		r.Close()
		use(path)
	}
}

// savePicked is openPicked for a file save dialog.
func (w *Window) savePicked(use func(path string)) func(fyne.URIWriteCloser, error) {
	return func(wc fyne.URIWriteCloser, err error) {
		if err != nil {
			w.showError(err)
			return
		}
		if wc == nil {
			return
		}
		path := wc.URI().Path()
		wc.Close()
		use(path)
	}
}
