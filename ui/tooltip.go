package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// tipButton is an icon button that names what it does in a tooltip while
// the pointer is over it (Fyne 2.7's buttons have none). The tip is drawn
// beside the button, over what lies there, by the button's own renderer:
// not a pop-up, which would take the next click and the keys.
type tipButton struct {
	widget.Button
	Tip     string
	showTip bool
}

var _ fyne.Widget = (*tipButton)(nil)
var _ desktop.Hoverable = (*tipButton)(nil)

// newTipButton is an icon button with tooltip tip.
func newTipButton(icon fyne.Resource, tip string, tapped func()) *tipButton {
	b := &tipButton{Tip: tip}
	b.Icon, b.OnTapped = icon, tapped
	b.Importance = widget.MediumImportance
	b.ExtendBaseWidget(b)
	return b
}

// TipShown reports whether the tooltip is up.
func (b *tipButton) TipShown() bool { return b.showTip }

// MouseIn implements desktop.Hoverable: the button's hover and the tip.
func (b *tipButton) MouseIn(e *desktop.MouseEvent) {
	b.Button.MouseIn(e)
	b.setTip(true)
}

// MouseOut implements desktop.Hoverable.
func (b *tipButton) MouseOut() {
	b.Button.MouseOut()
	b.setTip(false)
}

// Tapped implements fyne.Tappable: the tip goes as the button acts.
func (b *tipButton) Tapped(e *fyne.PointEvent) {
	b.setTip(false)
	b.Button.Tapped(e)
}

func (b *tipButton) setTip(on bool) {
	if b.showTip != on && b.Tip != "" {
		b.showTip = on
		b.Refresh()
	}
}

// CreateRenderer implements fyne.Widget: the button's renderer and the tip.
func (b *tipButton) CreateRenderer() fyne.WidgetRenderer {
	r := &tipRenderer{b: b, button: b.Button.CreateRenderer(),
		bg:   canvas.NewRectangle(color.NRGBA{0x20, 0x20, 0x20, 0xe8}),
		text: canvas.NewText(b.Tip, color.White)}
	r.bg.CornerRadius = 3
	r.text.TextSize = theme.CaptionTextSize()
	r.Refresh()
	return r
}

type tipRenderer struct {
	b      *tipButton
	button fyne.WidgetRenderer
	bg     *canvas.Rectangle
	text   *canvas.Text
}

// Layout implements fyne.WidgetRenderer: the tip to the right of the
// button, centred on it.
func (r *tipRenderer) Layout(size fyne.Size) {
	r.button.Layout(size)
	pad := theme.Padding()
	ts := r.text.MinSize()
	box := fyne.NewSize(ts.Width+2*pad, ts.Height+pad)
	at := fyne.NewPos(size.Width+pad, (size.Height-box.Height)/2)
	r.bg.Move(at)
	r.bg.Resize(box)
	r.text.Move(at.Add(fyne.NewPos(pad, pad/2)))
	r.text.Resize(ts)
}

// MinSize implements fyne.WidgetRenderer: the button's; the tip takes no room.
func (r *tipRenderer) MinSize() fyne.Size { return r.button.MinSize() }

// Refresh implements fyne.WidgetRenderer.
func (r *tipRenderer) Refresh() {
	r.text.Text = r.b.Tip
	if r.b.showTip {
		r.bg.Show()
		r.text.Show()
	} else {
		r.bg.Hide()
		r.text.Hide()
	}
	r.button.Refresh()
	r.Layout(r.b.Size())
	r.bg.Refresh()
	r.text.Refresh()
}

// Objects implements fyne.WidgetRenderer.
func (r *tipRenderer) Objects() []fyne.CanvasObject {
	return append(append([]fyne.CanvasObject(nil), r.button.Objects()...), r.bg, r.text)
}

// Destroy implements fyne.WidgetRenderer.
func (r *tipRenderer) Destroy() { r.button.Destroy() }
