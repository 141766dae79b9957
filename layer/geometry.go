package layer

import (
	"errors"
	"fmt"
	"math"
	"strings"

	"github.com/paulmach/orb"
	"github.com/tidwall/gjson"
	"github.com/valyala/fastjson"
)

// maxGeometryDepth bounds nested GeometryCollections.
const maxGeometryDepth = 32

var errTooDeep = fmt.Errorf("GeometryCollections nested more than %d deep", maxGeometryDepth)

// geometry converts a GeoJSON geometry object. Repairs (rings closed,
// degenerate holes dropped) are reported; unusable geometry is an error.
func geometry(v node, depth int) (orb.Geometry, []string, error) {
	if v.kind() != fastjson.TypeObject {
		return nil, nil, errors.New("geometry is not an object")
	}
	typ := stringOf(v.get("type"))
	if typ == "GeometryCollection" {
		if depth >= maxGeometryDepth {
			return nil, nil, errTooDeep
		}
		gs := v.get("geometries")
		if gs == nil || gs.kind() != fastjson.TypeArray {
			return nil, nil, errors.New(`GeometryCollection has no "geometries" array`)
		}
		out := orb.Collection{}
		var repairs []string
		var err error
		j := 0
		each(gs, "", func(gv node) error {
			g, r, e := geometry(gv, depth+1)
			repairs = append(repairs, r...)
			_, empty := e.(emptyGeometry)
			switch {
			case e == errTooDeep:
				err = e
			case empty:
				repairs = append(repairs, fmt.Sprintf("geometry %d: %v, dropped it", j, e))
			case e != nil:
				err = fmt.Errorf("geometry %d: %w", j, e)
			default:
				out = append(out, g)
			}
			j++
			return err
		})
		if err != nil {
			return nil, repairs, err
		}
		switch {
		case j == 0:
			return nil, repairs, emptyGeometry{typ, `"geometries" is []`}
		case len(out) == 0:
			return nil, repairs, emptyGeometry{typ, "every geometry in it is empty"}
		}
		return out, repairs, nil
	}
	c := v.get("coordinates")
	if c == nil {
		if typ == "" {
			return nil, nil, errors.New(`geometry has no "type"`)
		}
		return nil, nil, fmt.Errorf("%s has no coordinates", typ)
	}
	if knownType(typ) && emptyArray(c) {
		return nil, nil, emptyGeometry{typ, `"coordinates" is []`}
	}
	if t, ok := c.(gj); ok {
		if g, rp, ok := readCoordinates(typ, t.r.Raw); ok {
			return g, rp, nil
		}
		// Something is wrong: the walk below says what.
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
		out := orb.MultiLineString{}
		err := each(c, "MultiLineString coordinates are not an array", func(x node) error {
			ps, err := positions(x, 2)
			out = append(out, ps)
			return err
		})
		return out, nil, err
	case "Polygon":
		p, err := polygon(c, &rp)
		return p, rp, err
	case "MultiPolygon":
		out := orb.MultiPolygon{}
		err := each(c, "MultiPolygon coordinates are not an array", func(x node) error {
			p, err := polygon(x, &rp)
			out = append(out, p)
			return err
		})
		return out, rp, err
	case "":
		return nil, nil, errors.New(`geometry has no "type"`)
	}
	return nil, nil, fmt.Errorf("geometry type %q is not GeoJSON", clip(typ, 30))
}

// emptyGeometry is a geometry with an empty coordinates (or geometries)
// array, which RFC 7946 §3.1 allows: the feature is kept with no
// geometry.
type emptyGeometry struct {
	typ string
	why string // what is empty
}

func (e emptyGeometry) Error() string {
	return fmt.Sprintf("empty %s (%s)", e.typ, e.why)
}

// emptyArray reports whether c is [].
func emptyArray(c node) bool {
	switch v := c.(type) {
	case fj:
		a, err := v.v.Array()
		return err == nil && len(a) == 0
	case gj:
		raw := v.r.Raw
		return v.r.IsArray() && strings.TrimSpace(raw[1:len(raw)-1]) == ""
	}
	return false
}

// knownType reports whether typ names a GeoJSON geometry with coordinates.
func knownType(typ string) bool {
	switch typ {
	case "Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon":
		return true
	}
	return false
}

// each calls fn for every element of the array c, stopping at the first
// error; notArray is the error when c is not an array.
func each(c node, notArray string, fn func(node) error) error {
	if c.kind() != fastjson.TypeArray {
		return errors.New(notArray)
	}
	switch v := c.(type) {
	case fj:
		a, _ := v.v.Array()
		for _, x := range a {
			if err := fn(fj{x}); err != nil {
				return err
			}
		}
	case gj:
		return gjEach(v.r, fn)
	}
	return nil
}

// gjEach is each over an array gjson walks.
func gjEach(r gjson.Result, fn func(node) error) error {
	var err error
	r.ForEach(func(_, x gjson.Result) bool {
		err = fn(gj{x})
		return err == nil
	})
	return err
}

func polygon(c node, repairs *[]string) (orb.Polygon, error) {
	out := orb.Polygon{}
	j := 0
	err := each(c, "polygon coordinates are not an array of rings", func(x node) error {
		defer func() { j++ }()
		ps, err := positions(x, 0)
		if err != nil {
			return err
		}
		return addRing(&out, ps, j, repairs)
	})
	if err != nil {
		return nil, err
	}
	if j == 0 {
		return nil, errors.New("polygon has no rings")
	}
	return out, nil
}

