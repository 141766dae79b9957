package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// flowText is a paragraph laid out word by word, wrapping at the width it
// is given. Words are canvas texts; mentions are linkWords that can be
// tapped and highlighted. It exists because RichText breaks the text after
// an inline hyperlink letter by letter when the link ends a line.
type flowText struct {
	widget.BaseWidget
	words []fyne.CanvasObject
	space float32
	width float32 // the width of the last layout
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
	for _, o := range r.f.words {
		s := o.MinSize()
		if t, ok := o.(*canvas.Text); ok && t.Text == " " {
			x += space
			continue
		}
		if x > 0 && x+s.Width > w {
			x, y = 0, y+line
		}
		if move {
			o.Move(fyne.NewPos(x, y))
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
		r.f.width, r.height = size.Width, h
		r.f.Refresh() // the height for this width is known now
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

// linkWord is a word of a place mention: link-coloured, tappable, and
// highlighted with a background when its place is selected.
type linkWord struct {
	widget.BaseWidget
	Text        string
	OnTapped    func()
	highlighted bool
	size        float32
	bold        bool
}

func newLinkWord(text string, size float32, bold bool, tapped func()) *linkWord {
	l := &linkWord{Text: text, OnTapped: tapped, size: size, bold: bold}
	l.ExtendBaseWidget(l)
	return l
}

// SetHighlighted shows or hides the highlight.
func (l *linkWord) SetHighlighted(on bool) {
	if l.highlighted != on {
		l.highlighted = on
		l.Refresh()
	}
}

// Tapped implements fyne.Tappable.
func (l *linkWord) Tapped(*fyne.PointEvent) {
	if l.OnTapped != nil {
		l.OnTapped()
	}
}

// Cursor implements desktop.Cursorable: a pointing hand, as over a link.
func (l *linkWord) Cursor() desktop.Cursor { return desktop.PointerCursor }

// CreateRenderer implements fyne.Widget.
func (l *linkWord) CreateRenderer() fyne.WidgetRenderer {
	r := &linkRenderer{l: l, bg: canvas.NewRectangle(color.Transparent), text: canvas.NewText(l.Text, theme.Color(theme.ColorNamePrimary)), line: canvas.NewRectangle(color.Transparent)}
	r.bg.CornerRadius = 2
	r.Refresh()
	return r
}

type linkRenderer struct {
	l        *linkWord
	bg, line *canvas.Rectangle
	text     *canvas.Text
}

func (r *linkRenderer) Layout(size fyne.Size) {
	r.bg.Resize(size)
	r.text.Resize(size)
	r.line.Move(fyne.NewPos(0, size.Height-3))
	r.line.Resize(fyne.NewSize(size.Width, 1))
}

func (r *linkRenderer) MinSize() fyne.Size { return r.text.MinSize() }

func (r *linkRenderer) Refresh() {
	r.text.Text = r.l.Text
	r.text.TextSize = r.l.size
	r.text.TextStyle = fyne.TextStyle{Bold: r.l.bold || r.l.highlighted}
	if r.l.highlighted {
		r.bg.FillColor = color.NRGBA{0xff, 0xd5, 0x4f, 0xff}
		r.text.Color = color.NRGBA{0x20, 0x20, 0x20, 0xff}
		r.line.FillColor = color.Transparent
	} else {
		r.bg.FillColor = color.Transparent
		r.text.Color = theme.Color(theme.ColorNamePrimary)
		c := theme.Color(theme.ColorNamePrimary)
		r.line.FillColor = c
	}
	r.bg.Refresh()
	r.text.Refresh()
	r.line.Refresh()
}

func (r *linkRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.bg, r.text, r.line}
}

func (r *linkRenderer) Destroy() {}
