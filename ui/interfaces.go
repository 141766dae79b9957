package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// The window's own widgets and their renderers.
var (
	_ fyne.Widget         = (*linkWord)(nil) // a word of the article that names a place
	_ fyne.Tappable       = (*linkWord)(nil)
	_ desktop.Cursorable  = (*linkWord)(nil)
	_ fyne.WidgetRenderer = (*linkRenderer)(nil)

	_ fyne.Widget         = (*flowText)(nil) // the article's words, wrapped
	_ fyne.WidgetRenderer = (*flowRenderer)(nil)

	_ fyne.Widget         = (*tickMarks)(nil) // the timeline's change dates
	_ fyne.WidgetRenderer = (*tickRenderer)(nil)
)
