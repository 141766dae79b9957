package layer

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

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

// kindOf names the kind of JSON value raw starts with.
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

// clip is s on one line, cut to n bytes.
func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > n {
		return s[:n] + "..."
	}
	return s
}
