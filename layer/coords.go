package layer

import (
	"strconv"

	"github.com/paulmach/orb"
)

// readCoordinates reads the coordinates of a geometry of type typ from
// their JSON text in one pass. It is for big features, whose text gjson
// has checked: walking it through gjson scans each nested array again at
// every level of nesting (five times for a MultiPolygon), and that was
// most of the time of loading the countries. ok is false when anything is
// not as a well-formed geometry has it (a position that is not numbers or
// out of range, a line or outer ring too short): the caller then walks
// the text through node, which explains what is wrong. What it returns is
// what that walk would: the same geometry, the same repairs.
func readCoordinates(typ, raw string) (g orb.Geometry, repairs []string, ok bool) {
	r := coordReader{s: raw}
	switch typ {
	case "Point":
		p, ok := r.position()
		return p, nil, ok && r.end()
	case "MultiPoint":
		ps, ok := r.positions(0)
		return orb.MultiPoint(ps), nil, ok && r.end()
	case "LineString":
		ps, ok := r.positions(2)
		return orb.LineString(ps), nil, ok && r.end()
	case "MultiLineString":
		out := orb.MultiLineString{}
		ok := r.array(func() bool {
			ps, ok := r.positions(2)
			out = append(out, ps)
			return ok
		})
		return out, nil, ok && r.end()
	case "Polygon":
		p, ok := r.polygon(&repairs)
		return p, repairs, ok && r.end()
	case "MultiPolygon":
		out := orb.MultiPolygon{}
		ok := r.array(func() bool {
			p, ok := r.polygon(&repairs)
			out = append(out, p)
			return ok
		})
		return out, repairs, ok && r.end()
	}
	return nil, nil, false
}

// coordReader reads nested arrays of numbers from valid JSON text.
type coordReader struct {
	s string
	i int
}

func (r *coordReader) space() {
	for r.i < len(r.s) && (r.s[r.i] == ' ' || r.s[r.i] == '\t' || r.s[r.i] == '\n' || r.s[r.i] == '\r') {
		r.i++
	}
}

// is consumes c, after any space, if it comes next.
func (r *coordReader) is(c byte) bool {
	r.space()
	if r.i < len(r.s) && r.s[r.i] == c {
		r.i++
		return true
	}
	return false
}

// end reports whether nothing but space is left.
func (r *coordReader) end() bool {
	r.space()
	return r.i == len(r.s)
}

// array reads '[' elem (',' elem)* ']', each element by elem, or "[]".
func (r *coordReader) array(elem func() bool) bool {
	if !r.is('[') {
		return false
	}
	if r.is(']') {
		return true
	}
	for {
		if !elem() {
			return false
		}
		if r.is(']') {
			return true
		}
		if !r.is(',') {
			return false
		}
	}
}

// number reads a JSON number.
func (r *coordReader) number() (float64, bool) {
	r.space()
	j := r.i
	for j < len(r.s) {
		c := r.s[j]
		if c >= '0' && c <= '9' || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E' {
			j++
			continue
		}
		break
	}
	if j == r.i {
		return 0, false
	}
	f, err := strconv.ParseFloat(r.s[r.i:j], 64)
	r.i = j
	return f, err == nil
}

// position reads [lon, lat] or a position with more numbers after them,
// in range, as gjPosition takes it.
func (r *coordReader) position() (orb.Point, bool) {
	var xy [2]float64
	n := 0
	ok := r.array(func() bool {
		f, ok := r.number()
		if n < 2 {
			xy[n] = f
		}
		n++
		return ok
	})
	if !ok || n < 2 || !inRange(xy[0], xy[1]) {
		return orb.Point{}, false
	}
	return orb.Point(xy), true
}

// positions reads an array of at least least positions.
func (r *coordReader) positions(least int) ([]orb.Point, bool) {
	var out []orb.Point
	ok := r.array(func() bool {
		p, ok := r.position()
		out = append(out, p)
		return ok
	})
	return out, ok && len(out) >= least
}

// polygon reads a polygon's rings and repairs them as polygon does.
func (r *coordReader) polygon(repairs *[]string) (orb.Polygon, bool) {
	out := orb.Polygon{}
	j := 0
	ok := r.array(func() bool {
		ps, ok := r.positions(0)
		if !ok || addRing(&out, ps, j, repairs) != nil {
			return false
		}
		j++
		return true
	})
	return out, ok && j > 0
}
