package layer

import (
	"math"
	"strconv"
	"sync"

	"github.com/paulmach/orb"
	"github.com/valyala/fastjson"

	"newsatlas/style"
)

// The fast path reads a Feature in one pass over its bytes, straight into
// orb points: no tree of parsed values (hundreds of bytes a vertex, for
// the 16 kept) is built, only the properties are parsed as values. Only
// regular input takes it; whatever it would have to repair or explain
// goes through the general path (convertValue), which says what is wrong
// in the same words as always.

// fastFeature converts a Feature whose input is valid JSON. It returns
// handled=false, leaving f and skips alone, when the general path must
// take it.
func fastFeature(p *fastjson.Parser, raw []byte, i int, base style.Style, f *Feature, skips *[]Skip) (handled bool) {
	sc := scanners.Get().(*coordScanner)
	defer scanners.Put(sc)
	sc.s, sc.i, sc.bad = raw, 0, false
	var typ []byte
	var props []byte
	var geom orb.Geometry
	var seen [3]bool
	sc.object(func(key []byte) {
		switch string(key) {
		case "type":
			typ = sc.str()
			sc.once(&seen[0])
		case "properties":
			props = sc.skip()
			sc.once(&seen[1])
		case "geometry":
			geom = sc.geometry()
			sc.once(&seen[2])
		default:
			sc.skip()
		}
	})
	if sc.space(); sc.bad || sc.i != len(sc.s) || string(typ) != "Feature" {
		return false
	}
	out := Feature{ID: i, Style: base, Geometry: geom}
	var notes []Skip
	if len(props) > 0 && props[0] == '{' {
		pv, err := p.ParseBytes(props)
		if err != nil {
			return false
		}
		o, _ := pv.Object()
		get := func(k string) (any, bool) {
			x := o.Get(k)
			if x == nil {
				return nil, false
			}
			return value(x), true
		}
		out.Props = marshal(pv)
		out.Name = nameOf(get)
		out.LabelAt = dataLabel(o)
		var problems []string
		out.Style, problems = style.Parse(get, base)
		for _, pr := range problems {
			notes = append(notes, Skip{i, "feature " + strconv.Itoa(i) + ": " + pr + " (default used)"})
		}
	} else if len(props) > 0 && string(props) != "null" {
		return false
	}
	*f = out
	*skips = append(*skips, notes...)
	return true
}

var scanners = sync.Pool{New: func() any { return new(coordScanner) }}

// coordScanner reads a feature from valid JSON text. It sets bad, and the
// caller drops what it made, at anything the general path has to explain
// or repair: a member twice, a key with escapes, a geometry collection,
// coordinates that are not nested arrays of numbers, a position out of
// range, an open or short ring, a line of one position.
type coordScanner struct {
	s   []byte
	i   int
	bad bool
	pts []orb.Point // scratch for one array of positions
}

func (c *coordScanner) space() {
	for c.i < len(c.s) && (c.s[c.i] == ' ' || c.s[c.i] == '\t' || c.s[c.i] == '\n' || c.s[c.i] == '\r') {
		c.i++
	}
}

func (c *coordScanner) peek() byte {
	c.space()
	if c.i < len(c.s) {
		return c.s[c.i]
	}
	c.bad = true
	return 0
}

// expect consumes byte b after spaces.
func (c *coordScanner) expect(b byte) bool {
	if c.peek() == b {
		c.i++
		return true
	}
	c.bad = true
	return false
}

// once marks a member as seen, and the input bad when it was already.
func (c *coordScanner) once(seen *bool) {
	if *seen {
		c.bad = true
	}
	*seen = true
}

// str reads a string without escapes and returns its bytes (in the
// input).
func (c *coordScanner) str() []byte {
	if !c.expect('"') {
		return nil
	}
	j := c.i
	for j < len(c.s) && c.s[j] != '"' && c.s[j] != '\\' {
		j++
	}
	if j == len(c.s) || c.s[j] == '\\' {
		c.bad = true
		return nil
	}
	s := c.s[c.i:j]
	c.i = j + 1
	return s
}

