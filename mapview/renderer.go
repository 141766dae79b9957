package mapview

import (
	"image"
	"image/color"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
)

// mapRenderer owns the map's canvas objects, the frame's image and the
// hover tooltip, and puts on them what the Map's state says: the latest
// frame, lined up with the current view, and the tooltip's text beside
// the pointer. The Map itself holds no canvas object (Fyne's pattern: the
// widget holds the state, its renderer what shows it).
type mapRenderer struct {
	m *Map

	// mu serialises Layout and Refresh. They run on the UI goroutine in
	// an app; Fyne's test driver runs fyne.Do callbacks on the calling
	// goroutine (the draw loop's), and this keeps tests race-free too.
	mu    sync.Mutex
	img   *canvas.Image
	drawn int // the number of the frame img holds (Map.frames)
	box   *canvas.Rectangle
	text  *canvas.Text
}

func newMapRenderer(m *Map) *mapRenderer {
	r := &mapRenderer{
		m:    m,
		img:  canvas.NewImageFromImage(image.NewRGBA(image.Rect(0, 0, 1, 1))),
		box:  canvas.NewRectangle(color.NRGBA{0x20, 0x20, 0x20, 0xe0}),
		text: canvas.NewText("", color.White),
	}
	r.img.FillMode = canvas.ImageFillStretch
	r.img.ScaleMode = canvas.ImageScaleFastest
	r.box.CornerRadius = 3
	r.text.TextSize = theme.TextSize() * 0.9
	r.box.Hide()
	r.text.Hide()
	return r
}

// Layout implements fyne.WidgetRenderer: the map's view takes the new
// size, and until the first frame shows the placeholder image fills it.
func (r *mapRenderer) Layout(size fyne.Size) {
	scale := float32(1)
	if c := fyne.CurrentApp().Driver().CanvasForObject(r.m); c != nil {
		scale = c.Scale()
	}
	r.m.mu.Lock()
	shown := r.m.shown.Width != 0
	r.m.mu.Unlock()
	if !shown {
		r.mu.Lock()
		r.img.Move(fyne.NewPos(0, 0))
		r.img.Resize(size)
		r.mu.Unlock()
	}
	r.m.resized(size, scale)
	r.Refresh()
}

// MinSize implements fyne.WidgetRenderer.
func (r *mapRenderer) MinSize() fyne.Size { return fyne.NewSize(240, 180) }

// Refresh implements fyne.WidgetRenderer. A new frame replaces the image
// (and so its texture); otherwise the image only moves and scales, to
// line up with a view that moved on while the next frame is drawn.
func (r *mapRenderer) Refresh() {
	m := r.m
	m.mu.Lock()
	frame, n, sh, v := m.frame, m.frames, m.shown, m.view
	tip, at := m.tipText, m.tipAt
	m.mu.Unlock()

	r.mu.Lock()
	defer r.mu.Unlock()
	if n != r.drawn && frame != nil {
		r.img.Image, r.drawn = frame, n
		r.img.Refresh()
	}
	if sh.Width != 0 && v.Width != 0 {
		pos, size := imageRect(sh, v)
		r.img.Move(pos)
		r.img.Resize(size)
	}
	r.tooltip(tip, at)
}

// tooltip shows text just right of and above pos, or hides the tooltip
// when text is "".
func (r *mapRenderer) tooltip(text string, pos fyne.Position) {
	if text == "" {
		r.box.Hide()
		r.text.Hide()
		return
	}
	if r.text.Text != text || !r.text.Visible() {
		r.text.Text = text
		r.text.Refresh()
	}
	ts := r.text.MinSize()
	p := fyne.NewPos(pos.X+14, pos.Y-ts.Height-10)
	r.text.Move(p.AddXY(6, 2))
	r.text.Resize(ts)
	r.box.Move(p)
	r.box.Resize(ts.AddWidthHeight(12, 4))
	r.box.Show()
	r.text.Show()
}

// Objects implements fyne.WidgetRenderer.
func (r *mapRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.img, r.box, r.text}
}

// Destroy implements fyne.WidgetRenderer: the frame is dropped with the
// renderer, so that a closed map holds no image.
func (r *mapRenderer) Destroy() {
	r.mu.Lock()
	r.img.Image = nil
	r.mu.Unlock()
}
