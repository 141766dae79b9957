package style

import (
	"image/color"

	"newsatlas/control"
)

// faction is how one side's zones are drawn.
type faction struct {
	fill, stroke color.NRGBA
	hatch        bool
}

// factions is the palette of dated Syria maps, by control value.
var factions = map[string]faction{
	control.Government: {color.NRGBA{0xe0, 0x3c, 0x31, 0xa6}, color.NRGBA{0x9b, 0x1c, 0x14, 0xff}, false},
	control.Opposition: {color.NRGBA{0x3c, 0xa0, 0x3c, 0xa6}, color.NRGBA{0x1e, 0x63, 0x1e, 0xff}, false},
	control.SDF:        {color.NRGBA{0xf2, 0xcf, 0x1d, 0xb3}, color.NRGBA{0x9a, 0x80, 0x00, 0xff}, false},
	control.ISIL:       {color.NRGBA{0x55, 0x55, 0x55, 0xa6}, color.NRGBA{0x22, 0x22, 0x22, 0xff}, false},
	control.Contested:  {color.NRGBA{0x99, 0x77, 0xbb, 0x99}, color.NRGBA{0x66, 0x55, 0x77, 0xff}, true},
}

// Faction is the style of a control zone, in the palette of dated Syria
// maps: government red, opposition green, SDF yellow, ISIL grey,
// contested hatched. ok is false for an unknown control value.
func Faction(v string) (s Style, ok bool) {
	s = Spec
	s.StrokeWidth = 1
	f, ok := factions[v]
	if !ok {
		return s, false
	}
	s.Fill, s.Stroke, s.Hatch = f.fill, f.stroke, f.hatch
	return s, true
}
