package mapview

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
)

// mapRenderer lays out the map image and the hover tooltip.
type mapRenderer struct{ m *Map }

// Layout implements fyne.WidgetRenderer.
func (r *mapRenderer) Layout(size fyne.Size) {
	scale := float32(1)
	if c := fyne.CurrentApp().Driver().CanvasForObject(r.m); c != nil {
		scale = c.Scale()
	}
	r.m.mu.Lock()
	shown := r.m.shown.Width != 0
	r.m.mu.Unlock()
	if !shown {
		r.m.imgMu.Lock()
		r.m.img.Move(fyne.NewPos(0, 0))
		r.m.img.Resize(size)
		r.m.imgMu.Unlock()
	}
	r.m.resized(size, scale)
	r.m.place()
}

// MinSize implements fyne.WidgetRenderer.
func (r *mapRenderer) MinSize() fyne.Size { return fyne.NewSize(240, 180) }

// Refresh implements fyne.WidgetRenderer.
func (r *mapRenderer) Refresh() {
	r.m.imgMu.Lock()
	r.m.img.Refresh()
	r.m.imgMu.Unlock()
	r.m.tip.refresh()
}

// Objects implements fyne.WidgetRenderer.
func (r *mapRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.m.img, r.m.tip.box, r.m.tip.text}
}

// Destroy implements fyne.WidgetRenderer.
func (r *mapRenderer) Destroy() {}

// tooltip is the name shown beside the pointer over a pin.
type tooltip struct {
	box  *canvas.Rectangle
	text *canvas.Text
}

func newTooltip() *tooltip {
	t := &tooltip{
		box:  canvas.NewRectangle(color.NRGBA{0x20, 0x20, 0x20, 0xe0}),
		text: canvas.NewText("", color.White),
	}
	t.box.CornerRadius = 3
	t.text.TextSize = theme.TextSize() * 0.9
	t.box.Hide()
	t.text.Hide()
	return t
}

// show puts the text just right of and above pos.
func (t *tooltip) show(text string, pos fyne.Position) {
	t.text.Text = text
	ts := t.text.MinSize()
	p := fyne.NewPos(pos.X+14, pos.Y-ts.Height-10)
	t.text.Move(p.AddXY(6, 2))
	t.text.Resize(ts)
	t.box.Move(p)
	t.box.Resize(ts.AddWidthHeight(12, 4))
	t.box.Show()
	t.text.Show()
	t.refresh()
}

func (t *tooltip) hide() {
	t.box.Hide()
	t.text.Hide()
}

func (t *tooltip) refresh() {
	t.box.Refresh()
	t.text.Refresh()
}
