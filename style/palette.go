package style

import "image/color"

// Land, Sea and Border are the basemap's colours: countries' fill, the
// sea and countries' outlines. Layer colours keep away from them.
var (
	Land   = color.NRGBA{0xf3, 0xf0, 0xe8, 0xff}
	Sea    = color.NRGBA{0xc9, 0xdd, 0xea, 0xff}
	Border = color.NRGBA{0x9a, 0x93, 0x8c, 0xff}
)

// MinDeltaE is the least CIEDE2000 difference between a layer colour and
// any colour of the map under it (AvoidedColours), and between two layer
// colours: a dot in a layer colour stands out on every faction's zone.
const MinDeltaE = 20

// AvoidedColours are the colours an opened layer is drawn over: the
// basemap's and each faction's fill as seen over land and its outline.
func AvoidedColours() map[string]color.NRGBA {
	out := map[string]color.NRGBA{"land": Land, "sea": Sea, "border": Border}
	for k, f := range factions {
		out[k+" fill"] = Over(f.fill, Land)
		out[k+" outline"] = f.stroke
	}
	return out
}

// layerColours are the hues handed out to opened layers in turn, chosen
// by measured difference (lab_test.go, palette_test.go): each is at least
// MinDeltaE from every avoided colour and from the others. The faction
// palette takes red, green, yellow, grey and purple, so a layer is blue,
// orange, pink, cyan, maroon or navy; the teal of the Okabe-Ito palette
// that came before (ΔE 14.6 from opposition green) vanished there.
var layerColours = []color.NRGBA{
	{0x00, 0x72, 0xb2, 0xff}, // blue
	{0xff, 0x7f, 0x0e, 0xff}, // orange
	{0xe7, 0x29, 0x8a, 0xff}, // pink
	{0x17, 0xbe, 0xcf, 0xff}, // cyan
	{0x80, 0x00, 0x40, 0xff}, // maroon
	{0x00, 0x00, 0x80, 0xff}, // navy
}

// LayerColours returns the colours ForLayer hands out, in turn.
func LayerColours() []color.NRGBA { return append([]color.NRGBA(nil), layerColours...) }
