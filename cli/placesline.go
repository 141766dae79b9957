package cli

import (
	"bytes"
	"encoding/json"
	"math"
	"strconv"
	"unicode/utf8"

	"newsatlas/places"
)

// appendArticleLine appends l as one NDJSON line, byte for byte what a json.Encoder with
// HTML escaping off writes for it (the `places --json` stream), without reflection: the
// common values are written directly and only rare ones (a string encoding/json would
// escape, a tiny float, a place with candidates) go through encoding/json.
func appendArticleLine(dst []byte, l *articleLine) ([]byte, error) {
	dst = append(dst, `{"source":`...)
	dst = appendJSONString(dst, l.Source)
	dst = appendOmitEmpty(dst, `,"id":`, l.ID)
	dst = appendOmitEmpty(dst, `,"url":`, l.URL)
	dst = append(dst, `,"title":`...)
	dst = appendJSONString(dst, l.Title)
	dst = appendOmitEmpty(dst, `,"date":`, l.Date)
	dst = appendOmitEmpty(dst, `,"date_from":`, l.DateFrom)
	dst = append(dst, `,"places":[`...)
	for i := range l.Places {
		if i > 0 {
			dst = append(dst, ',')
		}
		var err error
		if dst, err = appendPlace(dst, &l.Places[i]); err != nil {
			return dst, err
		}
	}
	return append(dst, "]}\n"...), nil
}

// appendPlace appends the JSON of p.
func appendPlace(dst []byte, p *places.Place) ([]byte, error) {
	if len(p.Candidates) > 0 {
		return appendJSONValue(dst, p)
	}
	var err error
	dst = append(dst, `{"name":`...)
	dst = appendJSONString(dst, p.Name)
	dst = append(dst, `,"lat":`...)
	if dst, err = appendJSONFloat(dst, p.Lat); err != nil {
		return dst, err
	}
	dst = append(dst, `,"lon":`...)
	if dst, err = appendJSONFloat(dst, p.Lon); err != nil {
		return dst, err
	}
	dst = append(dst, `,"kind":`...)
	dst = appendJSONString(dst, p.Kind)
	dst = append(dst, `,"mentions":[`...)
	for i, m := range p.Mentions {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = append(dst, `{"start":`...)
		dst = strconv.AppendInt(dst, int64(m.Start), 10)
		dst = append(dst, `,"end":`...)
		dst = strconv.AppendInt(dst, int64(m.End), 10)
		dst = append(dst, `,"text":`...)
		dst = appendJSONString(dst, m.Text)
		dst = appendOmitEmpty(dst, `,"kind":`, m.Kind)
		dst = append(dst, '}')
	}
	dst = append(dst, ']')
	dst = appendOmitEmpty(dst, `,"country":`, p.Country)
	if p.Population != 0 {
		dst = append(dst, `,"population":`...)
		dst = strconv.AppendInt(dst, p.Population, 10)
	}
	if p.GeonameID != 0 {
		dst = append(dst, `,"geonameid":`...)
		dst = strconv.AppendInt(dst, int64(p.GeonameID), 10)
	}
	return append(dst, '}'), nil
}

// appendOmitEmpty appends field (`,"name":`) and s as a JSON string, unless s is empty (a
// string field tagged omitempty).
func appendOmitEmpty(dst []byte, field, s string) []byte {
	if s == "" {
		return dst
	}
	return appendJSONString(append(dst, field...), s)
}

// appendJSONString appends s as a JSON string: as it is between quotes when encoding/json
// writes it so (printable ASCII but " and \, and valid UTF-8 but U+2028 and U+2029), else
// as encoding/json escapes it.
func appendJSONString(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 || c == '"' || c == '\\' {
				return appendEscaped(dst, s)
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 || r == '\u2028' || r == '\u2029' {
			return appendEscaped(dst, s)
		}
		i += n
	}
	dst = append(dst, '"')
	dst = append(dst, s...)
	return append(dst, '"')
}

// appendEscaped appends s as encoding/json writes it with HTML escaping off.
func appendEscaped(dst []byte, s string) []byte {
	out, _ := appendJSONValue(dst, s) // a string always encodes
	return out
}

// appendJSONFloat appends f as encoding/json writes a float64: like strconv's shortest
// 'f' form between 1e-6 and 1e21, else through encoding/json.
func appendJSONFloat(dst []byte, f float64) ([]byte, error) {
	if abs := math.Abs(f); abs == 0 || abs >= 1e-6 && abs < 1e21 {
		return strconv.AppendFloat(dst, f, 'f', -1, 64), nil
	}
	return appendJSONValue(dst, f)
}

// appendJSONValue appends v as a json.Encoder with HTML escaping off writes it, without
// the newline.
func appendJSONValue(dst []byte, v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return dst, err
	}
	return append(dst, bytes.TrimSuffix(b.Bytes(), []byte("\n"))...), nil
}
