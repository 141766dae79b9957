package style

import (
	"cmp"
	"encoding/json"
	"fmt"
	"image/color"
	"math"
	"slices"
	"strconv"
	"strings"
)

// Classes sorts a layer's features into classes by one property's value,
// for styling by attribute: each class has a legend label and a colour,
// and Of gives each feature's class.
type Classes struct {
	Labels  []string      // the legend's text for each class
	Colours []color.NRGBA // each class's colour, opaque
	Of      []int         // feature i is in class Of[i]
}

// The labels of the classes of features left over.
const (
	OtherLabel   = "other"    // categories past the most frequent
	NoValueLabel = "no value" // null, absent, empty or (graduated) not a number
)

var (
	otherColour   = color.NRGBA{0x9e, 0x9e, 0x9e, 0xff}
	noValueColour = color.NRGBA{0xd4, 0xd4, 0xd4, 0xff}
)

// categoryColours are 12 distinct hues for categories: the layer colours
// first, then others, the green and red of the factions last.
var categoryColours = []color.NRGBA{
	{0x00, 0x72, 0xb2, 0xff}, {0xff, 0x7f, 0x0e, 0xff}, {0xe7, 0x29, 0x8a, 0xff}, {0x17, 0xbe, 0xcf, 0xff},
	{0x80, 0x00, 0x40, 0xff}, {0x00, 0x00, 0x80, 0xff}, {0x8c, 0x56, 0x4b, 0xff}, {0xbc, 0xbd, 0x22, 0xff},
	{0x94, 0x67, 0xbd, 0xff}, {0xf7, 0xb6, 0xd2, 0xff}, {0x2c, 0xa0, 0x2c, 0xff}, {0xd6, 0x27, 0x28, 0xff},
}

// MaxCategories is the most categories Categorize gives colours of their
// own; the rest are "other".
var MaxCategories = len(categoryColours)

// Categorize gives each distinct value of values (feature i's is
// values[i], decoded JSON: nil when null or absent) a class and a colour
// of its own, up to max classes (at most MaxCategories): when there are
// more, the max-1 most frequent keep theirs and the rest are "other".
// Classes are in the values' order, numbers by value; features without a
// value are in a last "no value" class.
func Categorize(values []any, max int) Classes {
	max = min(cmp.Or(max, MaxCategories), MaxCategories)
	max = cmp.Or(max, 1)
	texts := make([]string, len(values))
	count := map[string]int{}
	for i, v := range values {
		t, ok := Text(v)
		if !ok {
			t = "\x00"
		} else {
			count[t]++
		}
		texts[i] = t
	}
	keys := make([]string, 0, len(count))
	for k := range count {
		keys = append(keys, k)
	}

	if len(keys) > max {
		slices.SortFunc(keys, func(a, b string) int { return cmp.Or(count[b]-count[a], strings.Compare(a, b)) })
		keys = keys[:max-1]
	}
	slices.SortFunc(keys, compareValues)
	var c Classes
	class := map[string]int{}
	for i, k := range keys {
		class[k] = i
		c.Labels = append(c.Labels, k)
		c.Colours = append(c.Colours, categoryColours[i])
	}
	otherAt, noneAt := -1, -1
	c.Of = make([]int, len(values))
	for i, t := range texts {
		k, ok := class[t]
		switch {
		case ok:
		case t == "\x00":
			k = c.extra(&noneAt, NoValueLabel, noValueColour)
		default:
			k = c.extra(&otherAt, OtherLabel, otherColour)
		}
		c.Of[i] = k
	}
	return c.tidy(otherAt, noneAt)
}

// extra is the index of a leftover class, added at the end on first use.
func (c *Classes) extra(at *int, label string, col color.NRGBA) int {
	if *at < 0 {
		*at = len(c.Labels)
		c.Labels = append(c.Labels, label)
		c.Colours = append(c.Colours, col)
	}
	return *at
}

