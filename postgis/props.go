package postgis

import (
	"encoding/json"
	"math"
	"strconv"
	"strings"
)

// value is a column's text (nil for NULL) as a property value: a string,
// a number in its own digits (json.Number), a float64, a bool or JSON.
func (k kind) value(b []byte) any {
	if b == nil {
		return nil
	}
	s := string(b)
	switch k {
	case asNumber:
		if isJSONNumber(s) {
			return json.Number(s)
		}
	case asFloat:
		if f, err := strconv.ParseFloat(s, 64); err == nil && !math.IsInf(f, 0) && !math.IsNaN(f) {
			return f
		}
	case asBool:
		switch s {
		case "true", "t":
			return true
		case "false", "f":
			return false
		}
	case asJSON:
		if json.Valid(b) {
			return json.RawMessage(s)
		}
	}
	return strings.ToValidUTF8(s, "\uFFFD")
}

// isJSONNumber reports whether s is written as JSON writes a number
// (numeric's NaN and Infinity are not).
func isJSONNumber(s string) bool {
	return s != "" && (s[0] == '-' || s[0] >= '0' && s[0] <= '9') && json.Valid([]byte(s))
}