// skip passes over one value and returns its text.
func (c *coordScanner) skip() []byte {
	c.space()
	if c.i >= len(c.s) {
		c.bad = true
		return nil
	}
	end, ok := valueEnd(c.s, c.i)
	if !ok || end < 0 {
		c.bad = true
		return nil
	}
	v := c.s[c.i:end]
	c.i = end
	return v
}

// object calls member for each key of an object, with the scanner at its
// value, which member must consume.
func (c *coordScanner) object(member func(key []byte)) {
	if !c.expect('{') {
		return
	}
	if c.peek() == '}' {
		c.i++
		return
	}
	for !c.bad {
		key := c.str()
		if !c.expect(':') {
			return
		}
		member(key)
		switch c.peek() {
		case ',':
			c.i++
		case '}':
			c.i++
			return
		default:
			c.bad = true
		}
	}
}

// list calls item for each element of an array (possibly empty).
func (c *coordScanner) list(item func()) {
	if !c.expect('[') {
		return
	}
	if c.peek() == ']' {
		c.i++
		return
	}
	for !c.bad {
		item()
		switch c.peek() {
		case ',':
			c.i++
		case ']':
			c.i++
			return
		default:
			c.bad = true
		}
	}
}

// geometry reads a geometry object other than a collection, or null.
func (c *coordScanner) geometry() orb.Geometry {
	if c.peek() == 'n' {
		if c.skip(); c.bad {
			return nil
		}
		return nil
	}
	var typ []byte
	var seen [2]bool
	// The coordinates may come before the type: read them by their
	// depth of nesting, and check the depth against the type after.
	var pt orb.Point
	var line []orb.Point
	var lines [][]orb.Point
	var polys [][][]orb.Point
	depth := 0
	c.object(func(key []byte) {
		switch string(key) {
		case "type":
			typ = c.str()
			c.once(&seen[0])
		case "coordinates":
			c.once(&seen[1])
			depth = c.depth()
			switch depth {
			case 1:
				pt = c.position()
			case 2:
				line = c.positions()
			case 3:
				c.list(func() { lines = append(lines, c.positions()) })
			case 4:
				c.list(func() {
					var p [][]orb.Point
					c.list(func() { p = append(p, c.positions()) })
					polys = append(polys, p)
				})
			default:
				c.bad = true
			}
		default:
			c.skip()
		}
	})
	if c.bad || !seen[1] {
		c.bad = true
		return nil
	}
	switch t := string(typ); {
	case t == "Point" && depth == 1:
		return pt
	case t == "MultiPoint" && depth == 2:
		return orb.MultiPoint(line)
	case t == "LineString" && depth == 2 && len(line) >= 2:
		return orb.LineString(line)
	case t == "MultiLineString" && depth == 3:
		out := make(orb.MultiLineString, len(lines))
		for i, l := range lines {
			if len(l) < 2 {
				c.bad = true
			}
			out[i] = l
		}
		return out
	case t == "Polygon" && depth == 3:
		return c.polygon(lines)
	case t == "MultiPolygon" && depth == 4:
		out := make(orb.MultiPolygon, len(polys))
		for i, p := range polys {
			out[i] = c.polygon(p)
		}
		return out
	}
	c.bad = true
	return nil
}

// depth counts the brackets that open the coordinates, and calls an empty
// array at any level bad: its type cannot be told from it.
func (c *coordScanner) depth() int {
	c.space()
	n := 0
	for j := c.i; j < len(c.s); j++ {
		switch c.s[j] {
		case '[':
			n++
			continue
		case ' ', '\t', '\n', '\r':
			continue
		case ']':
			c.bad = true
		}
		break
	}
	return n
}

