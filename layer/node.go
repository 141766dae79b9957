package layer

import (
	"bytes"
	"encoding/json"
	"strings"

	"github.com/tidwall/gjson"
	"github.com/valyala/fastjson"
)

// node is what reading a feature needs of a JSON value. Most features are
// parsed whole by fastjson; a big one (a country of a hundred thousand
// positions) is walked in its text by gjson instead, which builds no value
// per number. Both are read through node, by one piece of code.
type node interface {
	kind() fastjson.Type
	get(key string) node // nil when absent
	num() float64        // a number's value
	str() string         // a string's value
	text() string        // the JSON text, for messages
	// fast is the value parsed by fastjson (with p when it must be
	// parsed), for properties, which are read as Go values.
	fast(p *fastjson.Parser) (*fastjson.Value, error)
}

// fj is a value fastjson parsed.
type fj struct{ v *fastjson.Value }

func (n fj) kind() fastjson.Type { return n.v.Type() }
func (n fj) get(key string) node {
	if x := n.v.Get(key); x != nil {
		return fj{x}
	}
	return nil
}
func (n fj) num() float64                                   { return n.v.GetFloat64() }
func (n fj) str() string                                    { return string(n.v.GetStringBytes()) }
func (n fj) text() string                                   { return n.v.String() }
func (n fj) fast(*fastjson.Parser) (*fastjson.Value, error) { return n.v, nil }

// gj is a value in JSON text that gjson walks.
type gj struct{ r gjson.Result }

func (n gj) kind() fastjson.Type {
	switch n.r.Type {
	case gjson.String:
		return fastjson.TypeString
	case gjson.Number:
		return fastjson.TypeNumber
	case gjson.True:
		return fastjson.TypeTrue
	case gjson.False:
		return fastjson.TypeFalse
	case gjson.Null:
		return fastjson.TypeNull
	}
	if n.r.IsArray() {
		return fastjson.TypeArray
	}
	return fastjson.TypeObject
}
func (n gj) get(key string) node {
	if x := n.r.Get(gjsonKey(key)); x.Exists() {
		return gj{x}
	}
	return nil
}
func (n gj) num() float64 { return n.r.Num }
func (n gj) str() string  { return n.r.Str }
func (n gj) text() string {
	var b bytes.Buffer
	if json.Compact(&b, []byte(n.r.Raw)) != nil {
		return n.r.Raw // gjson was given valid JSON: never so
	}
	return b.String()
}
func (n gj) fast(p *fastjson.Parser) (*fastjson.Value, error) {
	return p.Parse(n.r.Raw)
}

// gjsonKey escapes the characters gjson's path syntax gives a meaning.
func gjsonKey(k string) string {
	var b []byte
	for i := 0; i < len(k); i++ {
		switch c := k[i]; c {
		case '.', '*', '?', '|', '#', '@', '\\', '!', '=', '<', '>', '%':
			b = append(b, '\\', c)
		default:
			b = append(b, c)
		}
	}
	return string(b)
}

// keyLike returns the first key of the object v that is want in another
// case ("Geometry" for "geometry"), or "".
func keyLike(v node, want string) string {
	found := ""
	match := func(k string) {
		if found == "" && k != want && strings.EqualFold(k, want) {
			found = k
		}
	}
	switch n := v.(type) {
	case fj:
		if o, err := n.v.Object(); err == nil {
			o.Visit(func(k []byte, _ *fastjson.Value) { match(string(k)) })
		}
	case gj:
		n.r.ForEach(func(k, _ gjson.Result) bool {
			match(k.Str)
			return found == ""
		})
	}
	return found
}
