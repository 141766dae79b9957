package mapview

import (
	"math"
	"time"

	"fyne.io/fyne/v2"
	"github.com/paulmach/orb"

	"newsatlas/layer"
	"newsatlas/render"
	"newsatlas/webmerc"
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
	m.stopFlight()
	m.mu.Unlock()
	m.request()
}

// PanBy pans by dx, dy logical pixels (the map moves that way).
func (m *Map) PanBy(dx, dy float32) {
	m.mu.Lock()
	s := float32(m.view.PixelScale())
	m.view = m.view.Pan(float64(dx*s), float64(dy*s))
	m.fitting = false
	m.stopFlight()
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
func (m *Map) ZoomToFeature(ref layer.Ref) {
	if !ref.Valid() {
		return
	}
	g := ref.Layer.Features[ref.Feature].Geometry
	if g == nil {
		return
	}
	m.ZoomToBound(g.Bound())
}

// FlyDuration is how long FlyTo takes when animated.
const FlyDuration = 400 * time.Millisecond

// FlySteps is how many views an animated FlyTo passes through, the last
// being the destination: one each sixtieth of a second over FlyDuration.
// A slow machine takes longer but shows every step.
const FlySteps = 24

// FlyTo centres the map on p, zoomed in to at least zoom; with Animate set
// it glides there in FlySteps steps over FlyDuration. Any other move
// cancels the flight.
func (m *Map) FlyTo(p orb.Point, zoom float64) {
	from := m.View()
	to := from
	to.Center = p
	to.Zoom = math.Max(from.Zoom, zoom)
	if from.Width == 0 || !m.Animate {
		m.SetView(to)
		return
	}
	m.mu.Lock()
	m.flight++
	id := m.flight
	m.flying = true
	m.flown = 0
	m.fitting, m.fitBound = false, nil
	m.mu.Unlock()
	go m.fly(id, from, to)
}

// flightPath is the views of a flight: the centre moves the short way
// round the world in Web Mercator, easing in and out, as the zoom does.
type flightPath struct {
	from, to render.Viewport
	a, b     orb.Point // the centres in Web Mercator, b maybe beyond 0..1
}

func newFlightPath(from, to render.Viewport) flightPath {
	a, b := webmerc.Point(from.Center), webmerc.Point(to.Center)
	if d := b[0] - a[0]; d > 0.5 { // the short way round
		b[0] -= 1
	} else if d < -0.5 {
		b[0] += 1
	}
	return flightPath{from: from, to: to, a: a, b: b}
}

// at is the view at step i of FlySteps (the destination at FlySteps).
func (p flightPath) at(i int) render.Viewport {
	if i >= FlySteps {
		return p.to
	}
	t := float64(i) / FlySteps
	e := t * t * (3 - 2*t) // ease in and out
	c := orb.Point{p.a[0] + (p.b[0]-p.a[0])*e, p.a[1] + (p.b[1]-p.a[1])*e}
	c[0] -= math.Floor(c[0])
	v := p.from
	v.Center = webmerc.Inverse(c)
	v.Zoom = p.from.Zoom + (p.to.Zoom-p.from.Zoom)*e
	return v
}

// fly steps a flight, one step a tick (frames coalesce when drawing is
// slower).
func (m *Map) fly(id int, from, to render.Viewport) {
	path := newFlightPath(from, to)
	tick := time.NewTicker(FlyDuration / FlySteps)
	defer tick.Stop()
	for i := 1; i <= FlySteps; i++ {
		<-tick.C
		v := path.at(i)
		m.gate.Do(func() {
			m.mu.Lock()
			if m.flight != id {
				m.mu.Unlock()
				return
			}
			m.view.Center, m.view.Zoom = v.Center, v.Zoom
			m.flown++
			m.mu.Unlock()
			m.request()
		})
		m.mu.Lock()
		cancelled := m.flight != id
		m.mu.Unlock()
		if cancelled {
			break
		}
	}
	m.mu.Lock()
	if m.flight == id {
		m.flying = false
		m.idle.Broadcast()
	}
	m.mu.Unlock()
}

// stopFlight cancels a flight in progress; call with m.mu held.
func (m *Map) stopFlight() {
	m.flight++
	if m.flying {
		m.flying = false
		m.idle.Broadcast()
	}
}

// FocusGained implements fyne.Focusable.
func (m *Map) FocusGained() {}

// FocusLost implements fyne.Focusable; it calls OnFocusLost.
func (m *Map) FocusLost() {
	if m.OnFocusLost != nil {
		m.OnFocusLost()
	}
}

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