// polygon checks that rings are closed and four positions or more.
func (c *coordScanner) polygon(rings [][]orb.Point) orb.Polygon {
	if len(rings) == 0 {
		c.bad = true
	}
	p := make(orb.Polygon, len(rings))
	for i, r := range rings {
		if len(r) < 4 || r[0] != r[len(r)-1] {
			c.bad = true
		}
		p[i] = r
	}
	return p
}

// position reads [lon, lat, ...] (extra numbers ignored).
func (c *coordScanner) position() orb.Point {
	var p orb.Point
	n := 0
	c.list(func() {
		v := c.number()
		if n < 2 {
			p[n] = v
		}
		n++
	})
	if n < 2 || p[1] < -90 || p[1] > 90 || p[0] < -540 || p[0] > 540 {
		c.bad = true
	}
	return p
}

// positions reads an array of positions into a slice of its own size. The
// usual [x,y] pairs take a loop of their own; anything else goes through
// position.
func (c *coordScanner) positions() []orb.Point {
	c.pts = c.pts[:0]
	if !c.expect('[') {
		return nil
	}
	if c.peek() == ']' {
		c.i++
		return []orb.Point{}
	}
	for !c.bad {
		if p, ok := c.pair(); ok {
			c.pts = append(c.pts, p)
		} else {
			c.pts = append(c.pts, c.position())
		}
		switch c.peek() {
		case ',':
			c.i++
			continue
		case ']':
			c.i++
		default:
			c.bad = true
		}
		break
	}
	if c.bad {
		return nil
	}
	out := make([]orb.Point, len(c.pts))
	copy(out, c.pts)
	return out
}

// pair reads a position written [x,y] with no spaces, in range; ok is
// false, and nothing consumed, for anything else.
func (c *coordScanner) pair() (p orb.Point, ok bool) {
	c.space()
	i := c.i
	if i >= len(c.s) || c.s[i] != '[' {
		return p, false
	}
	c.i++
	x := c.number()
	if c.bad || c.i >= len(c.s) || c.s[c.i] != ',' {
		c.i, c.bad = i, false
		return p, false
	}
	c.i++
	y := c.number()
	if c.bad || c.i >= len(c.s) || c.s[c.i] != ']' || y < -90 || y > 90 || x < -540 || x > 540 {
		c.i, c.bad = i, false
		return p, false
	}
	c.i++
	return orb.Point{x, y}, true
}

// pow10 are the powers of ten a float64 holds exactly.
var pow10 = [...]float64{1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22}

// number reads a JSON number. Plain decimals of up to 15 digits, the
// usual coordinates, are made exactly as strconv would (an integer and a
// power of ten both exact, one division rounds correctly); anything else
// goes to strconv.
func (c *coordScanner) number() float64 {
	c.space()
	j, neg := c.i, false
	if j < len(c.s) && c.s[j] == '-' {
		neg = true
		j++
	}
	var m uint64
	digits, frac := 0, -1
	for ; j < len(c.s); j++ {
		d := c.s[j]
		if d >= '0' && d <= '9' {
			m = m*10 + uint64(d-'0')
			digits++
			if frac >= 0 {
				frac++
			}
			continue
		}
		if d == '.' && frac < 0 {
			frac = 0
			continue
		}
		break
	}
	if digits > 0 && digits <= 15 && (j == len(c.s) || (c.s[j] != 'e' && c.s[j] != 'E')) {
		v := float64(m)
		if frac > 0 {
			v /= pow10[frac]
		}
		if neg {
			v = -v
		}
		c.i = j
		return v
	}
	for j < len(c.s) && (c.s[j] >= '0' && c.s[j] <= '9' || c.s[j] == '-' || c.s[j] == '+' || c.s[j] == '.' || c.s[j] == 'e' || c.s[j] == 'E') {
		j++
	}
	v, err := strconv.ParseFloat(string(c.s[c.i:j]), 64)
	if err != nil || j == c.i || math.IsInf(v, 0) {
		c.bad = true
		return 0
	}
	c.i = j
	return v
}
