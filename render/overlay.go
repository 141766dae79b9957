package render

import (
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"math"
	"strings"

	"golang.org/x/image/font"
	"golang.org/x/image/math/fixed"

	"newsatlas/layer"
	"newsatlas/style"
)

// LegendItem is one row of the legend: a symbol in the style and a text.
type LegendItem struct {
	Label string
	Style style.Style
	Kind  LegendKind
	// Layer is the layer the row stands for, if any: a marker row of a
	// layer whose points a frame draws as dots (DensePoints) shows dots.
	Layer *layer.Layer
}

func (f *frame) drawOverlays() {
	if f.s.ScaleBar {
		f.scaleBar()
	}
	if len(f.s.Legend) > 0 {
		f.legend()
	}
	if f.s.Attribution != "" {
		f.attribution()
	}
}

// ScaleBarLength picks a round distance for a bar of at most maxPx device
// pixels: its length in metres and in pixels.
func ScaleBarLength(v Viewport, maxPx float64) (metres, px float64) {
	mpp := v.MetresPerPixel()
	raw := mpp * maxPx
	p := math.Pow(10, math.Floor(math.Log10(raw)))
	for _, m := range []float64{5, 2, 1} {
		if m*p <= raw {
			return m * p, m * p / mpp
		}
	}
	return p, p / mpp
}

// FormatDistance writes metres as "500 m" or "20 km".
func FormatDistance(m float64) string {
	if m >= 1000 {
		return fmt.Sprintf("%g km", m/1000)
	}
	return fmt.Sprintf("%g m", m)
}

func (f *frame) scaleBar() {
	sc := f.v.PixelScale()
	m, px := ScaleBarLength(f.v, 120*sc)
	x0, y0 := int(12*sc), f.v.Height-int(14*sc)
	box := image.Rect(x0-int(4*sc), y0-int(20*sc), x0+int(px)+int(50*sc), y0+int(6*sc))
	draw.Draw(f.dst, box, image.NewUniform(color.NRGBA{0xff, 0xff, 0xff, 0xb0}), image.Point{}, draw.Over)
	dark := image.NewUniform(color.NRGBA{0x22, 0x22, 0x22, 0xff})
	t := int(math.Max(1, 2*sc))
	draw.Draw(f.dst, image.Rect(x0, y0, x0+int(px), y0+t), dark, image.Point{}, draw.Over)
	draw.Draw(f.dst, image.Rect(x0, y0-int(6*sc), x0+t, y0+t), dark, image.Point{}, draw.Over)
	draw.Draw(f.dst, image.Rect(x0+int(px)-t, y0-int(6*sc), x0+int(px), y0+t), dark, image.Point{}, draw.Over)
	d := font.Drawer{Dst: f.dst, Face: f.faces.small, Src: dark}
	d.Dot = fixed.P(x0+int(px)+int(5*sc), y0+int(2*sc))
	d.DrawString(FormatDistance(m))
}

// legendBox is where the legend goes, top right; empty when there is none.
func (f *frame) legendBox() image.Rectangle {
	if len(f.s.Legend) == 0 {
		return image.Rectangle{}
	}
	sc := f.v.PixelScale()
	row := int(18 * sc)
	w := f.legendItemsWidth()
	title := f.legendTitle()
	for _, l := range title {
		w = max(w, font.MeasureString(f.faces.title, l).Ceil()-int(22*sc))
	}
	h := row*(len(f.s.Legend)+len(title)) + int(10*sc)
	x0 := f.v.Width - w - int(44*sc)
	y0 := int(10 * sc)
	return image.Rect(x0, y0, f.v.Width-int(10*sc), y0+h)
}

// legendItemsWidth is the width of the legend's widest label.
func (f *frame) legendItemsWidth() int {
	w := 0
	for _, it := range f.s.Legend {
		w = max(w, font.MeasureString(f.faces.small, it.Label).Ceil())
	}
	return w
}

// legendTitleWidth is how wide a line of the legend's title may be before
// it wraps (at 1x): a long title would push the legend across the map.
const legendTitleWidth = 200

// legendTitle is the legend's title in lines: one when it fits the
// legend's width or legendTitleWidth, else broken before a part in
// brackets ("(the record ends there)") and then between words.
func (f *frame) legendTitle() []string {
	t := f.s.LegendTitle
	if t == "" {
		return nil
	}
	sc := f.v.PixelScale()
	limit := max(f.legendItemsWidth()+int(22*sc), int(legendTitleWidth*sc))
	width := func(s string) int { return font.MeasureString(f.faces.title, s).Ceil() }
	if width(t) <= limit {
		return []string{t}
	}
	var lines []string
	for _, part := range splitBeforeBrackets(t) {
		line := ""
		for _, word := range strings.Fields(part) {
			switch {
			case line == "":
				line = word
			case width(line+" "+word) <= limit:
				line += " " + word
			default:
				lines = append(lines, line)
				line = word
			}
		}
		if line != "" {
			lines = append(lines, line)
		}
	}
	return lines
}

// splitBeforeBrackets cuts s before each " (" that is not its start.
func splitBeforeBrackets(s string) []string {
	var parts []string
	for {
		i := strings.Index(s, " (")
		if i <= 0 {
			return append(parts, s)
		}
		parts = append(parts, s[:i])
		s = s[i+1:]
	}
}

func (f *frame) legend() {
	sc := f.v.PixelScale()
	row := int(18 * sc)
	box := f.legendBox()
	x0, y0 := box.Min.X, box.Min.Y
	draw.Draw(f.dst, box, image.NewUniform(color.NRGBA{0xff, 0xff, 0xff, 0xd8}), image.Point{}, draw.Over)
	dark := image.NewUniform(color.NRGBA{0x22, 0x22, 0x22, 0xff})
	y := y0 + int(6*sc)
	for _, l := range f.legendTitle() {
		d := font.Drawer{Dst: f.dst, Face: f.faces.title, Src: dark, Dot: fixed.P(x0+int(6*sc), y+int(12*sc))}
		d.DrawString(l)
		y += row
	}
	for _, it := range f.s.Legend {
		f.legendSymbol(it, image.Rect(x0+int(6*sc), y+int(2*sc), x0+int(24*sc), y+int(14*sc)))
		lx := x0 + int(30*sc)
		if it.Kind == LegendHeading {
			lx = x0 + int(6*sc)
		}
		d := font.Drawer{Dst: f.dst, Face: f.faces.small, Src: dark, Dot: fixed.P(lx, y+int(12*sc))}
		d.DrawString(it.Label)
		y += row
	}
}

func (f *frame) attribution() {
	sc := f.v.PixelScale()
	w := font.MeasureString(f.faces.small, f.s.Attribution).Ceil()
	m := f.faces.small.Metrics()
	h := (m.Ascent + m.Descent).Ceil()
	x0 := f.v.Width - w - int(8*sc)
	y0 := f.v.Height - h - int(4*sc)
	draw.Draw(f.dst, image.Rect(x0-int(4*sc), y0-int(2*sc), f.v.Width, f.v.Height), image.NewUniform(color.NRGBA{0xff, 0xff, 0xff, 0xb0}), image.Point{}, draw.Over)
	d := font.Drawer{Dst: f.dst, Face: f.faces.small, Src: image.NewUniform(color.NRGBA{0x33, 0x33, 0x33, 0xff}), Dot: fixed.P(x0, y0+m.Ascent.Ceil())}
	d.DrawString(f.s.Attribution)
}
