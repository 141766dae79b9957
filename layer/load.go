package layer

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/tidwall/gjson"
	"github.com/valyala/fastjson"

	"newsatlas/style"
)

// DefaultMaxBytes is the largest file Load reads unless told otherwise:
// loading takes about twice the file's size in memory.
const DefaultMaxBytes = 1 << 30

// Options tune loading.
type Options struct {
	Style    style.Style // the style of features without simplestyle properties
	MaxBytes int64       // refuse larger files; 0 means DefaultMaxBytes
}

// Load reads a GeoJSON file. The error, if any, is one line that names the
// file and says what is wrong.
func Load(path string, opt Options) (*Layer, error) {
	return LoadContext(context.Background(), path, opt, nil)
}

func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func humanBytes(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GiB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}

// Parse reads GeoJSON from memory: a FeatureCollection, a Feature, a bare
// geometry, newline-delimited GeoJSON or an RFC 8142 text sequence. The
// error does not name the file; Load adds it.
func Parse(name string, data []byte, opt Options) (*Layer, error) {
	if opt.Style == (style.Style{}) {
		opt.Style = style.Spec
	}
	var notes []Skip
	data, err := checkText(data, &notes)
	if err != nil {
		return nil, err
	}
	raws, err := split(data)
	if err != nil {
		return nil, err
	}
	fs := touch(make([]Feature, len(raws)))
	skips := make([][]Skip, len(raws))
	ok := make([]bool, len(raws))
	parallel(len(raws), func(lo, hi int) {
		var p fastjson.Parser
		for i := lo; i < hi; i++ {
			ok[i] = convertFeature(&p, raws[i], i, opt.Style, &fs[i], &skips[i])
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
	return build(name, "", kept, notes, opt.Style), nil
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
// whole document: gjson walks the top level, each feature is parsed later
// on its own (in parallel).
func split(data []byte) ([][]byte, error) {
	trim := bytes.TrimLeft(data, " \t\r\n")
	if len(trim) > 0 && trim[0] == 0x1e {
		return records(bytes.Split(trim, []byte{0x1e}))
	}
	if !gjson.ValidBytes(data) {
		if lines := bytes.Split(trim, []byte("\n")); len(lines) > 1 && gjson.Valid(string(bytes.TrimSpace(lines[0]))) && bytes.HasPrefix(bytes.TrimSpace(lines[0]), []byte("{")) {
			return records(lines)
		}
		return nil, jsonError(data)
	}
	if len(trim) == 0 || trim[0] != '{' {
		return nil, fmt.Errorf("the top level is %s, want a GeoJSON object", kindOf(trim))
	}
	typ := gjson.GetBytes(data, "type")
	switch {
	case !typ.Exists():
		return nil, errors.New(`no "type" member: not a GeoJSON object`)
	case typ.Type != gjson.String:
		return nil, fmt.Errorf(`"type" is %s, want a string`, clip(typ.Raw, 40))
	}
	switch typ.Str {
	case "FeatureCollection":
		fc := gjson.GetBytes(data, "features")
		if !fc.Exists() {
			return nil, errors.New(`FeatureCollection has no "features" array`)
		}
		if !fc.IsArray() {
			return nil, fmt.Errorf(`"features" is %s, want an array`, kindOf([]byte(fc.Raw)))
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
		return out, nil
	case "Feature", "Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon", "GeometryCollection":
		return [][]byte{data}, nil
	}
	return nil, fmt.Errorf("type %s is not a GeoJSON type", clip(typ.Raw, 40))
}

// records returns the non-blank records of a sequence, each checked to be
// JSON.
func records(parts [][]byte) ([][]byte, error) {
	var out [][]byte
	for i, p := range parts {
		p = bytes.TrimSpace(p)
		if len(p) == 0 {
			continue
		}
		if !gjson.ValidBytes(p) {
			return nil, fmt.Errorf("record %d: %w", i+1, jsonError(p))
		}
		out = append(out, p)
	}
	if len(out) == 0 {
		return nil, errors.New("empty sequence, no GeoJSON in it")
	}
	return out, nil
}

// jsonError explains why data is not JSON, in one short line with the
// line and column where it goes wrong.
func jsonError(data []byte) error {
	var v json.RawMessage
	err := json.Unmarshal(data, &v)
	var se *json.SyntaxError
	switch {
	case err == nil:
		return errors.New("not valid JSON")
	case errors.As(err, &se):
	default:
		if strings.Contains(err.Error(), "max depth") {
			return errors.New("JSON nested too deeply")
		}
		return fmt.Errorf("not valid JSON (%s)", clip(err.Error(), 80))
	}
	if se.Offset >= int64(len(bytes.TrimRight(data, " \t\r\n"))) {
		return errors.New("not valid JSON: the text ends too early (is the file truncated?)")
	}
	at := int(se.Offset) - 1
	if at < 0 {
		at = 0
	}
	line := 1 + bytes.Count(data[:at], []byte("\n"))
	col := at - bytes.LastIndexByte(data[:at], '\n')
	msg := se.Error()
	hint := ""
	if rest := data[at:]; bytes.HasPrefix(rest, []byte("NaN")) || bytes.HasPrefix(rest, []byte("Infinity")) || bytes.HasPrefix(rest, []byte("-Infinity")) {
		hint = "; NaN and Infinity are not JSON numbers"
	}
	if strings.Contains(msg, "exceeded max depth") {
		return errors.New("JSON nested too deeply")
	}
	return fmt.Errorf("not valid JSON at line %d, column %d: %s%s (near: %s)", line, col, clip(msg, 70), hint, near(data, at))
}

// near is a short excerpt of data around offset at.
func near(data []byte, at int) string {
	lo, hi := max(0, at-12), min(len(data), at+12)
	s := strings.ToValidUTF8(string(data[lo:hi]), "?")
	return strings.Join(strings.Fields(s), " ")
}

func kindOf(raw []byte) string {
	if len(raw) == 0 {
		return "nothing"
	}
	switch raw[0] {
	case '[':
		return "an array"
	case '"':
		return "a string"
	case '{':
		return "an object"
	case 't', 'f':
		return "a boolean"
	case 'n':
		return "null"
	}
	return "a number"
}

func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > n {
		return s[:n] + "..."
	}
	return s
}
