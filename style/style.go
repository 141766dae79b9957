// Package style holds how features are drawn: the simplestyle-spec 1.1.0
// properties a GeoJSON file may carry, their defaults, and the palette of
// factions used for control zones.
//
// Opened layers take their colours in turn from a palette chosen by
// measured colour difference (CIEDE2000 in CIE L*a*b*, lab.go): each is
// at least MinDeltaE from every faction colour and the basemap's
// (palette.go). A Rule is how the user restyles a layer (rule.go): a
// colour and a width, or classes of a property's values, which Categorize
// and Graduate work out (classify.go): a colour for each category, or
// quantile or equal-interval classes along a light-to-dark ramp. A Style
// with Hatch set is filled with diagonal stripes (contested zones), which
// Striped says pixel by pixel (hatch.go).
package style

import "image/color"

// Style is how one feature is drawn. Colours carry their opacity in alpha.
// It holds nothing but drawing, so that features drawn alike share one
// Style: simplestyle's title and description are feature data, read from
// the feature's properties (a layer takes its label from title).
type Style struct {
	Stroke       color.NRGBA // outline and line colour, alpha = stroke-opacity
	StrokeWidth  float64     // in device-independent pixels
	Fill         color.NRGBA // polygon fill, alpha = fill-opacity
	Hatch        bool        // fill with diagonal stripes (contested zones)
	MarkerColor  color.NRGBA // point marker colour
	MarkerSize   string      // small, medium or large
	MarkerSymbol string      // a single character or a Maki name; shown when one character
}

// Spec is the simplestyle-spec 1.1.0 default style.
var Spec = Style{
	Stroke:      color.NRGBA{0x55, 0x55, 0x55, 0xff},
	StrokeWidth: 2,
	Fill:        color.NRGBA{0x55, 0x55, 0x55, 0x99},
	MarkerColor: color.NRGBA{0x7e, 0x7e, 0x7e, 0xff},
	MarkerSize:  "medium",
}

// MarkerRadius is the radius in pixels of a point marker of the style's size.
func (s Style) MarkerRadius() float64 {
	switch s.MarkerSize {
	case "small":
		return 5
	case "large":
		return 10
	}
	return 7
}

// ForLayer is the default style of the i-th opened layer: the spec's shape
// with a hue of its own, so layers without styling can be told apart.
func ForLayer(i int) Style {
	if i < 0 {
		i = -i
	}
	c := layerColours[i%len(layerColours)]
	s := Spec
	s.Stroke = c
	s.Fill = color.NRGBA{c.R, c.G, c.B, 0x66}
	s.MarkerColor = c
	return s
}
