package style

import (
	"fmt"
	"image/color"
	"strconv"
	"strings"
)

// By is what a Rule classes a layer's features by.
type By string

// The ways a Rule styles a layer.
const (
	Single    By = ""          // one look for every feature
	Category  By = "category"  // a colour for each distinct value (Categorize)
	Graduated By = "graduated" // numeric classes along a ramp (Graduate)
)

// Rule is how the user styles a layer in place of its default colour:
// a colour and a line width for the whole layer, or classes of a
// property's values. Its zero value keeps the layer as loaded.
type Rule struct {
	Colour   color.NRGBA // the layer's colour; zero alpha keeps the layer's own
	Width    float64     // lines' and outlines' width in pixels; 0 keeps the layer's own
	By       By
	Property string // the property classed by (Category, Graduated)
	Method   Method // Graduated: how the bounds are drawn
	Classes  int    // Graduated: how many classes (0 for 5); Category: the most (0 for MaxCategories)
}

// IsZero reports whether r leaves a layer as loaded.
func (r Rule) IsZero() bool { return r == Rule{} }

// Restyle is s with r's colour and width (the layer's own where r has
// none).
func (r Rule) Restyle(s Style) Style {
	if r.Colour.A > 0 {
		c := r.Colour
		s.Stroke = color.NRGBA{c.R, c.G, c.B, s.Stroke.A}
		s.Fill = color.NRGBA{c.R, c.G, c.B, s.Fill.A}
		s.MarkerColor = color.NRGBA{c.R, c.G, c.B, s.MarkerColor.A}
		s.Hatch = false
	}
	if r.Width > 0 {
		s.StrokeWidth = r.Width
	}
	return s
}

// String writes r as ParseRule reads it (without the layer's name).
func (r Rule) String() string {
	var parts []string
	switch r.By {
	case Category:
		parts = append(parts, "category="+r.Property)
	case Graduated:
		parts = append(parts, "graduated="+r.Property, "method="+r.Method.String())
	}
	if r.Classes > 0 {
		parts = append(parts, "classes="+strconv.Itoa(r.Classes))
	}
	if r.Colour.A > 0 {
		parts = append(parts, "colour="+Hex(r.Colour))
	}
	if r.Width > 0 {
		parts = append(parts, "width="+strconv.FormatFloat(r.Width, 'g', -1, 64))
	}
	return strings.Join(parts, ",")
}

// Hex writes a colour as #rrggbb.
func Hex(c color.NRGBA) string { return fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B) }

// ParseRule reads a layer's styling as `render --style` takes it:
// LAYER:KEY=VALUE[,KEY=VALUE...], the layer named before the last colon,
// with the keys
//
//	category=PROP     a colour for each distinct value of PROP
//	graduated=PROP    classes of PROP's numbers along a light-to-dark ramp
//	method=quantile|equal   graduated classes' bounds (quantile by default)
//	classes=N         how many graduated classes (5), or the most categories (12)
//	colour=#RRGGBB    the layer's colour (#RGB too; color= as well)
//	width=PX          lines' and outlines' width
func ParseRule(s string) (layerName string, r Rule, err error) {
	i := strings.LastIndex(s, ":")
	if i <= 0 || i == len(s)-1 {
		return "", r, fmt.Errorf("%q: want LAYER:category=PROP, LAYER:graduated=PROP or LAYER:colour=#RRGGBB", s)
	}
	layerName = s[:i]
	for _, kv := range strings.Split(s[i+1:], ",") {
		k, v, ok := strings.Cut(strings.TrimSpace(kv), "=")
		k, v = strings.ToLower(strings.TrimSpace(k)), strings.TrimSpace(v)
		if !ok || v == "" {
			return "", r, fmt.Errorf("%q: %q is not KEY=VALUE", s, kv)
		}
		switch k {
		case "category", "categories", "categorized", "categorised":
			r.By, r.Property = Category, v
		case "graduated":
			r.By, r.Property = Graduated, v
		case "method":
			if r.Method, err = ParseMethod(v); err != nil {
				return "", r, fmt.Errorf("%q: %w", s, err)
			}
		case "classes":
			n, err := strconv.Atoi(v)
			if err != nil || n < 1 || n > MaxCategories {
				return "", r, fmt.Errorf("%q: classes=%s: want 1 to %d", s, v, MaxCategories)
			}
			r.Classes = n
		case "colour", "color":
			c, err := ParseColor(v)
			if err != nil {
				return "", r, fmt.Errorf("%q: colour %s: %w", s, v, err)
			}
			r.Colour = color.NRGBA{c.R, c.G, c.B, 0xff}
		case "width":
			w, err := strconv.ParseFloat(v, 64)
			if err != nil || !(w > 0 && w <= 100) {
				return "", r, fmt.Errorf("%q: width=%s: want a width above 0 up to 100", s, v)
			}
			r.Width = w
		default:
			return "", r, fmt.Errorf("%q: unknown key %q (category, graduated, method, classes, colour, width)", s, k)
		}
	}
	return layerName, r, nil
}