// addRing adds ring j of a polygon, closed if it was not; a hole too short
// to enclose anything is dropped, an outer ring so is an error.
func addRing(p *orb.Polygon, ps []orb.Point, j int, repairs *[]string) error {
	if len(ps) > 0 && ps[0] != ps[len(ps)-1] {
		ps = append(ps, ps[0])
		*repairs = append(*repairs, fmt.Sprintf("ring %d was not closed; closed it", j))
	}
	if len(ps) < 4 {
		if j == 0 {
			return fmt.Errorf("outer ring has %d positions, want 4 or more", len(ps))
		}
		*repairs = append(*repairs, fmt.Sprintf("hole %d has %d positions, dropped it", j, len(ps)))
		return nil
	}
	*p = append(*p, orb.Ring(ps))
	return nil
}

func positions(c node, least int) ([]orb.Point, error) {
	var out []orb.Point
	var err error
	if v, ok := c.(fj); ok && v.v.Type() == fastjson.TypeArray {
		// Well-formed positions are read straight from fastjson's values,
		// without a call through node for each part of each.
		a, _ := v.v.Array()
		out = make([]orb.Point, 0, len(a))
		for _, x := range a {
			p, ok := fjPosition(x)
			if !ok {
				if p, err = position(fj{x}); err != nil {
					return nil, err
				}
			}
			out = append(out, p)
		}
	} else if v, ok := c.(gj); ok && v.r.IsArray() {
		// A big feature's positions are read straight from gjson's
		// results: wrapping each in a node would allocate per position.
		v.r.ForEach(func(_, x gjson.Result) bool {
			p, ok := gjPosition(x)
			if !ok {
				p, err = position(gj{x})
			}
			out = append(out, p)
			return err == nil
		})
	} else {
		err = each(c, "coordinates are not an array of positions", func(x node) error {
			p, err := position(x)
			out = append(out, p)
			return err
		})
	}
	if err != nil {
		return nil, err
	}
	if len(out) < least {
		return nil, fmt.Errorf("line has %d positions, want %d or more", len(out), least)
	}
	return out, nil
}

func position(c node) (orb.Point, error) {
	if c.kind() != fastjson.TypeArray {
		return orb.Point{}, fmt.Errorf("position %s is not an array", clip(c.text(), 30))
	}
	el, n := firstTwo(c)
	deep := n > 0 && el[0].kind() == fastjson.TypeArray || n > 1 && el[1].kind() == fastjson.TypeArray
	numbers := n > 1 && el[0].kind() == fastjson.TypeNumber && el[1].kind() == fastjson.TypeNumber
	var xy [2]float64
	if numbers {
		xy = [2]float64{el[0].num(), el[1].num()}
	}
	if deep {
		return orb.Point{}, fmt.Errorf("position %s is nested too deeply, want [lon, lat]", clip(c.text(), 30))
	}
	if n < 2 {
		return orb.Point{}, fmt.Errorf("position %s has fewer than 2 numbers", clip(c.text(), 30))
	}
	if !numbers {
		return orb.Point{}, fmt.Errorf("position %s is not numbers", clip(c.text(), 30))
	}
	lon, lat := xy[0], xy[1]
	if math.IsNaN(lon) || math.IsNaN(lat) || math.IsInf(lon, 0) || math.IsInf(lat, 0) {
		return orb.Point{}, fmt.Errorf("position %s is not finite", clip(c.text(), 30))
	}
	if !inRange(lon, lat) {
		return orb.Point{}, fmt.Errorf("position %s is out of range (want lon -540..540, lat -90..90)", clip(c.text(), 40))
	}
	return orb.Point{lon, lat}, nil
}

// firstTwo returns the first two elements of the array c and how many it
// has (counted up to 2).
func firstTwo(c node) (el [2]node, n int) {
	switch v := c.(type) {
	case fj:
		a, _ := v.v.Array()
		for n < len(a) && n < 2 {
			el[n] = fj{a[n]}
			n++
		}
		return el, n
	case gj:
		return gjFirstTwo(v.r)
	}
	return el, 0
}

// inRange reports whether a position's numbers are a longitude within
// one world's wrap of the antimeridian and a latitude (false for NaN).
func inRange(lon, lat float64) bool {
	return lat >= -90 && lat <= 90 && lon >= -540 && lon <= 540
}

// fjPosition reads a well-formed position as gjPosition does.
func fjPosition(v *fastjson.Value) (orb.Point, bool) {
	if v.Type() != fastjson.TypeArray {
		return orb.Point{}, false
	}
	a, _ := v.Array()
	if len(a) < 2 || a[0].Type() != fastjson.TypeNumber || a[1].Type() != fastjson.TypeNumber {
		return orb.Point{}, false
	}
	lon, lat := a[0].GetFloat64(), a[1].GetFloat64()
	if !inRange(lon, lat) {
		return orb.Point{}, false
	}
	return orb.Point{lon, lat}, true
}

// gjPosition reads a well-formed position, [lon, lat] or with more
// numbers after them, in range, and says whether it was one; position
// explains what is wrong with any other.
func gjPosition(r gjson.Result) (orb.Point, bool) {
	if !r.IsArray() {
		return orb.Point{}, false
	}
	var xy [2]gjson.Result
	n := 0
	r.ForEach(func(_, x gjson.Result) bool {
		xy[n] = x
		n++
		return n < 2
	})
	if n < 2 || xy[0].Type != gjson.Number || xy[1].Type != gjson.Number {
		return orb.Point{}, false
	}
	lon, lat := xy[0].Num, xy[1].Num
	if !inRange(lon, lat) {
		return orb.Point{}, false
	}
	return orb.Point{lon, lat}, true
}

func gjFirstTwo(r gjson.Result) (el [2]node, n int) {
	r.ForEach(func(_, x gjson.Result) bool {
		el[n] = gj{x}
		n++
		return n < 2
	})
	return el, n
}
