package ui

import (
	"image"
	"image/color"
	"image/draw"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"newsatlas/atlas"
	"newsatlas/internal/gate"
	"newsatlas/render"
)

// swipeHandle is the width of the swipe bar's grip, in logical pixels.
const swipeHandle = 12

// swipe compares two dates on the map: a bar across it, the map at the
// atlas's date (A, what the map itself draws) left of it and the map at
// date B right of it, each side captioned with its date. Drag the bar to
// move it. B is drawn off the UI goroutine for each view the map shows.
type swipe struct {
	widget.BaseWidget
	a    *atlas.Atlas
	gate *gate.Gate
	on   bool
	b    time.Time // the right side's date
	at   float32   // the bar's place, 0 to 1 of the width
	img  *image.RGBA
	// drawn is what img shows; want what it should.
	drawn, want swipeKey
	busy        bool
}

// swipeKey is what the right side's picture depends on.
type swipeKey struct {
	v      render.Viewport
	b      time.Time
	window atlas.Window
	layers int
}

var (
	_ fyne.Widget    = (*swipe)(nil)
	_ fyne.Draggable = (*swipeGrip)(nil)
)

func newSwipe(a *atlas.Atlas, g *gate.Gate) *swipe {
	s := &swipe{a: a, gate: g, at: 0.5}
	s.ExtendBaseWidget(s)
	s.Hide()
	return s
}

// start shows the bar with date b on its right.
func (s *swipe) start(b time.Time) {
	s.on, s.b, s.img = true, b, nil
	s.drawn = swipeKey{}
	s.Show()
	s.Refresh()
}

// stop hides the bar.
func (s *swipe) stop() {
	s.on, s.img = false, nil
	s.Hide()
}

// follow draws the right side again for view v, the view of the frame
// just drawn, unless it shows that already; one drawing at a time, the
// newest view winning.
func (s *swipe) follow(v render.Viewport) {
	if !s.on {
		return
	}
	s.want = swipeKey{v: v, b: s.b, window: s.a.Window, layers: len(s.a.Layers)}
	if s.want == s.drawn || s.busy {
		return
	}
	s.busy = true
	key := s.want
	snap := s.a.Snapshot()
	go func() {
		img := snap.DrawAt(key.v, key.b)
		s.gate.Do(func() {
			s.busy = false
			if !s.on {
				return
			}
			s.img, s.drawn = img, key
			s.Refresh()
			if s.want != key {
				s.follow(s.want.v)
			}
		})
	}()
}

// moveBy moves the bar dx logical pixels right.
func (s *swipe) moveBy(dx float32) {
	if w := s.Size().Width; w > 0 {
		s.at = min(max(s.at+dx/w, 0.02), 0.98)
		s.Refresh()
	}
}

// swipeGrip is the bar's strip along its length, the only part of the
// swipe that takes the pointer: the map beside it pans as ever.
type swipeGrip struct {
	widget.BaseWidget
	s    *swipe
	knob *canvas.Rectangle
}

func newSwipeGrip(s *swipe) *swipeGrip {
	g := &swipeGrip{s: s, knob: canvas.NewRectangle(color.NRGBA{0xff, 0xff, 0xff, 0xe8})}
	g.knob.StrokeColor = color.NRGBA{0x22, 0x22, 0x22, 0xff}
	g.knob.StrokeWidth = 1
	g.knob.CornerRadius = 3
	g.ExtendBaseWidget(g)
	return g
}

// Dragged implements fyne.Draggable: the bar follows the pointer.
func (g *swipeGrip) Dragged(e *fyne.DragEvent) { g.s.moveBy(e.Dragged.DX) }

// DragEnd implements fyne.Draggable.
func (g *swipeGrip) DragEnd() {}

// CreateRenderer implements fyne.Widget.
func (g *swipeGrip) CreateRenderer() fyne.WidgetRenderer {
	line := canvas.NewRectangle(color.NRGBA{0x22, 0x22, 0x22, 0xff})
	return &gripRenderer{g: g, line: line}
}

type gripRenderer struct {
	g    *swipeGrip
	line *canvas.Rectangle
}

