package layer

import (
	"math"
	"strconv"
)

// props are the properties of a feature read from a format other than
// GeoJSON, in the order of the file's columns or elements. They become
// the feature's Props (JSON text) and are looked up, before that, for its
// label and style.
type props []prop

// prop is one property: a string, or a JSON literal kept as its text (a
// number as written, true, false or null), so that no value is boxed.
type prop struct {
	key, val string
	literal  bool // val is JSON text, not a string
}

// str is a string property.
func str(key, val string) prop { return prop{key, val, false} }

// num is a number property.
func num(key string, v float64) prop {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return prop{key, "null", true}
	}
	return prop{key, strconv.FormatFloat(v, 'f', -1, 64), true}
}

// integer is an integer property.
func integer(key string, v int64) prop { return prop{key, strconv.FormatInt(v, 10), true} }

// boolean is a true or false property.
func boolean(key string, v bool) prop { return prop{key, strconv.FormatBool(v), true} }

// null is a property with no value.
func null(key string) prop { return prop{key, "null", true} }

// get looks a property up for style.Parse and nameOf, its value decoded
// as a Getter's are: string, float64, bool or nil.
func (ps props) get(key string) (any, bool) {
	for _, p := range ps {
		if p.key == key {
			if !p.literal {
				return p.val, true
			}
			switch p.val {
			case "true":
				return true, true
			case "false":
				return false, true
			case "null":
				return nil, true
			}
			f, _ := strconv.ParseFloat(p.val, 64)
			return f, true
		}
	}
	return nil, false
}

// set replaces key's property, or adds it at the end.
func (ps *props) set(p prop) {
	for i := range *ps {
		if (*ps)[i].key == p.key {
			(*ps)[i] = p
			return
		}
	}
	*ps = append(*ps, p)
}

// appendJSON appends the properties as a JSON object. A key given twice
// keeps its first value, as a JSON object can hold a key once.
func (ps props) appendJSON(b []byte) []byte {
	b = append(b, '{')
	for i, p := range ps {
		if dup(ps[:i], p.key) {
			continue
		}
		if len(b) > 1 {
			b = append(b, ',')
		}
		b = appendString(b, p.key)
		b = append(b, ':')
		if p.literal {
			b = append(b, p.val...)
		} else {
			b = appendString(b, p.val)
		}
	}
	return append(b, '}')
}

// dup reports whether key is among ps; properties are few, so a scan
// beats a map.
func dup(ps props, key string) bool {
	for _, p := range ps {
		if p.key == key {
			return true
		}
	}
	return false
}

// appendString appends s as a JSON string; s is valid UTF-8 (readers
// replace what is not).
func appendString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' {
			continue
		}
		b = append(b, s[start:i]...)
		switch c {
		case '"', '\\':
			b = append(b, '\\', c)
		case '\n':
			b = append(b, '\\', 'n')
		case '\r':
			b = append(b, '\\', 'r')
		case '\t':
			b = append(b, '\\', 't')
		default:
			b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
		}
		start = i + 1
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// numberText reports whether s is a number written as JSON writes one
// (-12, 3.5, 1e-3), and so can be kept as a number with its text: "007",
// "+1", "1.", "NaN" and "0x1f" are not, and stay strings.
func numberText(s string) bool {
	i, n := 0, len(s)
	if i < n && s[i] == '-' {
		i++
	}
	switch {
	case i == n:
		return false
	case s[i] == '0':
		i++
	case s[i] >= '1' && s[i] <= '9':
		for i < n && s[i] >= '0' && s[i] <= '9' {
			i++
		}
	default:
		return false
	}
	if i < n && s[i] == '.' {
		i++
		d := i
		for i < n && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		if i == d {
			return false
		}
	}
	if i < n && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < n && (s[i] == '+' || s[i] == '-') {
			i++
		}
		d := i
		for i < n && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		if i == d {
			return false
		}
	}
	return i == n && n <= 40
}