// tidy puts "other" before "no value" at the end, whichever came first.
func (c Classes) tidy(otherAt, noneAt int) Classes {
	if otherAt < 0 || noneAt < 0 || otherAt < noneAt {
		return c
	}
	c.Labels[otherAt], c.Labels[noneAt] = c.Labels[noneAt], c.Labels[otherAt]
	c.Colours[otherAt], c.Colours[noneAt] = c.Colours[noneAt], c.Colours[otherAt]
	for i, k := range c.Of {
		switch k {
		case otherAt:
			c.Of[i] = noneAt
		case noneAt:
			c.Of[i] = otherAt
		}
	}
	return c
}

// compareValues orders category values: numbers by value before text.
func compareValues(a, b string) int {
	x, errA := strconv.ParseFloat(a, 64)
	y, errB := strconv.ParseFloat(b, 64)
	switch {
	case errA == nil && errB == nil:
		return cmp.Or(cmp.Compare(x, y), strings.Compare(a, b))
	case errA == nil:
		return -1
	case errB == nil:
		return 1
	}
	return strings.Compare(a, b)
}

// Text is a property's value as a category's text; ok is false for no
// value (nil, or an empty or blank string).
func Text(v any) (s string, ok bool) {
	switch v := v.(type) {
	case nil:
		return "", false
	case string:
		s = strings.TrimSpace(v)
		return s, s != ""
	case json.Number:
		return v.String(), true
	case float64:
		return strconv.FormatFloat(v, 'g', -1, 64), true
	case bool:
		return strconv.FormatBool(v), true
	}
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v), true
	}
	return string(b), true
}

// Number is a property's value as a number; ok is false when it is none:
// nil, a bool, text that is not a finite number, an array or an object.
// Text holding a number ("12.5") is one, as spreadsheets export them.
func Number(v any) (x float64, ok bool) {
	var err error
	switch v := v.(type) {
	case float64:
		x = v
	case json.Number:
		x, err = v.Float64()
	case string:
		x, err = strconv.ParseFloat(strings.TrimSpace(v), 64)
	case int:
		x = float64(v)
	default:
		return 0, false
	}
	return x, err == nil && !math.IsNaN(x) && !math.IsInf(x, 0)
}

// Method is how Graduate draws the classes' bounds.
type Method int

// The methods of graduated classes.
const (
	Quantiles      Method = iota // about as many features in each class
	EqualIntervals               // classes of equal width between the least and the greatest value
)

// String is the method's name as the command line and sessions write
// it: quantile or equal.
func (m Method) String() string {
	if m == EqualIntervals {
		return "equal"
	}
	return "quantile"
}

// ParseMethod reads a method's name: quantile(s) or equal (intervals).
func ParseMethod(s string) (Method, error) {
	switch strings.ToLower(s) {
	case "", "quantile", "quantiles":
		return Quantiles, nil
	case "equal", "equal-interval", "equal-intervals", "interval":
		return EqualIntervals, nil
	}
	return 0, fmt.Errorf("classes %q: want quantile or equal", s)
}

// MaxGraduated is the most graduated classes Graduate makes.
const MaxGraduated = 9

// Graduate sorts features into n classes (at most MaxGraduated, 5 when
// n is 0) of a numeric property (feature i's is values[i], decoded JSON)
// by method m, coloured along a sequential ramp from light to dark: the
// classes are upper-inclusive ranges, labelled "low – high" and drawn
// lowest first. Features without a number are in a last "no value"
// class. When values repeat so that bounds meet (quantiles of mostly
// equal numbers), the classes that would be empty are left out.
func Graduate(values []any, n int, m Method) Classes {
	n = min(max(cmp.Or(n, 5), 1), MaxGraduated)
	var nums []float64
	xs := make([]float64, len(values))
	has := make([]bool, len(values))
	for i, v := range values {
		if x, ok := Number(v); ok {
			xs[i], has[i] = x, true
			nums = append(nums, x)
		}
	}
	slices.Sort(nums)
	var c Classes
	noneAt := -1
	var upper []float64
	if len(nums) > 0 {
		upper = breaks(nums, n, m)
		lo := nums[0]
		ramp := Ramp(len(upper))
		for k, hi := range upper {
			c.Labels = append(c.Labels, formatNumber(lo)+" – "+formatNumber(hi))
			c.Colours = append(c.Colours, ramp[k])
			lo = hi
		}
	}
	c.Of = make([]int, len(values))
	for i := range values {
		if !has[i] {
			c.Of[i] = c.extra(&noneAt, NoValueLabel, noValueColour)
			continue
		}
		k, _ := slices.BinarySearch(upper, xs[i])
		c.Of[i] = min(k, len(upper)-1)
	}
	return c
}