func (r *gripRenderer) Layout(size fyne.Size) {
	r.line.Move(fyne.NewPos(size.Width/2-1, 0))
	r.line.Resize(fyne.NewSize(2, size.Height))
	r.g.knob.Move(fyne.NewPos(size.Width/2-swipeHandle/2, size.Height/2-24))
	r.g.knob.Resize(fyne.NewSize(swipeHandle, 48))
}
func (r *gripRenderer) MinSize() fyne.Size           { return fyne.NewSize(swipeHandle+6, 0) }
func (r *gripRenderer) Refresh()                     { r.Layout(r.g.Size()) }
func (r *gripRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.line, r.g.knob} }
func (r *gripRenderer) Destroy()                     {}

// CreateRenderer implements fyne.Widget.
func (s *swipe) CreateRenderer() fyne.WidgetRenderer {
	r := &swipeRenderer{s: s,
		right: canvas.NewImageFromImage(image.NewRGBA(image.Rect(0, 0, 1, 1))),
		grip:  newSwipeGrip(s),
		left:  canvas.NewText("", color.NRGBA{0x22, 0x22, 0x22, 0xff}),
		bText: canvas.NewText("", color.NRGBA{0x22, 0x22, 0x22, 0xff}),
		lBox:  canvas.NewRectangle(color.NRGBA{0xff, 0xff, 0xff, 0xe0}),
		bBox:  canvas.NewRectangle(color.NRGBA{0xff, 0xff, 0xff, 0xe0}),
	}
	r.right.FillMode = canvas.ImageFillStretch
	r.right.ScaleMode = canvas.ImageScaleFastest
	for _, t := range []*canvas.Text{r.left, r.bText} {
		t.TextStyle = fyne.TextStyle{Bold: true}
		t.TextSize = theme.TextSize()
	}
	return r
}

type swipeRenderer struct {
	s            *swipe
	right        *canvas.Image
	grip         *swipeGrip
	left, bText  *canvas.Text
	lBox, bBox   *canvas.Rectangle
	shownImg     *image.RGBA
	shownCut     int
	shownVisible bool
}

// Layout puts the right side's picture right of the bar and the captions
// at the top of each side.
func (r *swipeRenderer) Layout(size fyne.Size) {
	s := r.s
	x := float32(int(size.Width * s.at))
	gw := r.grip.MinSize().Width
	r.grip.Move(fyne.NewPos(x-gw/2, 0))
	r.grip.Resize(fyne.NewSize(gw, size.Height))
	if img := s.img; img != nil {
		cut := int(float32(img.Rect.Dx()) * x / size.Width)
		if img != r.shownImg || cut != r.shownCut {
			// A tight copy: a sub-image keeps the whole row's stride,
			// which a texture upload does not follow.
			part := image.NewRGBA(image.Rect(0, 0, max(1, img.Rect.Dx()-cut), img.Rect.Dy()))
			draw.Draw(part, part.Rect, img, image.Pt(cut, 0), draw.Src)
			r.right.Image = part
			r.shownImg, r.shownCut = img, cut
			r.right.Refresh()
		}
		r.right.Move(fyne.NewPos(x, 0))
		r.right.Resize(fyne.NewSize(size.Width-x, size.Height))
		r.right.Show()
	} else {
		r.right.Hide()
	}
	r.left.Text = atlas.FullDate(s.a.Date)
	r.bText.Text = atlas.FullDate(s.b)
	pad := float32(6)
	for i, t := range []*canvas.Text{r.left, r.bText} {
		box := []*canvas.Rectangle{r.lBox, r.bBox}[i]
		ts := t.MinSize()
		at := fyne.NewPos(x-ts.Width-2*pad-8, size.Height-ts.Height-2*pad-28)
		if i == 1 {
			at.X = x + 8
		}
		box.Move(at)
		box.Resize(fyne.NewSize(ts.Width+2*pad, ts.Height+pad))
		t.Move(fyne.NewPos(at.X+pad, at.Y+pad/2))
		t.Resize(ts)
		t.Refresh()
	}
}

// MinSize implements fyne.WidgetRenderer.
func (r *swipeRenderer) MinSize() fyne.Size { return fyne.NewSize(0, 0) }

// Refresh implements fyne.WidgetRenderer.
func (r *swipeRenderer) Refresh() { r.Layout(r.s.Size()) }

// Objects implements fyne.WidgetRenderer.
func (r *swipeRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.right, r.lBox, r.left, r.bBox, r.bText, r.grip}
}

// Destroy implements fyne.WidgetRenderer.
func (r *swipeRenderer) Destroy() {}
