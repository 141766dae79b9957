package mapview

import (
	"math"

	"fyne.io/fyne/v2"
	"github.com/paulmach/orb"

	"newsatlas/render"
)

// PanStep is how far, in logical pixels, an arrow key pans.
const PanStep = 80

// ZoomIn zooms one level in about the centre.
func (m *Map) ZoomIn() { m.zoomCentre(1) }

// ZoomOut zooms one level out about the centre.
func (m *Map) ZoomOut() { m.zoomCentre(-1) }

func (m *Map) zoomCentre(dz float64) {
	m.mu.Lock()
	m.view.Zoom = clampZoom(m.view.Zoom + dz)
	m.fitting = false
	m.mu.Unlock()
	m.request()
}

// PanBy pans by dx, dy logical pixels (the map moves that way).
func (m *Map) PanBy(dx, dy float32) {
	m.mu.Lock()
	s := float32(m.view.PixelScale())
	m.view = m.view.Pan(float64(dx*s), float64(dy*s))
	m.fitting = false
	m.mu.Unlock()
	m.request()
}

// Home goes back to the opening view.
func (m *Map) Home() {
	v := m.View()
	if v.Width == 0 {
		return
	}
	m.SetView(m.atlas.OpeningView(v.Width, v.Height))
}

// ZoomToBound fits the lon/lat bound b in the view.
func (m *Map) ZoomToBound(b orb.Bound) {
	v := m.View()
	if b.IsEmpty() {
		return
	}
	if v.Width == 0 { // not laid out yet: fit when it is
		m.mu.Lock()
		m.fitting, m.fitBound = true, &b
		m.mu.Unlock()
		return
	}
	f := render.Fit(b, v.Width, v.Height, 32*v.PixelScale())
	if b.Min == b.Max { // a point: a city-sized view at least
		f.Zoom = math.Max(v.Zoom, 10)
	} else {
		defer func() {
			// Fit again when the map changes size, until the user moves it.
			m.mu.Lock()
			m.fitting, m.fitBound = true, &b
			m.mu.Unlock()
		}()
	}
	m.SetView(f)
}

// ZoomToLayer fits the named layer in the view.
func (m *Map) ZoomToLayer(name string) {
	if l := m.atlas.Layer(name); l != nil && l.Layer != nil {
		m.ZoomToBound(l.Bound)
	}
}

// ZoomToFeature fits one feature in the view.
func (m *Map) ZoomToFeature(ref render.Ref) {
	if ref.Layer == nil || ref.Feature < 0 || ref.Feature >= len(ref.Layer.Features) {
		return
	}
	g := ref.Layer.Features[ref.Feature].Geometry
	if g == nil {
		return
	}
	m.ZoomToBound(g.Bound())
}

// FlyTo centres the map on p, zoomed in to at least zoom.
func (m *Map) FlyTo(p orb.Point, zoom float64) {
	v := m.View()
	v.Center = p
	v.Zoom = math.Max(v.Zoom, zoom)
	m.SetView(v)
}

// FocusGained implements fyne.Focusable.
func (m *Map) FocusGained() {}

// FocusLost implements fyne.Focusable.
func (m *Map) FocusLost() {}

// TypedRune handles + and - (zoom) and 0 (opening view).
func (m *Map) TypedRune(r rune) {
	switch r {
	case '+', '=':
		m.ZoomIn()
	case '-', '_':
		m.ZoomOut()
	case '0':
		m.Home()
	}
}

// TypedKey handles the arrows (pan), Home (opening view) and Escape
// (clear the selection).
func (m *Map) TypedKey(e *fyne.KeyEvent) {
	switch e.Name {
	case fyne.KeyLeft:
		m.PanBy(PanStep, 0)
	case fyne.KeyRight:
		m.PanBy(-PanStep, 0)
	case fyne.KeyUp:
		m.PanBy(0, PanStep)
	case fyne.KeyDown:
		m.PanBy(0, -PanStep)
	case fyne.KeyHome:
		m.Home()
	case fyne.KeyEscape:
		m.ClearSelection()
	}
}
