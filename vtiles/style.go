package vtiles

import (
	"image/color"

	"github.com/paulmach/orb/geojson"

	"newsatlas/style"
)

// muted are the hues source layers are drawn in by default, in turn:
// soft enough to sit under the data of the other layers.
var muted = []color.NRGBA{
	{0x7a, 0x9c, 0xb8, 0xff}, // slate blue
	{0xb8, 0x9a, 0x6e, 0xff}, // sand
	{0x7f, 0xa8, 0x86, 0xff}, // sage
	{0xb0, 0x7f, 0x8c, 0xff}, // rose
	{0x9a, 0x8f, 0xb8, 0xff}, // lavender
	{0xa8, 0xa3, 0x72, 0xff}, // olive
	{0x6e, 0xa8, 0xa8, 0xff}, // teal
	{0x9c, 0x9c, 0x9c, 0xff}, // grey
}

// DefaultStyle is how the i-th source layer of a tile archive is drawn
// when its features carry no simplestyle properties: areas filled
// lightly with a darker outline, lines a little heavier, points as small
// markers, in a muted hue of its own.
func DefaultStyle(i int) style.Style {
	if i < 0 {
		i = -i
	}
	c := muted[i%len(muted)]
	dark := color.NRGBA{c.R * 3 / 5, c.G * 3 / 5, c.B * 3 / 5, 0xff}
	return style.Style{
		Stroke:      dark,
		StrokeWidth: 1,
		Fill:        color.NRGBA{c.R, c.G, c.B, 0x73},
		MarkerColor: dark,
		MarkerSize:  "small",
	}
}

// featureStyle is the i-th layer's default style under the simplestyle
// properties the feature carries.
func featureStyle(props geojson.Properties, i int) style.Style {
	base := DefaultStyle(i)
	if len(props) == 0 {
		return base
	}
	st, _ := style.Parse(func(k string) (any, bool) {
		v, ok := props[k]
		return v, ok
	}, base)
	return st
}
