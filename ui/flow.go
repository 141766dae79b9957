package ui

import (
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// flowText is a paragraph laid out word by word, wrapping at the width it
// is given. Words are canvas texts (a text "\n" breaks the line); mentions
// and links are linkWords that can be tapped and highlighted. It exists because RichText breaks the text after
// an inline hyperlink letter by letter when the link ends a line.
type flowText struct {
	widget.BaseWidget
	words []fyne.CanvasObject
	space float32
	width float32 // the width of the last layout
	// onHeight is called when a layout finds the text a new height for
	// its width: the panel lays its paragraphs out again.
	onHeight func()
}

func newFlowText(words []fyne.CanvasObject) *flowText {
	f := &flowText{words: words}
	f.ExtendBaseWidget(f)
	return f
}

// CreateRenderer implements fyne.Widget.
func (f *flowText) CreateRenderer() fyne.WidgetRenderer { return &flowRenderer{f: f} }

type flowRenderer struct {
	f      *flowText
	height float32
}

// place positions the words for width w and returns the height used.
func (r *flowRenderer) place(w float32, move bool) float32 {
	x, y, line := float32(0), float32(0), float32(0)
	space := fyne.MeasureText(" ", theme.TextSize(), fyne.TextStyle{}).Width
	// Words sit on whole device pixels: a text drawn at a fraction of a
	// pixel is resampled by the GL driver and looks blurred or bold.
	scale := float32(1)
	if c := fyne.CurrentApp().Driver().CanvasForObject(r.f); c != nil && c.Scale() > 0 {
		scale = c.Scale()
	}
	snap := func(v float32) float32 { return float32(math.Round(float64(v*scale))) / scale }
	for _, o := range r.f.words {
		s := o.MinSize()
		if t, ok := o.(*canvas.Text); ok && (t.Text == " " || t.Text == "\n") {
			if t.Text == "\n" { // a hard line break, a code block's line
				x, y = 0, y+max(line, s.Height)
				line = 0
				continue
			}
			x += space
			continue
		}
		if x > 0 && x+s.Width > w {
			x, y = 0, y+line
		}
		if move {
			o.Move(fyne.NewPos(snap(x), snap(y)))
			o.Resize(s)
		}
		x += s.Width
		line = max(line, s.Height)
	}
	return y + line
}

// Layout implements fyne.WidgetRenderer.
func (r *flowRenderer) Layout(size fyne.Size) {
	h := r.place(size.Width, true)
	if size.Width != r.f.width || h != r.height {
		grew := h != r.height
		r.f.width, r.height = size.Width, h
		r.f.Refresh() // the height for this width is known now
		if grew && r.f.onHeight != nil {
			r.f.onHeight()
		}
	}
}

// MinSize implements fyne.WidgetRenderer: one word wide, as tall as the
// text at the last width laid out.
func (r *flowRenderer) MinSize() fyne.Size {
	w := r.f.width
	if w <= 0 {
		w = 320
	}
	return fyne.NewSize(40, r.place(w, false))
}

// Refresh implements fyne.WidgetRenderer.
func (r *flowRenderer) Refresh() {
	for _, o := range r.f.words {
		o.Refresh()
	}
}

// Objects implements fyne.WidgetRenderer.
func (r *flowRenderer) Objects() []fyne.CanvasObject { return r.f.words }

// Destroy implements fyne.WidgetRenderer.
func (r *flowRenderer) Destroy() {}

// paragraphsLayout stacks paragraphs as a VBox does, but gives each its
// width before asking its height: a flowText knows how tall it is only
// once laid out at a width, so a VBox, which asks first, leaves gaps or
// overlaps where a paragraph's height changed with the width.
type paragraphsLayout struct{}

var _ fyne.Layout = paragraphsLayout{}

// Layout implements fyne.Layout.
func (paragraphsLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	pad := theme.Padding()
	y := float32(0)
	for _, o := range objs {
		if !o.Visible() {
			continue
		}
		o.Resize(fyne.NewSize(size.Width, o.MinSize().Height)) // lays it out at the width
		h := o.MinSize().Height                                // its height at that width
		o.Resize(fyne.NewSize(size.Width, h))
		o.Move(fyne.NewPos(0, y))
		y += h + pad
	}
}

// MinSize implements fyne.Layout: the paragraphs' heights at the widths
// they were last laid out at, one above the other.
func (paragraphsLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var w, h float32
	n := 0
	for _, o := range objs {
		if !o.Visible() {
			continue
		}
		s := o.MinSize()
		w, h = max(w, s.Width), h+s.Height
		n++
	}
	if n > 1 {
		h += theme.Padding() * float32(n-1)
	}
	return fyne.NewSize(w, h)
}
