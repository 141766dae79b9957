package mapview

import (
	"fyne.io/fyne/v2"
)

// Dragged pans the map with the pointer.
func (m *Map) Dragged(e *fyne.DragEvent) {
	m.mu.Lock()
	s := float64(m.view.PixelScale())
	m.view = m.view.Pan(float64(e.Dragged.DX)*s, float64(e.Dragged.DY)*s)
	m.mu.Unlock()
	m.Redraw()
}

// DragEnd implements fyne.Draggable.
func (m *Map) DragEnd() {}

// Scrolled zooms about the pointer.
func (m *Map) Scrolled(e *fyne.ScrollEvent) {
	dz := float64(e.Scrolled.DY) / 120
	if dz > 1 {
		dz = 1
	} else if dz < -1 {
		dz = -1
	}
	m.ZoomAt(e.Position, dz)
}

// ZoomAt zooms by dz levels keeping the point under pos in place.
func (m *Map) ZoomAt(pos fyne.Position, dz float64) {
	m.mu.Lock()
	s := float32(m.view.PixelScale())
	m.view = m.view.ZoomAt(float64(pos.X*s), float64(pos.Y*s), dz)
	m.mu.Unlock()
	m.Redraw()
}

// Tapped selects the topmost feature under the pointer.
func (m *Map) Tapped(e *fyne.PointEvent) {
	hits := m.atlas.Identify(m.LonLatAt(e.Position), m.View())
	m.mu.Lock()
	if len(hits) > 0 {
		ref := hits[0].Ref
		m.selected = &ref
	} else {
		m.selected = nil
	}
	m.mu.Unlock()
	m.Redraw()
	if m.OnSelect != nil {
		m.OnSelect(hits)
	}
}
