package ui

import (
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// Shortcuts, also listed in Help > Keyboard shortcuts.
var (
	shortcutOpen    = &desktop.CustomShortcut{KeyName: fyne.KeyO, Modifier: fyne.KeyModifierShortcutDefault}
	shortcutExport  = &desktop.CustomShortcut{KeyName: fyne.KeyE, Modifier: fyne.KeyModifierShortcutDefault}
	shortcutSave    = &desktop.CustomShortcut{KeyName: fyne.KeyS, Modifier: fyne.KeyModifierShortcutDefault}
	shortcutQuit    = &desktop.CustomShortcut{KeyName: fyne.KeyQ, Modifier: fyne.KeyModifierShortcutDefault}
	shortcutZoomIn  = &desktop.CustomShortcut{KeyName: fyne.KeyEqual, Modifier: fyne.KeyModifierShortcutDefault}
	shortcutZoomIn2 = &desktop.CustomShortcut{KeyName: fyne.KeyPlus, Modifier: fyne.KeyModifierShortcutDefault}
	shortcutZoomOut = &desktop.CustomShortcut{KeyName: fyne.KeyMinus, Modifier: fyne.KeyModifierShortcutDefault}
)

// mainMenu is File, View and Help.
func (w *Window) mainMenu() *fyne.MainMenu {
	open := fyne.NewMenuItem("Open...", w.showOpen)
	open.Shortcut = shortcutOpen
	export := fyne.NewMenuItem("Export PNG...", w.showExport)
	export.Shortcut = shortcutExport
	exportAnim := fyne.NewMenuItem("Export Animation...", w.showExportAnimation)
	recent := fyne.NewMenuItem("Recent", nil)
	var items []*fyne.MenuItem
	for _, p := range w.recent() {
		items = append(items, fyne.NewMenuItem(filepath.Base(p)+"  ("+filepath.Dir(p)+")", func() { w.OpenFiles([]string{p}) }))
	}
	if len(items) == 0 {
		none := fyne.NewMenuItem("(none)", nil)
		none.Disabled = true
		items = append(items, none)
	}
	recent.ChildMenu = fyne.NewMenu("", items...)
	quit := fyne.NewMenuItem("Quit", w.quit)
	quit.Shortcut = shortcutQuit
	quit.IsQuit = true
	openProject := fyne.NewMenuItem("Open Project...", w.showOpenProject)
	saveProject := fyne.NewMenuItem("Save Project...", w.showSaveProject)
	saveProject.Shortcut = shortcutSave
	openArchive := fyne.NewMenuItem("Open Archive...", w.showOpenArchive)
	file := fyne.NewMenu("File", open, openArchive, recent, w.undoOpenItem(), fyne.NewMenuItemSeparator(), openProject, saveProject,
		fyne.NewMenuItemSeparator(), export, exportAnim, fyne.NewMenuItemSeparator(), quit)

	zin := fyne.NewMenuItem("Zoom In", w.Map.ZoomIn)
	zin.Shortcut = shortcutZoomIn
	zout := fyne.NewMenuItem("Zoom Out", w.Map.ZoomOut)
	zout.Shortcut = shortcutZoomOut
	home := fyne.NewMenuItem("Opening View", w.Map.Home)
	layers := fyne.NewMenuItem("Layers", func() { w.tabs.SelectIndex(1) })
	sources := fyne.NewMenuItem("Sources", func() { w.tabs.SelectIndex(2) })
	clear := fyne.NewMenuItem("Clear Selection", w.Map.ClearSelection)
	find := fyne.NewMenuItem("Find Place…", func() { w.find.focus(w.Win.Canvas()) })
	find.Shortcut = shortcutFind
	view := fyne.NewMenu("View", find, fyne.NewMenuItemSeparator(), zin, zout, home, fyne.NewMenuItemSeparator(), layers, sources, clear)

	help := fyne.NewMenu("Help",
		fyne.NewMenuItem("Keyboard Shortcuts", w.showShortcuts),
		fyne.NewMenuItem("About News Atlas", w.showAbout),
	)
	return fyne.NewMainMenu(file, view, help)
}

// addShortcuts makes the shortcuts work whatever has the focus.
func (w *Window) addShortcuts() {
	c := w.Win.Canvas()
	c.AddShortcut(shortcutOpen, func(fyne.Shortcut) { w.showOpen() })
	c.AddShortcut(shortcutExport, func(fyne.Shortcut) { w.showExport() })
	c.AddShortcut(shortcutSave, func(fyne.Shortcut) { w.showSaveProject() })
	c.AddShortcut(shortcutQuit, func(fyne.Shortcut) { w.quit() })
	w.addUndoOpen()
	c.AddShortcut(shortcutZoomIn, func(fyne.Shortcut) { w.Map.ZoomIn() })
	c.AddShortcut(shortcutZoomIn2, func(fyne.Shortcut) { w.Map.ZoomIn() })
	c.AddShortcut(shortcutZoomOut, func(fyne.Shortcut) { w.Map.ZoomOut() })
	c.AddShortcut(shortcutFind, func(fyne.Shortcut) { w.find.focus(c) })
}
