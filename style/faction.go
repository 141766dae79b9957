package style

import (
	"image/color"

	"newsatlas/control"
)

// Faction is the style of a control zone, in the palette of dated Syria
// maps: government red, opposition green, SDF yellow, ISIL grey,
// contested hatched. ok is false for an unknown control value.
func Faction(v string) (s Style, ok bool) {
	s = Spec
	s.StrokeWidth = 1
	switch v {
	case control.Government:
		s.Fill = color.NRGBA{0xe0, 0x3c, 0x31, 0xa6}
		s.Stroke = color.NRGBA{0x9b, 0x1c, 0x14, 0xff}
	case control.Opposition:
		s.Fill = color.NRGBA{0x3c, 0xa0, 0x3c, 0xa6}
		s.Stroke = color.NRGBA{0x1e, 0x63, 0x1e, 0xff}
	case control.SDF:
		s.Fill = color.NRGBA{0xf2, 0xcf, 0x1d, 0xb3}
		s.Stroke = color.NRGBA{0x9a, 0x80, 0x00, 0xff}
	case control.ISIL:
		s.Fill = color.NRGBA{0x55, 0x55, 0x55, 0xa6}
		s.Stroke = color.NRGBA{0x22, 0x22, 0x22, 0xff}
	case control.Contested:
		s.Fill = color.NRGBA{0x99, 0x77, 0xbb, 0x99}
		s.Stroke = color.NRGBA{0x66, 0x55, 0x77, 0xff}
		s.Hatch = true
	default:
		return s, false
	}
	return s, true
}
