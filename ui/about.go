package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"newsatlas/atlas"
)

// aboutText is Help > About: what the app is and where its data comes
// from, with the attributions the licences ask for.
const aboutText = `**News Atlas** puts a news article and its geography side by side.

**Data sources and attributions**

- Countries: **Natural Earth** 1:10m Admin 0 countries v5.1.2, public domain (naturalearthdata.com).
- Syria's governorates: **OCHA** Syria common operational datasets, admin 1, via HDX (2015).
- Place names: **GeoNames** (geonames.org), licensed under Creative Commons Attribution 4.0 (CC BY 4.0).
- Aleppo neighbourhoods: **Columbia University Center for Spatial Research (CSR)**, Aleppo neighbourhood polygons (MIT licence); control by date from sourced events, each listed in the Sources tab.

Fonts: the Go fonts. Built with Fyne.`

// shortcuts are the keys Help > Keyboard Shortcuts lists.
var shortcuts = []struct{ keys, action string }{
	{"Ctrl+F", "Find a place or a feature of an open layer"},
	{"Ctrl+O", "Open a layer or an article (type a path, or browse)"},
	{"Ctrl+Z", "Bring back the article the last one opened replaced"},
	{"Ctrl+S", "Save the session as a project"},
	{"Ctrl+E", "Export the map as PNG"},
	{"Ctrl+Q", "Quit (the session is kept for the next start)"},
	{"Ctrl+= or +", "Zoom in"},
	{"Ctrl+- or -", "Zoom out"},
	{"Arrows", "Pan"},
	{"0 or Home", "Opening view"},
	{"Escape", "Clear the selection, or close the dialog"},
	{"Drag", "Pan"},
	{"Wheel, touchpad", "Zoom about the pointer"},
	{"Double-click", "Zoom in"},
	{"Click", "Identify the feature under the pointer"},
}

// shortcutsTable is the shortcuts as a two-column table: the keys in
// bold, what they do beside them.
func shortcutsTable() *fyne.Container {
	var cells []fyne.CanvasObject
	for _, s := range shortcuts {
		cells = append(cells, widget.NewLabelWithStyle(s.keys, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), widget.NewLabel(s.action))
	}
	return container.New(layout.NewFormLayout(), cells...)
}

// aboutMarkdown is Help > About's text: the version, what the app is, its
// data and their attributions.
func (w *Window) aboutMarkdown() string {
	v := w.version
	if v == "" {
		v = w.app.Metadata().Version // set by `fyne build` and `fyne package`
	}
	head := ""
	if v != "" {
		head = "Version " + v + "\n\n"
	}
	return head + aboutText + "\n\nMap credit line: " + atlas.Attribution()
}

func (w *Window) showAbout() {
	t := widget.NewRichTextFromMarkdown(w.aboutMarkdown())
	t.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom("About News Atlas", "Close", container.NewVScroll(t), w.Win)
	d.Resize(fyne.NewSize(560, 440))
	w.show(d)
}

func (w *Window) showShortcuts() {
	d := dialog.NewCustom("Keyboard Shortcuts", "Close", container.NewVScroll(shortcutsTable()), w.Win)
	d.Resize(fyne.NewSize(540, 660))
	w.show(d)
}
