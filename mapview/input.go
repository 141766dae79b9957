package mapview

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"github.com/paulmach/orb"

	"newsatlas/atlas"
	"newsatlas/layer"
)

// Dragged pans the map with the pointer.
func (m *Map) Dragged(e *fyne.DragEvent) {
	m.mu.Lock()
	s := float64(m.view.PixelScale())
	m.view = m.view.Pan(float64(e.Dragged.DX)*s, float64(e.Dragged.DY)*s)
	m.fitting = false
	m.stopFlight()
	m.tipText = ""
	m.mu.Unlock()
	m.request()
}

// DragEnd implements fyne.Draggable.
func (m *Map) DragEnd() {}

// Scrolled zooms about the pointer: a wheel notch is half a zoom level, a
// touchpad's small deltas zoom smoothly.
func (m *Map) Scrolled(e *fyne.ScrollEvent) {
	dz := float64(e.Scrolled.DY) / 50
	m.ZoomAt(e.Position, max(-1, min(1, dz)))
}

// ZoomAt zooms by dz levels keeping the point under pos in place.
func (m *Map) ZoomAt(pos fyne.Position, dz float64) {
	m.mu.Lock()
	s := float32(m.view.PixelScale())
	m.view = m.view.ZoomAt(float64(pos.X*s), float64(pos.Y*s), dz)
	m.fitting = false
	m.stopFlight()
	m.mu.Unlock()
	m.request()
}

var _ fyne.SecondaryTappable = (*Map)(nil)

// Tapped selects the topmost feature under the pointer, or clears the
// selection on empty map.
func (m *Map) Tapped(e *fyne.PointEvent) {
	if c := fyne.CurrentApp().Driver().CanvasForObject(m); c != nil {
		c.Focus(m)
	}
	m.IdentifyAt(e.Position)
}

// TappedSecondary implements fyne.SecondaryTappable: a right-click calls
// OnSecondaryTap (the window's context menu). The map takes the keys.
func (m *Map) TappedSecondary(e *fyne.PointEvent) {
	if c := fyne.CurrentApp().Driver().CanvasForObject(m); c != nil {
		c.Focus(m)
	}
	if m.OnSecondaryTap != nil {
		m.OnSecondaryTap(e.Position, e.AbsolutePosition)
	}
}

// IdentifyAt selects the topmost feature at pos on the map, as a click
// there does, or clears the selection on empty map, and tells OnSelect.
func (m *Map) IdentifyAt(pos fyne.Position) {
	hits := m.atlas.Identify(m.LonLatAt(pos), m.View())
	var ref *layer.Ref
	if len(hits) > 0 {
		r := hits[0].Ref
		ref = &r
	}
	m.Select(ref)
	if m.OnSelect != nil {
		m.OnSelect(hits)
	}
}

// DoubleTapped zooms in one level about the pointer.
func (m *Map) DoubleTapped(e *fyne.PointEvent) {
	m.ZoomAt(e.Position, 1)
}

// ClearSelection drops the selection and tells OnSelect.
func (m *Map) ClearSelection() {
	m.Select(nil)
	if m.OnSelect != nil {
		m.OnSelect(nil)
	}
}

// MouseIn implements desktop.Hoverable.
func (m *Map) MouseIn(e *desktop.MouseEvent) { m.MouseMoved(e) }

// MouseMoved reports the cursor's lon/lat and highlights the feature under
// it; over a pin it shows the pin's name. The hit test runs off the UI
// goroutine, coalesced like frames: a fast pointer costs one test at a
// time, of its latest position.
func (m *Map) MouseMoved(e *desktop.MouseEvent) {
	if m.OnCursor != nil {
		m.OnCursor(m.LonLatAt(e.Position), true)
	}
	m.mu.Lock()
	m.hoverAt, m.hoverNew, m.hoverOut = e.Position, true, false
	if m.hovering {
		m.mu.Unlock()
		return
	}
	m.hovering = true
	// The snapshot of the atlas the frame on screen was drawn from: the
	// UI goroutine may change the atlas while the test runs.
	snap := m.snap
	m.mu.Unlock()
	go m.hoverLoop(snap)
}

func (m *Map) hoverLoop(a *atlas.Atlas) {
	for {
		m.mu.Lock()
		pos, v := m.hoverAt, m.view
		m.hoverNew = false
		m.mu.Unlock()
		s := float32(v.PixelScale())
		hits := a.Identify(v.PixelToLonLat(float64(pos.X*s), float64(pos.Y*s)), v)
		m.gate.Do(func() { m.hovered(hits, pos) })
		m.mu.Lock()
		if !m.hoverNew {
			m.hovering = false
			m.idle.Broadcast()
			m.mu.Unlock()
			return
		}
		m.mu.Unlock()
	}
}

// hovered applies a hover hit test's result on the UI goroutine.
func (m *Map) hovered(hits []atlas.Hit, pos fyne.Position) {
	var ref *layer.Ref
	var hit *atlas.Hit
	if len(hits) > 0 {
		hit = &hits[0]
		r := hit.Ref
		ref = &r
	}
	m.mu.Lock()
	out := m.hoverOut
	m.mu.Unlock()
	if out {
		return
	}
	tip := ""
	if ref != nil && isPoint(ref) {
		tip = hit.Name()
	}
	m.mu.Lock()
	tipChanged := tip != m.tipText || (tip != "" && pos != m.tipAt)
	m.tipText, m.tipAt = tip, pos
	same := (ref == nil && m.hover == nil) || (ref != nil && m.hover != nil && *ref == *m.hover)
	m.hover = ref
	m.mu.Unlock()
	if same {
		if tipChanged {
			m.Refresh()
		}
		return
	}
	m.request()
	if m.OnHover != nil {
		m.OnHover(hit)
	}
}

// viewMoved updates what the pointer is over once a frame of a new view
// shows under a pointer that did not move (keys, buttons, a fly-to): the
// lon/lat OnCursor reports and the hovered feature.
func (m *Map) viewMoved() {
	m.mu.Lock()
	pos, in := m.hoverAt, !m.hoverOut
	m.mu.Unlock()
	if in {
		m.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: pos}})
	}
}

// MouseOut implements desktop.Hoverable.
func (m *Map) MouseOut() {
	m.mu.Lock()
	tip := m.tipText != ""
	m.tipText = ""
	m.mu.Unlock()
	if tip {
		m.Refresh()
	}
	if m.OnCursor != nil {
		m.OnCursor(orb.Point{}, false)
	}
	m.mu.Lock()
	had := m.hover != nil
	m.hover, m.hoverOut = nil, true
	m.mu.Unlock()
	if had {
		m.request()
		if m.OnHover != nil {
			m.OnHover(nil)
		}
	}
}

// HoverName is the name shown in the tooltip, "" when none is shown.
func (m *Map) HoverName() string {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.tipText
}

func isPoint(r *layer.Ref) bool {
	if !r.Valid() {
		return false
	}
	switch r.Layer.Features[r.Feature].Geometry.(type) {
	case orb.Point, orb.MultiPoint:
		return true
	}
	return false
}
