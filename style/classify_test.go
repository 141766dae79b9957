package style

import (
	"encoding/json"
	"fmt"
	"image/color"
	"slices"
	"strings"
	"testing"
)

// classOf lists each feature's class label, as the legend names it.
func classOf(c Classes) []string {
	out := make([]string, len(c.Of))
	for i, k := range c.Of {
		out[i] = c.Labels[k]
	}
	return out
}

func TestCategorize(t *testing.T) {
	n := func(s string) any { return json.Number(s) }
	many := make([]any, 0, 40)
	for i := range 14 {
		for range 14 - i { // value vi is there 14-i times
			many = append(many, fmt.Sprintf("v%02d", i))
		}
	}
	for _, c := range []struct {
		name   string
		values []any
		max    int
		labels []string
		of     []string // each feature's class; nil to skip
	}{
		{"text", []any{"b", "a", "b", "c"}, 0, []string{"a", "b", "c"}, []string{"b", "a", "b", "c"}},
		{"nulls and blanks", []any{"x", nil, " ", "y", ""}, 0, []string{"x", "y", NoValueLabel}, []string{"x", NoValueLabel, NoValueLabel, "y", NoValueLabel}},
		{"numbers by value", []any{n("10"), n("9"), 2.5, n("10")}, 0, []string{"2.5", "9", "10"}, []string{"10", "9", "2.5", "10"}},
		{"numbers before text, bools", []any{"z", n("1"), true, false}, 0, []string{"1", "false", "true", "z"}, nil},
		{"objects as JSON", []any{map[string]any{"a": 1.0}, []any{1.0}}, 0, []string{`[1]`, `{"a":1}`}, nil},
		{"most frequent keep a colour", []any{"a", "b", "b", "c", "c", "c", "d", nil}, 3, []string{"b", "c", OtherLabel, NoValueLabel}, []string{OtherLabel, "b", "b", "c", "c", "c", OtherLabel, NoValueLabel}},
		{"no value first still last", []any{nil, "a", "b", "c"}, 2, []string{"a", OtherLabel, NoValueLabel}, []string{NoValueLabel, "a", OtherLabel, OtherLabel}},
		{"at most 12", many, 40, []string{"v00", "v01", "v02", "v03", "v04", "v05", "v06", "v07", "v08", "v09", "v10", OtherLabel}, nil},
		{"nothing", nil, 0, nil, []string{}},
		{"all null", []any{nil, nil}, 0, []string{NoValueLabel}, []string{NoValueLabel, NoValueLabel}},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := Categorize(c.values, c.max)
			if !slices.Equal(got.Labels, c.labels) {
				t.Errorf("labels %q, want %q", got.Labels, c.labels)
			}
			if len(got.Colours) != len(got.Labels) || len(got.Of) != len(c.values) {
				t.Fatalf("%d colours for %d labels, %d classes for %d features", len(got.Colours), len(got.Labels), len(got.Of), len(c.values))
			}
			if c.of != nil && !slices.Equal(classOf(got), c.of) {
				t.Errorf("classes %q, want %q", classOf(got), c.of)
			}
			seen := map[string]bool{}
			for _, col := range got.Colours {
				if seen[Hex(col)] {
					t.Errorf("colour %s given twice: %q", Hex(col), got.Labels)
				}
				seen[Hex(col)] = true
			}
		})
	}
}

