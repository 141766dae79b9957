// Package mapview is the Fyne map widget: it keeps the viewport, turns
// pointer and keyboard input into pans, zooms and clicks, draws through
// the engine's renderer off the UI goroutine and hit-tests through the
// engine's Identify, the same code paths as the command line.
package mapview

import (
	"context"
	"image"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
	"github.com/paulmach/orb"

	"newsatlas/atlas"
	"newsatlas/internal/gate"
	"newsatlas/layer"
	"newsatlas/render"
)

// Map shows an atlas and lets the user move around it and click features.
// Its exported callbacks are called on the UI goroutine.
type Map struct {
	widget.BaseWidget

	// OnSelect is called with the features under a click, topmost first
	// (empty when the click hit nothing or the selection was cleared).
	OnSelect func(hits []atlas.Hit)
	// OnHover is called when the feature under the pointer changes (nil
	// when there is none).
	OnHover func(hit *atlas.Hit)
	// OnCursor is called as the pointer moves with the lon/lat under it;
	// ok is false when the pointer left the map.
	OnCursor func(p orb.Point, ok bool)
	// OnView is called after a frame is shown, with the view it shows.
	OnView func(v render.Viewport)
	// OnFocusLost is called when another widget takes the keyboard focus
	// from the map, before that widget has it.
	OnFocusLost func()
	// OnSecondaryTap is called on a right-click with where it fell: on the
	// map (pos) and in the window (abs), for a context menu.
	OnSecondaryTap func(pos, abs fyne.Position)
	// Animate makes FlyTo glide instead of jump.
	Animate bool

	atlas  *atlas.Atlas
	drawer *render.View // the renderer's kept frame and tile pyramid for this map
	gate   gate.Gate    // what the map's goroutines hand the UI goroutine; shut by Close

	mu       sync.Mutex
	idle     *sync.Cond
	view     render.Viewport // in device pixels
	shown    render.Viewport // the view of the image on screen
	initial  *render.Viewport
	fitting  bool         // refit the view on resize, until the user moves it
	fitBound *orb.Bound   // what to fit: nil for the opening view
	snap     *atlas.Atlas // snapshot of the atlas, taken on the UI goroutine by Redraw

	// scene is snap's scene of a view where Aleppo is in view or not, as
	// sceneAleppo says (a scene depends on its view through that alone);
	// nil until drawLoop makes it.
	scene       *render.Scene
	sceneAleppo bool

	selected *layer.Ref
	hover    *layer.Ref
	emphasis *layer.Ref
	flight   int  // the number of the current flight; bumping it cancels
	flying   bool // a flight is in progress
	flown    int  // the steps of the latest flight shown so far
	pending  bool // a render goroutine is running
	loops    int  // draw goroutines running, prefetching ones too
	dirty    bool // something changed while it rendered
	frames   int
	moving   int           // frames drawn from the tile pyramid
	wake     chan struct{} // a request while drawLoop waits to settle
	// moot cancels the work the next request makes moot: the exact frame
	// of a view at rest, or the tiles drawn ahead while it rests
	// (render.View.Prefetch).
	moot context.CancelFunc
	// frameTime is how long the last frame took to draw, frameExact
	// whether it was drawn exactly.
	frameTime  time.Duration
	frameExact bool

	hoverAt  fyne.Position // the latest pointer position to hit-test
	hoverNew bool          // hoverAt changed since the test started
	hovering bool          // a hover hit test is running
	hoverOut bool          // the pointer is not over the map (it left, or never came)

	// frame is the latest frame drawn, of the view shown; the renderer
	// puts it on screen (see mapRenderer).
	frame image.Image
	// tipText is the name the tooltip shows beside the pointer at tipAt,
	// "" when the pointer is over no pin.
	tipText string
	tipAt   fyne.Position
}

// New returns a map widget showing a, on its opening view.
func New(a *atlas.Atlas) *Map {
	m := &Map{atlas: a, drawer: a.Renderer.NewView(), fitting: true, hoverOut: true, wake: make(chan struct{}, 1)}
	m.idle = sync.NewCond(&m.mu)
	m.frame = image.NewRGBA(image.Rect(0, 0, 1, 1))
	m.snap = a.Snapshot()
	m.ExtendBaseWidget(m)
	return m
}

// Close ends the map's work for the UI goroutine before the app quits: a
// frame being drawn, a hover test or a flight under way finishes without
// handing anything over, and nothing new starts. Fyne panics when a
// goroutine hands it work after the app stopped; call Close first.
func (m *Map) Close() {
	m.gate.Close()
	m.mu.Lock()
	m.stopFlight()
	if m.moot != nil {
		m.moot()
		m.moot = nil
	}
	m.mu.Unlock()
}

// CreateRenderer implements fyne.Widget.
func (m *Map) CreateRenderer() fyne.WidgetRenderer {
	return newMapRenderer(m)
}