// breaks are the upper bounds of n classes of sorted, the last its
// greatest value, without repeats.
func breaks(sorted []float64, n int, m Method) []float64 {
	lo, hi := sorted[0], sorted[len(sorted)-1]
	var out []float64
	for k := 1; k < n; k++ {
		var b float64
		if m == EqualIntervals {
			b = lo + (hi-lo)*float64(k)/float64(n)
		} else {
			b = sorted[max(0, (k*len(sorted)+n-1)/n-1)]
		}
		if b < hi && (len(out) == 0 || b > out[len(out)-1]) {
			out = append(out, b)
		}
	}
	return append(out, hi)
}

// formatNumber writes a class bound briefly: 4 significant digits.
func formatNumber(x float64) string {
	if x == math.Trunc(x) && math.Abs(x) < 1e15 {
		return strconv.FormatFloat(x, 'f', -1, 64)
	}
	return strconv.FormatFloat(x, 'g', 4, 64)
}

// rampLight and rampDark are the ends of the sequential ramp: a blue
// that no faction colour nor the land is near at its dark end, and
// light enough at the other to read as "least".
var (
	rampLight = color.NRGBA{0xc6, 0xdb, 0xef, 0xff}
	rampDark  = color.NRGBA{0x08, 0x30, 0x6b, 0xff}
)

// Ramp is n colours from light to dark along the sequential ramp, evenly
// spaced in CIE L*a*b*.
func Ramp(n int) []color.NRGBA {
	a, b := LabOf(rampLight), LabOf(rampDark)
	out := make([]color.NRGBA, n)
	for i := range out {
		t := 1.0
		if n > 1 {
			t = float64(i) / float64(n-1)
		}
		out[i] = Lab{a.L + t*(b.L-a.L), a.A + t*(b.A-a.A), a.B + t*(b.B-a.B)}.NRGBA()
	}
	return out
}

// NRGBA converts a CIE L*a*b* colour to opaque sRGB, clamping what sRGB
// cannot show.
func (l Lab) NRGBA() color.NRGBA {
	fy := (l.L + 16) / 116
	fx, fz := fy+l.A/500, fy-l.B/200
	inv := func(t float64) float64 {
		if t*t*t > 216.0/24389 {
			return t * t * t
		}
		return (116*t - 16) / (24389.0 / 27)
	}
	x, y, z := inv(fx)*0.95047, inv(fy), inv(fz)*1.08883
	r := 3.2404542*x - 1.5371385*y - 0.4985314*z
	g := -0.9692660*x + 1.8760108*y + 0.0415560*z
	b := 0.0556434*x - 0.2040259*y + 1.0572252*z
	enc := func(v float64) uint8 {
		v = math.Min(1, math.Max(0, v))
		if v <= 0.0031308 {
			v *= 12.92
		} else {
			v = 1.055*math.Pow(v, 1/2.4) - 0.055
		}
		return uint8(math.Round(v * 255))
	}
	return color.NRGBA{enc(r), enc(g), enc(b), 0xff}
}

// Apply is the style of a class of colour c, drawn on the layer's style
// base: its fill at base's opacity (at least 80%, to read over the
// control zones), its outline, line and marker in c.
func Apply(base Style, c color.NRGBA) Style {
	s := base
	s.Fill = color.NRGBA{c.R, c.G, c.B, max(base.Fill.A, 0xcc)}
	s.Stroke = color.NRGBA{c.R, c.G, c.B, max(base.Stroke.A, 0xff)}
	s.MarkerColor = color.NRGBA{c.R, c.G, c.B, max(base.MarkerColor.A, 0xff)}
	s.Hatch = false
	return s
}
