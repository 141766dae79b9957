package layer

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/tidwall/gjson"
	"github.com/valyala/fastjson"
)

// Parse reads GeoJSON from memory: a FeatureCollection, a Feature, a bare
// geometry, newline-delimited GeoJSON or an RFC 8142 text sequence. The
// error does not name the file; Load adds it.
func Parse(name string, data []byte, opt Options) (*Layer, error) {
	opt = opt.withDefaults()
	var notes []Skip
	data, err := checkText(data, &notes)
	if err != nil {
		return nil, err
	}
	if tr, projected, err := legacyCRS(data[:min(len(data), crsHead)]); err != nil {
		return nil, err
	} else if projected {
		return parseProjected(name, data, tr, opt)
	}
	raws, recs, err := split(data, &notes)
	if err != nil {
		return nil, err
	}
	fs := touch(make([]Feature, len(raws)))
	skips := make([][]Skip, len(raws))
	ok := make([]bool, len(raws))
	parallel(len(raws), func(lo, hi int) {
		var p fastjson.Parser
		for i := lo; i < hi; i++ {
			note := skipper{&skips[i], i, 0}
			if recs != nil {
				note.rec = recs[i]
			}
			if raws[i] != nil { // nil: a record of a sequence that is not JSON
				ok[i] = convertFeature(&p, raws[i], opt.Style, &fs[i], note)
			}
		}
	})
	kept := fs[:0]
	for i := range fs {
		notes = append(notes, skips[i]...)
		if ok[i] {
			kept = append(kept, fs[i])
		}
	}
	if len(kept) == 0 && len(raws) > 0 {
		return nil, fmt.Errorf("no usable feature: %s", notes[len(notes)-1].Reason)
	}
	return build(name, "", kept, notes, opt), nil
}

// checkText refuses what is not JSON text at all and repairs what can be.
func checkText(data []byte, notes *[]Skip) ([]byte, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, errors.New("empty file, no GeoJSON in it")
	}
	if bytes.HasPrefix(data, []byte{0xfe, 0xff}) || bytes.HasPrefix(data, []byte{0xff, 0xfe}) {
		return nil, errors.New("UTF-16 text; GeoJSON must be UTF-8 (save it again as UTF-8)")
	}
	data = bytes.TrimPrefix(data, []byte{0xef, 0xbb, 0xbf})
	head := data[:min(len(data), 4096)]
	if bytes.IndexByte(head, 0) >= 0 {
		if utf16Text(head) {
			return nil, errors.New("UTF-16 text; GeoJSON must be UTF-8 (save it again as UTF-8)")
		}
		return nil, errors.New("binary data, not GeoJSON text")
	}
	if !utf8.Valid(data) {
		at := 0
		for at < len(data) {
			r, n := utf8.DecodeRune(data[at:])
			if r == utf8.RuneError && n == 1 {
				break
			}
			at += n
		}
		*notes = append(*notes, Skip{-1, fmt.Sprintf("invalid UTF-8 (first at byte %d) replaced by U+FFFD", at)})
		data = []byte(strings.ToValidUTF8(string(data), "\uFFFD"))
	}
	return data, nil
}

// utf16Text reports whether head looks like ASCII text in UTF-16: every
// other byte zero, the others printable.
func utf16Text(head []byte) bool {
	n := min(len(head), 64) &^ 1
	if n < 4 {
		return false
	}
	for _, odd := range []int{0, 1} {
		ok := true
		for i := 0; i < n && ok; i += 2 {
			z, c := head[i+odd], head[i+1-odd]
			ok = z == 0 && (c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0x7f))
		}
		if ok {
			return true
		}
	}
	return false
}

// split finds the features of the input without building a tree of the
// whole document: gjson checks the text is JSON and walks the top level;
// each feature is parsed later on its own (in parallel). Every feature
// split returns is valid JSON, except the records of a sequence that are
// not: those are nil, and notes says why. The features of a sequence come
// with their record numbers (recs), for messages.
func split(data []byte, notes *[]Skip) (raws [][]byte, recs []int, err error) {
	trim := bytes.TrimLeft(data, " \t\r\n")
	if len(trim) > 0 && trim[0] == 0x1e {
		// RFC 8142: each record begins with RS; what precedes the first
		// is empty.
		return records(bytes.Split(trim, []byte{0x1e})[1:], notes)
	}
	if !gjson.ValidBytes(data) {
		if lines := bytes.Split(trim, []byte("\n")); len(lines) > 1 && gjson.Valid(string(bytes.TrimSpace(lines[0]))) && bytes.HasPrefix(bytes.TrimSpace(lines[0]), []byte("{")) {
			return records(lines, notes)
		}
		return nil, nil, jsonError(data)
	}
	if len(trim) == 0 || trim[0] != '{' {
		return nil, nil, fmt.Errorf("the top level is %s, want a GeoJSON object", kindOf(trim))
	}
	typ := gjson.GetBytes(data, "type")
	switch {
	case !typ.Exists():
		return nil, nil, errors.New(`no "type" member: not a GeoJSON object`)
	case typ.Type != gjson.String:
		return nil, nil, fmt.Errorf(`"type" is %s, want a string`, clip(typ.Raw, 40))
	}
	switch typ.Str {
	case "FeatureCollection":
		fc := gjson.GetBytes(data, "features")
		if !fc.Exists() {
			return nil, nil, errors.New(`FeatureCollection has no "features" array`)
		}
		if !fc.IsArray() {
			return nil, nil, fmt.Errorf(`"features" is %s, want an array`, kindOf([]byte(fc.Raw)))
		}
		var out [][]byte
		fc.ForEach(func(_, v gjson.Result) bool {
			if v.Index > 0 {
				out = append(out, data[v.Index:v.Index+len(v.Raw)])
			} else {
				out = append(out, []byte(v.Raw))
			}
			return true
		})
		return out, nil, nil
	case "Feature", "Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon", "GeometryCollection":
		return [][]byte{data}, nil, nil
	}
	return nil, nil, fmt.Errorf("type %s is not a GeoJSON type", clip(typ.Raw, 40))
}

// records returns the non-blank records of a sequence and their numbers,
// from 1 as parts are (for newline-delimited GeoJSON, the line). A record
// that is not JSON is nil, with its reason in notes: as RFC 7464 §2.1
// asks, one bad record does not stop the others being read.
func records(parts [][]byte, notes *[]Skip) (out [][]byte, recs []int, err error) {
	for i, p := range parts {
		p = bytes.TrimSpace(p)
		if len(p) == 0 {
			continue
		}
		if !gjson.ValidBytes(p) {
			skipper{notes, len(out), i + 1}.add("%v (skipped)", jsonError(p))
			p = nil
		}
		out = append(out, p)
		recs = append(recs, i+1)
	}
	if len(out) == 0 {
		return nil, nil, errors.New("empty sequence, no GeoJSON in it")
	}
	return out, recs, nil
}