// Atlas is the atlas the map shows.
func (m *Map) Atlas() *atlas.Atlas { return m.atlas }

// View returns the current viewport (device pixels).
func (m *Map) View() render.Viewport {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.view
}

// SetInitialView makes the map open on v (centre and zoom) instead of the
// atlas's opening view; it only counts before anything else set the view.
func (m *Map) SetInitialView(v render.Viewport) {
	m.mu.Lock()
	if !m.fitting { // the view was set already
		m.mu.Unlock()
		return
	}
	m.fitting = false
	if m.view.Width == 0 {
		m.initial = &v
		m.mu.Unlock()
		return
	}
	m.view.Center, m.view.Zoom = v.Center, clampZoom(v.Zoom)
	m.mu.Unlock()
	m.request()
}

// SetView moves the map to v's centre and zoom (its size is kept).
func (m *Map) SetView(v render.Viewport) {
	m.mu.Lock()
	m.fitting, m.fitBound = false, nil
	m.stopFlight()
	if m.view.Width == 0 {
		m.initial = &v
		m.mu.Unlock()
		return
	}
	v.Width, v.Height, v.Scale = m.view.Width, m.view.Height, m.view.Scale
	v.Zoom = clampZoom(v.Zoom)
	m.view = v
	m.mu.Unlock()
	m.request()
}

// Selected is the selected feature, or nil.
func (m *Map) Selected() *layer.Ref {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.selected
}

// Select outlines a feature (nil clears the selection). It does not call
// OnSelect.
func (m *Map) Select(ref *layer.Ref) {
	m.mu.Lock()
	m.selected = ref
	m.mu.Unlock()
	m.request()
}

// Emphasize draws a pin larger (nil for none).
func (m *Map) Emphasize(ref *layer.Ref) {
	m.mu.Lock()
	m.emphasis = ref
	m.mu.Unlock()
	m.request()
}

// Redraw takes a new snapshot of the atlas (after a layer was toggled, the
// date changed, a file was opened) and draws it. Call it on the UI
// goroutine.
func (m *Map) Redraw() {
	snap := m.atlas.Snapshot()
	m.mu.Lock()
	m.snap, m.scene = snap, nil
	m.mu.Unlock()
	m.request()
}

// LonLatAt is the lon/lat under a position in the widget.
func (m *Map) LonLatAt(pos fyne.Position) orb.Point {
	v := m.View()
	s := float32(v.PixelScale())
	return v.PixelToLonLat(float64(pos.X*s), float64(pos.Y*s))
}

// PositionOf is where a lon/lat is in the widget, in logical pixels.
func (m *Map) PositionOf(p orb.Point) fyne.Position {
	v := m.View()
	x, y := v.LonLatToPixel(p)
	s := v.PixelScale()
	return fyne.NewPos(float32(x/s), float32(y/s))
}

// Image is the latest frame, the image on screen.
func (m *Map) Image() image.Image {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.frame
}

// Frames is the number of frames shown so far.
func (m *Map) Frames() int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.frames
}

// WaitIdle blocks until no frame is being drawn, no flight is under way
// and no hover hit test runs: the image on screen is the latest view.
// Tests use it; never call it on the UI goroutine of a running app.
func (m *Map) WaitIdle() {
	m.mu.Lock()
	for m.pending || m.flying || m.hovering {
		m.idle.Wait()
	}
	m.mu.Unlock()
}

// WaitRest is WaitIdle that waits for the tiles drawn ahead while the
// view rests too: the map is at rest, its memory what it keeps. Tests
// and benchmarks use it; never call it on the UI goroutine of a running
// app.
func (m *Map) WaitRest() {
	m.mu.Lock()
	for m.pending || m.flying || m.hovering || m.loops > 0 {
		m.idle.Wait()
	}
	m.mu.Unlock()
}

// resized adapts the viewport to a new widget size, keeping the centre;
// the first time it opens on the initial or the atlas's opening view.
func (m *Map) resized(size fyne.Size, scale float32) {
	w, h := int(size.Width*scale+0.5), int(size.Height*scale+0.5)
	if w < 1 || h < 1 {
		return
	}
	m.mu.Lock()
	if m.view.Width == w && m.view.Height == h && m.view.Scale == float64(scale) {
		m.mu.Unlock()
		return
	}
	switch {
	case m.fitting && m.fitBound != nil:
		m.view = render.Fit(*m.fitBound, w, h, 32*float64(scale))
	case m.fitting:
		m.view = m.atlas.OpeningView(w, h)
	case m.view.Width == 0 && m.initial != nil:
		m.view = *m.initial
	}
	m.view.Width, m.view.Height, m.view.Scale = w, h, float64(scale)
	m.mu.Unlock()
	m.request()
}

func clampZoom(z float64) float64 {
	return max(render.MinZoom, min(render.MaxZoom, z))
}
