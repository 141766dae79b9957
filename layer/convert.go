package layer

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"sync"

	"github.com/paulmach/orb"
	"github.com/valyala/fastjson"

	"newsatlas/style"
)

// convertFeature parses one Feature (or bare geometry) into f. It returns
// false when the feature cannot be used; skips gets the reason and any
// repairs.
func convertFeature(p *fastjson.Parser, raw []byte, i int, base style.Style, f *Feature, skips *[]Skip) bool {
	v, err := p.ParseBytes(raw)
	if err != nil {
		*skips = append(*skips, Skip{i, fmt.Sprintf("feature %d: %v", i, jsonError(raw))})
		return false
	}
	return convertValue(v, raw, i, base, f, skips)
}

// convertValue is convertFeature once raw is parsed into v.
func convertValue(v *fastjson.Value, raw []byte, i int, base style.Style, f *Feature, skips *[]Skip) bool {
	if v.Type() != fastjson.TypeObject {
		*skips = append(*skips, Skip{i, fmt.Sprintf("feature %d: %s, want an object", i, kindOf(raw))})
		return false
	}
	f.ID = i
	f.Style = base
	typ := string(v.GetStringBytes("type"))
	geom := v
	if typ == "Feature" {
		geom = v.Get("geometry")
		if props := v.Get("properties"); props != nil {
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
				var problems []string
				f.Style, problems = style.Parse(get, base)
				for _, pr := range problems {
					*skips = append(*skips, Skip{i, fmt.Sprintf("feature %d: %s (default used)", i, pr)})
				}
			case fastjson.TypeNull:
			default:
				*skips = append(*skips, Skip{i, fmt.Sprintf("feature %d: properties is %s, want an object (ignored)", i, kindOf(props.MarshalTo(nil)))})
			}
		}
	} else if typ == "" {
		*skips = append(*skips, Skip{i, fmt.Sprintf("feature %d: no \"type\"", i)})
		return false
	} else if typ == "FeatureCollection" {
		*skips = append(*skips, Skip{i, fmt.Sprintf("feature %d: a FeatureCollection inside a collection", i)})
		return false
	}
	if geom == nil || geom.Type() == fastjson.TypeNull {
		f.Geometry = nil
		return true
	}
	g, repairs, err := geometry(geom, 0)
	for _, r := range repairs {
		*skips = append(*skips, Skip{i, fmt.Sprintf("feature %d: %s", i, r)})
	}
	if err != nil {
		*skips = append(*skips, Skip{i, fmt.Sprintf("feature %d: %v", i, err)})
		return false
	}
	f.Geometry = g
	return true
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

// maxGeometryDepth bounds nested GeometryCollections.
const maxGeometryDepth = 32

var errTooDeep = fmt.Errorf("GeometryCollections nested more than %d deep", maxGeometryDepth)

