package layer

import (
	"bytes"
	"fmt"
	"sync"

	"github.com/paulmach/orb"
	"github.com/tidwall/gjson"
	"github.com/valyala/fastjson"

	"newsatlas/style"
)

// convertFeature parses one Feature (or bare geometry) into f. raw has
// been checked to be JSON by gjson (which fastjson, more lenient, does not
// replace). It returns false when the feature cannot be used; note is
// told the reason and any repairs.
func convertFeature(p *fastjson.Parser, raw []byte, base style.Style, f *Feature, note skipper) bool {
	if len(raw) >= bigFeature {
		return convertValue(p, gj{gjson.ParseBytes(raw)}, raw, base, f, note)
	}
	v, err := p.ParseBytes(raw)
	if err != nil {
		note.add("%v", jsonError(raw))
		return false
	}
	return convertValue(p, fj{v}, raw, base, f, note)
}

// skipper records the skips and repairs of one feature, each message
// naming it as its reader would look for it: "feature 3" in a collection,
// "record 4" (its line, or its RS-delimited record) in a sequence.
type skipper struct {
	to  *[]Skip
	i   int // the feature's index in the input
	rec int // its record number in a sequence, from 1; 0 in a collection
}

func (s skipper) add(format string, args ...any) {
	where := fmt.Sprintf("feature %d", s.i)
	if s.rec > 0 {
		where = fmt.Sprintf("record %d", s.rec)
	}
	*s.to = append(*s.to, Skip{s.i, where + ": " + fmt.Sprintf(format, args...)})
}

// bigFeature is the size from which a feature is read with gjson, in its
// text, rather than parsed whole into values (see node).
const bigFeature = 64 << 10

// convertValue is convertFeature once raw is parsed into v.
func convertValue(p *fastjson.Parser, v node, raw []byte, base style.Style, f *Feature, note skipper) bool {
	if v.kind() != fastjson.TypeObject {
		note.add("%s, want an object", kindOf(raw))
		return false
	}
	f.ID = note.i
	f.style = nil
	typ := stringOf(v.get("type"))
	geom := v
	if typ == "Feature" {
		geom = v.get("geometry")
		if geom == nil {
			note.add("%s; kept with no geometry", noGeometry(v))
		}
		if pn := v.get("properties"); pn != nil {
			props, err := pn.fast(p)
			if err != nil { // valid JSON, but too deep for fastjson
				note.add("properties: %v", jsonError([]byte(pn.text())))
				return false
			}
			switch props.Type() {
			case fastjson.TypeObject:
				f.Props = marshal(props)
				o, _ := props.Object()
				get := func(k string) (any, bool) {
					x := o.Get(k)
					if x == nil {
						return nil, false
					}
					return value(x), true
				}
				f.Name = nameOf(get)
				f.LabelAt = dataLabel(o)
				f.parseStyle(get, base, note)
			case fastjson.TypeNull:
			default:
				note.add("properties is %s, want an object (ignored)", kindOf(props.MarshalTo(nil)))
			}
		}
	} else if typ == "" {
		note.add("no \"type\"")
		return false
	} else if typ == "FeatureCollection" {
		note.add("a FeatureCollection inside a collection")
		return false
	}
	if geom == nil || geom.kind() == fastjson.TypeNull {
		f.Geometry = nil
		return true
	}
	g, repairs, err := geometry(geom, 0)
	for _, r := range repairs {
		note.add("%s", r)
	}
	if _, ok := err.(emptyGeometry); ok {
		note.add("%v; kept with no geometry", err)
		f.Geometry = nil
		return true
	}
	if err != nil {
		note.add("%v", err)
		return false
	}
	f.Geometry = g
	return true
}

// noGeometry says what a Feature without a "geometry" member has instead:
// the member under another spelling, or nothing.
func noGeometry(v node) string {
	if k := keyLike(v, "geometry"); k != "" {
		return fmt.Sprintf("the geometry is under %q, GeoJSON names it \"geometry\" (ignored)", clip(k, 30))
	}
	return `no "geometry" member`
}

// scratch holds buffers values are marshalled into before they are copied
// at their exact size.
var scratch = sync.Pool{New: func() any { return new([]byte) }}

// marshal returns v as JSON text in a slice of its own size.
func marshal(v *fastjson.Value) []byte {
	b := scratch.Get().(*[]byte)
	*b = v.MarshalTo((*b)[:0])
	out := bytes.Clone(*b)
	scratch.Put(b)
	return out
}

// value converts a parsed JSON value to the Go value encoding/json would
// give: string, float64, bool, nil, []any or map[string]any.
func value(v *fastjson.Value) any {
	switch v.Type() {
	case fastjson.TypeString:
		return string(v.GetStringBytes())
	case fastjson.TypeNumber:
		return v.GetFloat64()
	case fastjson.TypeTrue:
		return true
	case fastjson.TypeFalse:
		return false
	case fastjson.TypeArray:
		a, _ := v.Array()
		out := make([]any, len(a))
		for i, x := range a {
			out[i] = value(x)
		}
		return out
	case fastjson.TypeObject:
		o, _ := v.Object()
		out := map[string]any{}
		o.Visit(func(k []byte, x *fastjson.Value) { out[string(k)] = value(x) })
		return out
	}
	return nil
}

// dataLabel reads a label position from Natural Earth's LABEL_X/LABEL_Y
// (either case); the zero point when absent.
func dataLabel(o *fastjson.Object) orb.Point {
	for _, k := range [][2]string{{"LABEL_X", "LABEL_Y"}, {"label_x", "label_y"}} {
		x, y := o.Get(k[0]), o.Get(k[1])
		if x == nil || y == nil {
			continue
		}
		lon, err1 := x.Float64()
		lat, err2 := y.Float64()
		if err1 == nil && err2 == nil && lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90 {
			return orb.Point{lon, lat}
		}
	}
	return orb.Point{}
}

// stringOf is a JSON string's value, "" for anything else or nil.
func stringOf(n node) string {
	if n != nil && n.kind() == fastjson.TypeString {
		return n.str()
	}
	return ""
}
