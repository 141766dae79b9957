// Package mapview is the Fyne map widget: it keeps the viewport, turns
// pointer and keyboard input into pans, zooms and clicks, draws through
// the engine's renderer off the UI goroutine and hit-tests through the
// engine's Identify, the same code paths as the command line.
package mapview

import (
	"image"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"
	"github.com/paulmach/orb"

	"newsatlas/atlas"
	"newsatlas/render"
)

// Map shows an atlas and lets the user move around it and click features.
type Map struct {
	widget.BaseWidget

	// OnSelect is called on the UI goroutine with the features under a
	// click, topmost first (empty when the click hit nothing).
	OnSelect func(hits []atlas.Hit)

	atlas *atlas.Atlas

	mu       sync.Mutex
	view     render.Viewport // in device pixels
	scene    *render.Scene
	selected *render.Ref
	pending  bool // a render is queued
	dirty    bool // something changed while rendering

	img *canvas.Image
}

// New returns a map widget showing a, on its opening view.
func New(a *atlas.Atlas) *Map {
	m := &Map{atlas: a}
	m.img = canvas.NewImageFromImage(image.NewRGBA(image.Rect(0, 0, 1, 1)))
	m.img.FillMode = canvas.ImageFillStretch
	m.img.ScaleMode = canvas.ImageScaleFastest
	m.ExtendBaseWidget(m)
	return m
}

// CreateRenderer implements fyne.Widget.
func (m *Map) CreateRenderer() fyne.WidgetRenderer {
	return &mapRenderer{m: m}
}

// View returns the current viewport (device pixels).
func (m *Map) View() render.Viewport {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.view
}

// SetView moves the map to v (its size is kept).
func (m *Map) SetView(v render.Viewport) {
	m.mu.Lock()
	v.Width, v.Height, v.Scale = m.view.Width, m.view.Height, m.view.Scale
	m.view = v
	m.mu.Unlock()
	m.Redraw()
}

// Redraw renders the atlas again (after a layer was toggled, say).
func (m *Map) Redraw() {
	m.mu.Lock()
	if m.view.Width == 0 {
		m.mu.Unlock()
		return
	}
	if m.pending {
		m.dirty = true
		m.mu.Unlock()
		return
	}
	m.pending = true
	m.mu.Unlock()
	scene := m.atlas.Scene()
	go m.renderLoop(scene)
}

// renderLoop draws off the UI goroutine and hands the image over.
func (m *Map) renderLoop(scene *render.Scene) {
	for {
		m.mu.Lock()
		v := m.view
		scene.Selected = m.selected
		m.mu.Unlock()
		img := m.atlas.Renderer.Render(scene, v)
		fyne.Do(func() {
			m.img.Image = img
			m.img.Refresh()
		})
		m.mu.Lock()
		if !m.dirty {
			m.pending = false
			m.mu.Unlock()
			return
		}
		m.dirty = false
		m.mu.Unlock()
		scene = m.sceneOnUI()
	}
}

// sceneOnUI takes a snapshot of the atlas's scene on the UI goroutine.
func (m *Map) sceneOnUI() *render.Scene {
	ch := make(chan *render.Scene, 1)
	fyne.Do(func() { ch <- m.atlas.Scene() })
	return <-ch
}

// resized adapts the viewport to a new widget size, keeping the centre;
// the first time it opens on the atlas's opening view.
func (m *Map) resized(size fyne.Size, scale float32) {
	w, h := int(size.Width*scale+0.5), int(size.Height*scale+0.5)
	if w < 1 || h < 1 {
		return
	}
	m.mu.Lock()
	first := m.view.Width == 0
	if first {
		m.view = m.atlas.OpeningView(w, h)
	}
	m.view.Width, m.view.Height, m.view.Scale = w, h, float64(scale)
	m.mu.Unlock()
	m.Redraw()
}

// LonLatAt is the lon/lat under a position in the widget.
func (m *Map) LonLatAt(pos fyne.Position) orb.Point {
	v := m.View()
	s := float32(v.PixelScale())
	return v.PixelToLonLat(float64(pos.X*s), float64(pos.Y*s))
}

type mapRenderer struct{ m *Map }

func (r *mapRenderer) Layout(size fyne.Size) {
	r.m.img.Resize(size)
	scale := float32(1)
	if c := fyne.CurrentApp().Driver().CanvasForObject(r.m); c != nil {
		scale = c.Scale()
	}
	r.m.resized(size, scale)
}
func (r *mapRenderer) MinSize() fyne.Size           { return fyne.NewSize(200, 150) }
func (r *mapRenderer) Refresh()                     { r.m.img.Refresh() }
func (r *mapRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.m.img} }
func (r *mapRenderer) Destroy()                     {}
