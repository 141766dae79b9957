package atlas

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"image/color"
	"slices"
	"strings"

	"newsatlas/layer"
	"newsatlas/style"
)

// Built-in layer names (a contract: scripts and --hide use them).
const (
	Countries         = "countries"
	Basemap           = "basemap"
	SyriaGovernorates = "syria-governorates"
	AleppoControl     = "aleppo-control"
	Places            = "places"
)

// builtins are the built-in layers, bottom first as New stacks them, each
// with the credits its data asks for on a map that shows it, each at its
// place in the credit line (the basemap's first, the control zones' last;
// a source two layers credit is named once). It is the one list of them:
// Builtins, IsBuiltin, Credit and Attribution read it.
var builtins = [...]struct {
	name    string
	credits []credit
}{
	{Countries, []credit{{"Natural Earth", 0}}},
	// The basemap draws Syria's roads from OpenStreetMap (ODbL) and
	// Columbia CSR's Aleppo neighbourhoods from zoom 11.
	{Basemap, []credit{{"Natural Earth · OCHA · © OpenStreetMap contributors", 1}, {"Columbia CSR", 4}}},
	{SyriaGovernorates, []credit{{"OCHA", 2}}},
	{AleppoControl, []credit{{"Columbia CSR", 4}}},
	{Places, []credit{{"GeoNames (CC BY 4.0)", 3}}},
}

// credit is a source to credit ("A · B" for two) and its place in the
// credit line.
type credit struct {
	text string
	at   int
}

// Builtins lists the names of the built-in layers, bottom first.
func Builtins() []string {
	out := make([]string, len(builtins))
	for i, b := range builtins {
		out[i] = b.name
	}
	return out
}

// IsBuiltin reports whether name is the name of a built-in layer.
func IsBuiltin(name string) bool {
	for _, b := range builtins {
		if b.name == name {
			return true
		}
	}
	return false
}

// Attribution credits the sources of all the built-in data; it is shown in
// the About box. A map credits those of the layers it shows (see
// Atlas.Credit).
func Attribution() string { return credits(func(string) bool { return true }) }

// Credit is the credit line of a map of the atlas as it stands: the
// sources of the built-in layers shown, "" when none is.
func (a *Atlas) Credit() string {
	return credits(func(name string) bool {
		l := a.Layer(name)
		return l != nil && !l.Hidden && l.Layer != nil && len(l.Features) > 0
	})
}

// credits is the credit line of the built-in layers that shown says are
// shown.
func credits(shown func(name string) bool) string {
	var parts [len(builtins)]string
	for _, b := range builtins {
		if shown(b.name) {
			for _, c := range b.credits {
				parts[c.at] = c.text
			}
		}
	}
	var out []string
	for _, p := range parts {
		for _, c := range strings.Split(p, " · ") {
			if c != "" && !slices.Contains(out, c) {
				out = append(out, c)
			}
		}
	}
	return strings.Join(out, " · ")
}

// builtin reads an embedded gzip-compressed GeoJSON layer, parsing while
// it decompresses.
func builtin(name, source string, gz []byte, st style.Style) (*layer.Layer, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, fmt.Errorf("built-in %s: %w", name, err)
	}
	l, err := layer.ReadContext(context.Background(), name, zr, layer.Options{Style: st})
	if err != nil {
		return nil, fmt.Errorf("built-in %s: %w", name, err)
	}
	l.Source = source
	return l, nil
}

func countryStyle() style.Style {
	return areaStyle(color.NRGBA{0xf3, 0xf0, 0xe8, 0xff}, color.NRGBA{0x9a, 0x93, 0x8c, 0xff}, 0.8)
}

func governorateStyle() style.Style {
	return areaStyle(color.NRGBA{0xe8, 0xe0, 0xd0, 0x40}, color.NRGBA{0x8c, 0x6d, 0x9e, 0xff}, 1.2)
}

// areaStyle is the default style with the given fill and outline.
func areaStyle(fill, stroke color.NRGBA, width float64) style.Style {
	s := style.Spec
	s.Fill, s.Stroke, s.StrokeWidth = fill, stroke, width
	return s
}
