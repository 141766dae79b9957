package ui

import (
	"image/color"
	"net/url"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// linkWord is a word of a place mention: link-coloured, tappable, and
// highlighted with a background when its place is selected. A demonym's
// word (Syrian troops) is lighter: the text's own colour over a dotted
// underline, where a place's name is link-coloured over a solid one.
type linkWord struct {
	widget.BaseWidget
	Text        string
	OnTapped    func()
	highlighted bool
	size        float32
	style       fyne.TextStyle
	demonym     bool // a nationality word: the lighter link style
}

func newLinkWord(text string, size float32, style fyne.TextStyle, tapped func()) *linkWord {
	l := &linkWord{Text: text, OnTapped: tapped, size: size, style: style}
	l.ExtendBaseWidget(l)
	return l
}

// newWebLink is a word of a Markdown link that is no place mention: it
// opens its destination in the browser.
func newWebLink(text string, size float32, style fyne.TextStyle, dest string) *linkWord {
	return newLinkWord(text, size, style, func() {
		u, err := url.Parse(dest)
		if err != nil || u.Scheme != "http" && u.Scheme != "https" && u.Scheme != "mailto" {
			return
		}
		if a := fyne.CurrentApp(); a != nil {
			_ = a.OpenURL(u)
		}
	})
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
	r.dots = canvas.NewRasterWithPixels(func(x, _, _, _ int) color.Color {
		if x%4 < 2 {
			return r.dotColor
		}
		return color.Transparent
	})
	r.bg.CornerRadius = 2
	r.Refresh()
	return r
}

type linkRenderer struct {
	l        *linkWord
	bg, line *canvas.Rectangle
	dots     *canvas.Raster // a demonym's dotted underline
	dotColor color.Color
	text     *canvas.Text
}

// Layout implements fyne.WidgetRenderer.
func (r *linkRenderer) Layout(size fyne.Size) {
	r.bg.Resize(size)
	r.text.Resize(size)
	r.line.Move(fyne.NewPos(0, size.Height-3))
	r.line.Resize(fyne.NewSize(size.Width, 1))
	r.dots.Move(r.line.Position())
	r.dots.Resize(r.line.Size())
}

// MinSize implements fyne.WidgetRenderer.
func (r *linkRenderer) MinSize() fyne.Size { return r.text.MinSize() }

// Refresh implements fyne.WidgetRenderer: the highlight or link colours.
func (r *linkRenderer) Refresh() {
	r.text.Text = r.l.Text
	r.text.TextSize = r.l.size
	r.text.TextStyle = r.l.style
	r.text.TextStyle.Bold = r.l.style.Bold || r.l.highlighted
	r.line.FillColor, r.dotColor = color.Transparent, color.Transparent
	link := theme.Color(theme.ColorNamePrimary)
	switch {
	case r.l.highlighted:
		r.bg.FillColor = color.NRGBA{0xff, 0xd5, 0x4f, 0xff}
		r.text.Color = color.NRGBA{0x20, 0x20, 0x20, 0xff}
	case r.l.demonym:
		r.bg.FillColor = color.Transparent
		r.text.Color = theme.Color(theme.ColorNameForeground)
		r.dotColor = link
	default:
		r.bg.FillColor = color.Transparent
		r.text.Color = link
		r.line.FillColor = link
	}
	r.bg.Refresh()
	r.text.Refresh()
	r.line.Refresh()
	r.dots.Refresh()
}

// Objects implements fyne.WidgetRenderer.
func (r *linkRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.bg, r.text, r.line, r.dots}
}

// Destroy implements fyne.WidgetRenderer.
func (r *linkRenderer) Destroy() {}
