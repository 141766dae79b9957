package layer

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// KML styles as simplestyle properties: a LineStyle's colour and width
// give stroke, stroke-opacity and stroke-width, a PolyStyle's colour fill
// and fill-opacity (0 when it is not filled), an IconStyle's colour
// marker-color. KML writes colours aabbggrr, alpha first and red last.
// A Placemark's styleUrl names a Style, or a StyleMap whose normal pair
// names one; a Style inside the Placemark overrides what it sets.

// kmlStyle is what one Style sets; empty strings are unset.
type kmlStyle struct {
	stroke, strokeOpacity, strokeWidth string
	fill, fillOpacity                  string
	marker                             string
}

// kmlStyles are a document's shared styles by id: a Style's own, or a
// StyleMap's, which refers to one ("#id").
type kmlStyles map[string]kmlRef

// kmlRef is a shared style or a StyleMap's reference to one.
type kmlRef struct {
	style *kmlStyle
	to    string // a StyleMap's normal styleUrl
}

// collect finds every Style and StyleMap with an id under n.
func (ss kmlStyles) collect(n *xnode) {
	for _, c := range n.kids {
		id := c.attr("id")
		switch {
		case c.name == "Style" && id != "":
			st := kmlStyleOf(c)
			ss[id] = kmlRef{style: &st}
		case c.name == "StyleMap" && id != "":
			for _, p := range c.kids {
				if p.name == "Pair" && p.textOf("key") == "normal" {
					ss[id] = kmlRef{to: p.textOf("styleUrl")}
				}
			}
		case c.name != "Placemark":
			ss.collect(c)
		}
	}
}

// resolve is the style a styleUrl names ("#id"; a URL to another file is
// not followed), the zero style when none.
func (ss kmlStyles) resolve(url string) kmlStyle {
	for range 8 { // a StyleMap may refer to a StyleMap
		id, ok := strings.CutPrefix(strings.TrimSpace(url), "#")
		if !ok {
			return kmlStyle{}
		}
		r, ok := ss[id]
		switch {
		case !ok:
			return kmlStyle{}
		case r.style != nil:
			return *r.style
		}
		url = r.to
	}
	return kmlStyle{}
}

// kmlStyleOf reads a Style element.
func kmlStyleOf(n *xnode) kmlStyle {
	var st kmlStyle
	if ls := n.kid("LineStyle"); ls != nil {
		st.stroke, st.strokeOpacity = kmlColour(ls.textOf("color"))
		if w, err := strconv.ParseFloat(ls.textOf("width"), 64); err == nil && w >= 0 && w <= 100 {
			st.strokeWidth = strconv.FormatFloat(w, 'f', -1, 64)
		}
	}
	if ps := n.kid("PolyStyle"); ps != nil {
		st.fill, st.fillOpacity = kmlColour(ps.textOf("color"))
		if ps.textOf("fill") == "0" {
			st.fillOpacity = "0"
		}
		if ps.textOf("outline") == "0" && st.strokeOpacity == "" {
			st.strokeOpacity = "0"
		}
	}
	if is := n.kid("IconStyle"); is != nil {
		st.marker, _ = kmlColour(is.textOf("color"))
	}
	return st
}

// merge is st with what over sets put over it.
func (st kmlStyle) merge(over kmlStyle) kmlStyle {
	pick := func(a *string, b string) {
		if b != "" {
			*a = b
		}
	}
	pick(&st.stroke, over.stroke)
	pick(&st.strokeOpacity, over.strokeOpacity)
	pick(&st.strokeWidth, over.strokeWidth)
	pick(&st.fill, over.fill)
	pick(&st.fillOpacity, over.fillOpacity)
	pick(&st.marker, over.marker)
	return st
}

// props adds the style's simplestyle properties to ps, unless ps already
// has them (from ExtendedData).
func (st kmlStyle) props(ps props) props {
	for _, kv := range []struct {
		key, val string
		number   bool
	}{{"stroke", st.stroke, false}, {"stroke-opacity", st.strokeOpacity, true},
		{"stroke-width", st.strokeWidth, true}, {"fill", st.fill, false},
		{"fill-opacity", st.fillOpacity, true}, {"marker-color", st.marker, false}} {
		if kv.val != "" && !dup(ps, kv.key) {
			ps = append(ps, prop{kv.key, kv.val, kv.number})
		}
	}
	return ps
}

// kmlColour reads a KML colour, aabbggrr in hex, as a simplestyle colour
// #rrggbb and an opacity from 0 to 1; both "" when it is not one.
func kmlColour(s string) (colour, opacity string) {
	s = strings.TrimPrefix(strings.TrimSpace(s), "#")
	if len(s) != 8 {
		return "", ""
	}
	v, err := strconv.ParseUint(s, 16, 32)
	if err != nil {
		return "", ""
	}
	a, b, g, r := v>>24, (v>>16)&0xff, (v>>8)&0xff, v&0xff
	return fmt.Sprintf("#%02x%02x%02x", r, g, b), strconv.FormatFloat(math.Round(float64(a)/255*1000)/1000, 'f', -1, 64)
}
