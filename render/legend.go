package render

import (
	"image"
	"image/draw"
	"math"

	"github.com/paulmach/orb"
)

// LegendKind is the symbol a legend row shows: what the layer draws.
type LegendKind int

// The legend's symbols.
const (
	LegendArea    LegendKind = iota // a filled, outlined square
	LegendLine                      // a stroke across the swatch
	LegendMarker                    // a pin
	LegendDots                      // a few small dots, as a dense layer's points
	LegendHeading                   // no symbol: the row names the rows below
)

// String names the kind: area, line, marker or dots.
func (k LegendKind) String() string {
	switch k {
	case LegendLine:
		return "line"
	case LegendMarker:
		return "marker"
	case LegendDots:
		return "dots"
	case LegendHeading:
		return "heading"
	}
	return "area"
}

// KindIn is the symbol the row shows in a frame: dots for a marker row of
// a layer the frame draws as dots (dense[i] for the scene's layer i),
// its own kind otherwise.
func (it LegendItem) KindIn(s *Scene, dense []bool) LegendKind {
	if it.Kind != LegendMarker || it.Layer == nil {
		return it.Kind
	}
	for i := range s.Layers {
		if s.Layers[i].Layer == it.Layer && i < len(dense) && dense[i] {
			return LegendDots
		}
	}
	return it.Kind
}

// legendSymbol draws a legend row's symbol in the swatch sw.
func (f *frame) legendSymbol(it LegendItem, sw image.Rectangle) {
	sc := f.v.PixelScale()
	st := it.Style
	x0, y0, x1, y1 := float64(sw.Min.X), float64(sw.Min.Y), float64(sw.Max.X), float64(sw.Max.Y)
	switch it.KindIn(f.s, f.denseOf) {
	case LegendHeading:
	case LegendMarker:
		f.pt.fill(path{pinPath((x0+x1)/2, y1+2*sc, 4.5*sc)}, image.NewUniform(st.MarkerColor))
	case LegendDots:
		for _, p := range []orb.Point{{0.2, 0.3}, {0.55, 0.2}, {0.8, 0.55}, {0.35, 0.75}, {0.65, 0.85}} {
			f.pointDot(orb.Point{x0 + p[0]*(x1-x0), y0 + p[1]*(y1-y0)}, st.MarkerColor)
		}
	case LegendLine:
		w := math.Min(math.Max(st.StrokeWidth, 1), 5) * sc
		f.pt.stroke([][]orb.Point{{{x0, y1 - 2*sc}, {x0 + (x1-x0)/3, y0 + 2*sc}, {x0 + 2*(x1-x0)/3, y1 - 2*sc}, {x1, y0 + 2*sc}}}, w, st.Stroke)
	default:
		var src image.Image = image.NewUniform(st.Fill)
		if st.Hatch {
			src = hatch{c: st.Stroke, bg: st.Fill, every: int(8 * sc)}
		}
		draw.Draw(f.dst, sw, src, sw.Min, draw.Over)
		f.pt.stroke([][]orb.Point{{{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}, {x0, y0}}}, sc, st.Stroke)
	}
}