func TestGraduate(t *testing.T) {
	nums := func(xs ...float64) []any {
		out := make([]any, len(xs))
		for i, x := range xs {
			out[i] = json.Number(fmt.Sprint(x))
		}
		return out
	}
	for _, c := range []struct {
		name   string
		values []any
		n      int
		m      Method
		labels []string
		of     []string
	}{
		{"quantiles of 1..10", nums(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 5, Quantiles,
			[]string{"1 – 2", "2 – 4", "4 – 6", "6 – 8", "8 – 10"},
			[]string{"1 – 2", "1 – 2", "2 – 4", "2 – 4", "4 – 6", "4 – 6", "6 – 8", "6 – 8", "8 – 10", "8 – 10"}},
		{"quantiles of a skewed spread", nums(1, 1, 1, 2, 100), 2, Quantiles,
			[]string{"1 – 1", "1 – 100"}, []string{"1 – 1", "1 – 1", "1 – 1", "1 – 100", "1 – 100"}},
		{"equal intervals", nums(0, 1, 9, 10, 30, 40), 4, EqualIntervals,
			[]string{"0 – 10", "10 – 20", "20 – 30", "30 – 40"},
			[]string{"0 – 10", "0 – 10", "0 – 10", "0 – 10", "20 – 30", "30 – 40"}},
		{"equal intervals, fractions", nums(0, 0.5, 1), 3, EqualIntervals,
			[]string{"0 – 0.3333", "0.3333 – 0.6667", "0.6667 – 1"}, []string{"0 – 0.3333", "0.3333 – 0.6667", "0.6667 – 1"}},
		{"nulls and text", []any{json.Number("5"), nil, "n/a", true, "7", 3.0, map[string]any{}}, 2, EqualIntervals,
			[]string{"3 – 5", "5 – 7", NoValueLabel},
			[]string{"3 – 5", NoValueLabel, NoValueLabel, NoValueLabel, "5 – 7", "3 – 5", NoValueLabel}},
		{"one value", nums(4, 4, 4), 5, Quantiles, []string{"4 – 4"}, []string{"4 – 4", "4 – 4", "4 – 4"}},
		{"mostly equal quantiles", nums(0, 0, 0, 0, 0, 0, 0, 0, 1, 2), 5, Quantiles,
			[]string{"0 – 0", "0 – 2"}, nil},
		{"no numbers", []any{"a", nil}, 5, Quantiles, []string{NoValueLabel}, []string{NoValueLabel, NoValueLabel}},
		{"default 5 classes", nums(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 0, EqualIntervals,
			[]string{"1 – 2.8", "2.8 – 4.6", "4.6 – 6.4", "6.4 – 8.2", "8.2 – 10"}, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := Graduate(c.values, c.n, c.m)
			if !slices.Equal(got.Labels, c.labels) {
				t.Errorf("labels %q, want %q", got.Labels, c.labels)
			}
			if len(got.Colours) != len(got.Labels) || len(got.Of) != len(c.values) {
				t.Fatalf("%d colours for %d labels, %d classes for %d features", len(got.Colours), len(got.Labels), len(got.Of), len(c.values))
			}
			if c.of != nil && !slices.Equal(classOf(got), c.of) {
				t.Errorf("classes %q, want %q", classOf(got), c.of)
			}
			// The ramp darkens class by class.
			for k := 1; k < len(got.Labels) && got.Labels[k] != NoValueLabel; k++ {
				if LabOf(got.Colours[k]).L >= LabOf(got.Colours[k-1]).L {
					t.Errorf("class %d %s is not darker than class %d %s", k, Hex(got.Colours[k]), k-1, Hex(got.Colours[k-1]))
				}
			}
		})
	}
}

func TestRampEnds(t *testing.T) {
	r := Ramp(5)
	if r[0] != rampLight || r[4] != rampDark {
		t.Errorf("ramp %v: want it from %s to %s", r, Hex(rampLight), Hex(rampDark))
	}
	if d := DeltaE(r[1], r[2]); d < 8 {
		t.Errorf("neighbouring classes are ΔE %.1f apart: too alike", d)
	}
}

func TestParseRule(t *testing.T) {
	for _, c := range []struct {
		in, layer string
		want      Rule
		err       string
	}{
		{"damage:category=kind", "damage", Rule{By: Category, Property: "kind"}, ""},
		{"my layer (2):graduated=pop,method=equal,classes=7", "my layer (2)", Rule{By: Graduated, Property: "pop", Method: EqualIntervals, Classes: 7}, ""},
		{"a:b:graduated=x", "a:b", Rule{By: Graduated, Property: "x"}, ""},
		{"roads:colour=#e7298a,width=3", "roads", Rule{Colour: rgb(0xe7, 0x29, 0x8a), Width: 3}, ""},
		{"roads:color=f00", "roads", Rule{Colour: rgb(0xff, 0, 0)}, ""},
		{"roads", "", Rule{}, "want LAYER:"},
		{"roads:", "", Rule{}, "want LAYER:"},
		{"roads:category", "", Rule{}, "not KEY=VALUE"},
		{"roads:shape=x", "", Rule{}, "unknown key"},
		{"roads:graduated=x,method=jenks", "", Rule{}, "want quantile or equal"},
		{"roads:width=-1", "", Rule{}, "width=-1"},
		{"roads:colour=#zz", "", Rule{}, "colour #zz"},
		{"roads:graduated=x,classes=0", "", Rule{}, "classes=0"},
	} {
		name, got, err := ParseRule(c.in)
		switch {
		case c.err != "":
			if err == nil || !strings.Contains(err.Error(), c.err) {
				t.Errorf("ParseRule(%q) error %v, want one saying %q", c.in, err, c.err)
			}
		case err != nil:
			t.Errorf("ParseRule(%q): %v", c.in, err)
		case name != c.layer || got != c.want:
			t.Errorf("ParseRule(%q) = %q, %+v; want %q, %+v", c.in, name, got, c.layer, c.want)
		default:
			// It reads back what it writes.
			if _, again, err := ParseRule(name + ":" + got.String()); err != nil || again != got {
				t.Errorf("ParseRule(String()) of %q = %+v, %v; want %+v", c.in, again, err, got)
			}
		}
	}
}

func rgb(r, g, b uint8) color.NRGBA { return color.NRGBA{r, g, b, 0xff} }
