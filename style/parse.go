package style

import (
	"fmt"
	"image/color"
	"math"
	"strconv"
	"strings"
)

// Getter looks a property up by key; ok is false when it is absent. Values
// are decoded JSON: string, float64, bool, nil, []any or map[string]any.
type Getter func(key string) (v any, ok bool)

// Parse applies the simplestyle-spec 1.1.0 drawing properties found
// through get on top of base (title and description are not drawing, and
// are left to the caller). An unusable value keeps base's and is reported in problems;
// it is never fatal.
func Parse(get Getter, base Style) (s Style, problems []string) {
	s = base
	bad := func(key string, v any, why string) {
		problems = append(problems, fmt.Sprintf("%s %s: %s", key, short(v), why))
	}
	if v, ok := get("stroke"); ok {
		if c, err := colourOf(v); err != nil {
			bad("stroke", v, err.Error())
		} else {
			s.Stroke = color.NRGBA{c.R, c.G, c.B, s.Stroke.A}
		}
	}
	if v, ok := get("stroke-opacity"); ok {
		if f, err := unit(v); err != nil {
			bad("stroke-opacity", v, err.Error())
		} else {
			s.Stroke.A = alpha(f)
		}
	}
	if v, ok := get("stroke-width"); ok {
		if f, err := number(v); err != nil || f < 0 || f > 100 {
			if err == nil {
				err = fmt.Errorf("want a width from 0 to 100")
			}
			bad("stroke-width", v, err.Error())
		} else {
			s.StrokeWidth = f
		}
	}
	if v, ok := get("fill"); ok {
		if c, err := colourOf(v); err != nil {
			bad("fill", v, err.Error())
		} else {
			s.Fill = color.NRGBA{c.R, c.G, c.B, s.Fill.A}
		}
	}
	if v, ok := get("fill-opacity"); ok {
		if f, err := unit(v); err != nil {
			bad("fill-opacity", v, err.Error())
		} else {
			s.Fill.A = alpha(f)
		}
	}
	if v, ok := get("marker-color"); ok {
		if c, err := colourOf(v); err != nil {
			bad("marker-color", v, err.Error())
		} else {
			s.MarkerColor = c
		}
	}
	if v, ok := get("marker-size"); ok {
		switch str, _ := v.(string); str {
		case "small", "medium", "large":
			s.MarkerSize = str
		default:
			bad("marker-size", v, "want small, medium or large")
		}
	}
	if v, ok := get("marker-symbol"); ok {
		if str, isStr := v.(string); isStr {
			s.MarkerSymbol = str
		} else {
			bad("marker-symbol", v, "want a string")
		}
	}
	return s, problems
}

func alpha(f float64) uint8 { return uint8(math.Round(f * 255)) }

func number(v any) (float64, error) {
	switch x := v.(type) {
	case float64:
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return 0, fmt.Errorf("not a finite number")
		}
		return x, nil
	case string:
		f, err := strconv.ParseFloat(strings.TrimSpace(x), 64)
		if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
			return 0, fmt.Errorf("not a number")
		}
		return f, nil
	}
	return 0, fmt.Errorf("not a number")
}

func unit(v any) (float64, error) {
	f, err := number(v)
	if err != nil {
		return 0, err
	}
	if f < 0 || f > 1 {
		return 0, fmt.Errorf("want a number from 0 to 1")
	}
	return f, nil
}

func colourOf(v any) (color.NRGBA, error) {
	str, ok := v.(string)
	if !ok {
		return color.NRGBA{}, fmt.Errorf("want a colour like #ff8800")
	}
	return ParseColor(str)
}

// ParseColor reads a colour as simplestyle writes it: #rgb or #rrggbb, the
// leading # optional.
func ParseColor(s string) (color.NRGBA, error) {
	h := strings.TrimPrefix(strings.TrimSpace(s), "#")
	if len(h) == 3 {
		h = string([]byte{h[0], h[0], h[1], h[1], h[2], h[2]})
	}
	if len(h) != 6 {
		return color.NRGBA{}, fmt.Errorf("want a colour like #ff8800")
	}
	n, err := strconv.ParseUint(h, 16, 32)
	if err != nil {
		return color.NRGBA{}, fmt.Errorf("want a colour like #ff8800")
	}
	return color.NRGBA{uint8(n >> 16), uint8(n >> 8), uint8(n), 0xff}, nil
}

func short(v any) string {
	s := fmt.Sprintf("%q", fmt.Sprint(v))
	if _, isStr := v.(string); !isStr {
		s = fmt.Sprint(v)
	}
	if len(s) > 40 {
		s = s[:37] + "..."
	}
	return s
}
