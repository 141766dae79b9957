// Package control holds the values of the control-zone schema (who held a
// place, as the "control" property of a feature: see CONVENTIONS.md), their
// order in a legend and their labels. The styles that draw them and the
// timeline that dates them both read them from here.
package control

import "slices"

// The control values.
const (
	Government = "government"
	Opposition = "opposition"
	SDF        = "sdf"
	ISIL       = "isil"
	Contested  = "contested"
)

// All lists the control values in legend order.
var All = []string{Government, Opposition, SDF, ISIL, Contested}

// Valid reports whether v is a control value.
func Valid(v string) bool { return slices.Contains(All, v) }

// Label is the legend text for a control value, v itself for any other.
func Label(v string) string {
	switch v {
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
	return v
}
