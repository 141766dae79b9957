package style

import "image/color"

// Control values of the control-zone schema.
const (
	Government = "government"
	Opposition = "opposition"
	SDF        = "sdf"
	ISIL       = "isil"
	Contested  = "contested"
)

// Controls lists the control values in legend order.
var Controls = []string{Government, Opposition, SDF, ISIL, Contested}

// ControlLabel is the legend text for a control value.
func ControlLabel(control string) string {
	switch control {
	case Government:
		return "Government"
	case Opposition:
		return "Opposition"
	case SDF:
		return "Kurdish YPG/SDF"
	case ISIL:
		return "ISIL"
	case Contested:
		return "Contested"
	}
	return control
}

// Faction is the style of a control zone, in the palette of dated Syria
// maps: government red, opposition green, SDF yellow, ISIL grey,
// contested hatched. ok is false for an unknown control value.
func Faction(control string) (s Style, ok bool) {
	s = Spec
	s.StrokeWidth = 1
	switch control {
	case Government:
		s.Fill = color.NRGBA{0xe0, 0x3c, 0x31, 0xa6}
		s.Stroke = color.NRGBA{0x9b, 0x1c, 0x14, 0xff}
	case Opposition:
		s.Fill = color.NRGBA{0x3c, 0xa0, 0x3c, 0xa6}
		s.Stroke = color.NRGBA{0x1e, 0x63, 0x1e, 0xff}
	case SDF:
		s.Fill = color.NRGBA{0xf2, 0xcf, 0x1d, 0xb3}
		s.Stroke = color.NRGBA{0x9a, 0x80, 0x00, 0xff}
	case ISIL:
		s.Fill = color.NRGBA{0x55, 0x55, 0x55, 0xa6}
		s.Stroke = color.NRGBA{0x22, 0x22, 0x22, 0xff}
	case Contested:
		s.Fill = color.NRGBA{0x99, 0x77, 0xbb, 0x99}
		s.Stroke = color.NRGBA{0x66, 0x55, 0x77, 0xff}
		s.Hatch = true
	default:
		return s, false
	}
	return s, true
}
