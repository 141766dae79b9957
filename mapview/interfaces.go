package mapview

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// The map is a widget that takes taps, double taps, drags, the wheel, the
// keyboard and the pointer; its renderer is a widget renderer.
var (
	_ fyne.Widget         = (*Map)(nil)
	_ fyne.Tappable       = (*Map)(nil)
	_ fyne.DoubleTappable = (*Map)(nil)
	_ fyne.Draggable      = (*Map)(nil)
	_ fyne.Scrollable     = (*Map)(nil)
	_ fyne.Focusable      = (*Map)(nil)
	_ desktop.Hoverable   = (*Map)(nil)

	_ fyne.WidgetRenderer = (*mapRenderer)(nil)
)