// geometry converts a GeoJSON geometry object. Repairs (rings closed,
// degenerate rings dropped) are reported; unusable geometry is an error.
func geometry(v *fastjson.Value, depth int) (orb.Geometry, []string, error) {
	if v.Type() != fastjson.TypeObject {
		return nil, nil, errors.New("geometry is not an object")
	}
	typ := string(v.GetStringBytes("type"))
	if typ == "GeometryCollection" {
		if depth >= maxGeometryDepth {
			return nil, nil, errTooDeep
		}
		gv := v.Get("geometries")
		if gv == nil {
			return nil, nil, errors.New(`GeometryCollection has no "geometries" array`)
		}
		gs, err := gv.Array()
		if err != nil {
			return nil, nil, errors.New(`GeometryCollection has no "geometries" array`)
		}
		var out orb.Collection
		var repairs []string
		for j, gv := range gs {
			g, r, err := geometry(gv, depth+1)
			repairs = append(repairs, r...)
			if err == errTooDeep {
				return nil, repairs, err
			}
			if err != nil {
				return nil, repairs, fmt.Errorf("geometry %d: %w", j, err)
			}
			out = append(out, g)
		}
		return out, repairs, nil
	}
	c := v.Get("coordinates")
	if c == nil {
		if typ == "" {
			return nil, nil, errors.New(`geometry has no "type"`)
		}
		return nil, nil, fmt.Errorf("%s has no coordinates", typ)
	}
	var rp []string
	switch typ {
	case "Point":
		p, err := position(c)
		return p, nil, err
	case "MultiPoint":
		ps, err := positions(c, 0)
		return orb.MultiPoint(ps), nil, err
	case "LineString":
		ps, err := positions(c, 2)
		return orb.LineString(ps), nil, err
	case "MultiLineString":
		a, err := c.Array()
		if err != nil {
			return nil, nil, errors.New("MultiLineString coordinates are not an array")
		}
		out := make(orb.MultiLineString, 0, len(a))
		for _, x := range a {
			ps, err := positions(x, 2)
			if err != nil {
				return nil, nil, err
			}
			out = append(out, ps)
		}
		return out, nil, nil
	case "Polygon":
		p, err := polygon(c, &rp)
		return p, rp, err
	case "MultiPolygon":
		a, err := c.Array()
		if err != nil {
			return nil, nil, errors.New("MultiPolygon coordinates are not an array")
		}
		out := make(orb.MultiPolygon, 0, len(a))
		for _, x := range a {
			p, err := polygon(x, &rp)
			if err != nil {
				return nil, rp, err
			}
			out = append(out, p)
		}
		return out, rp, nil
	case "":
		return nil, nil, errors.New(`geometry has no "type"`)
	}
	return nil, nil, fmt.Errorf("geometry type %q is not GeoJSON", clip(typ, 30))
}

func polygon(c *fastjson.Value, repairs *[]string) (orb.Polygon, error) {
	a, err := c.Array()
	if err != nil {
		return nil, errors.New("polygon coordinates are not an array of rings")
	}
	if len(a) == 0 {
		return nil, errors.New("polygon has no rings")
	}
	out := make(orb.Polygon, 0, len(a))
	for j, x := range a {
		ps, err := positions(x, 0)
		if err != nil {
			return nil, err
		}
		if len(ps) > 0 && ps[0] != ps[len(ps)-1] {
			ps = append(ps, ps[0])
			*repairs = append(*repairs, fmt.Sprintf("ring %d was not closed; closed it", j))
		}
		if len(ps) < 4 {
			if j == 0 {
				return nil, fmt.Errorf("outer ring has %d positions, want 4 or more", len(ps))
			}
			*repairs = append(*repairs, fmt.Sprintf("hole %d has %d positions, dropped it", j, len(ps)))
			continue
		}
		out = append(out, orb.Ring(ps))
	}
	return out, nil
}

func positions(c *fastjson.Value, least int) ([]orb.Point, error) {
	a, err := c.Array()
	if err != nil {
		return nil, errors.New("coordinates are not an array of positions")
	}
	out := make([]orb.Point, len(a))
	for j, x := range a {
		if out[j], err = position(x); err != nil {
			return nil, err
		}
	}
	if len(out) < least {
		return nil, fmt.Errorf("line has %d positions, want %d or more", len(out), least)
	}
	return out, nil
}

func position(c *fastjson.Value) (orb.Point, error) {
	a, err := c.Array()
	if err != nil {
		return orb.Point{}, fmt.Errorf("position %s is not an array", clip(c.String(), 30))
	}
	if len(a) < 2 {
		return orb.Point{}, fmt.Errorf("position %s has fewer than 2 numbers", clip(c.String(), 30))
	}
	lon, err1 := a[0].Float64()
	lat, err2 := a[1].Float64()
	if err1 != nil || err2 != nil {
		return orb.Point{}, fmt.Errorf("position %s is not numbers", clip(c.String(), 30))
	}
	if math.IsNaN(lon) || math.IsNaN(lat) || math.IsInf(lon, 0) || math.IsInf(lat, 0) {
		return orb.Point{}, fmt.Errorf("position %s is not finite", clip(c.String(), 30))
	}
	if lat < -90 || lat > 90 || lon < -540 || lon > 540 {
		return orb.Point{}, fmt.Errorf("position %s is out of range (lon -180..180, lat -90..90)", clip(c.String(), 40))
	}
	return orb.Point{lon, lat}, nil
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
