package style

import (
	"image/color"
	"testing"

	"newsatlas/control"
)

func props(m map[string]any) Getter {
	return func(k string) (any, bool) { v, ok := m[k]; return v, ok }
}

func TestParse(t *testing.T) {
	tests := []struct {
		name     string
		in       map[string]any
		check    func(Style) bool
		problems int
	}{
		{"spec defaults", map[string]any{}, func(s Style) bool { return s == Spec }, 0},
		{"stroke short hex", map[string]any{"stroke": "#f80"}, func(s Style) bool { return s.Stroke == color.NRGBA{0xff, 0x88, 0x00, 0xff} }, 0},
		{"stroke and opacity", map[string]any{"stroke": "00ff00", "stroke-opacity": 0.5}, func(s Style) bool { return s.Stroke == color.NRGBA{0, 0xff, 0, 0x80} }, 0},
		{"fill opacity keeps default colour", map[string]any{"fill-opacity": 0.0}, func(s Style) bool { return s.Fill == color.NRGBA{0x55, 0x55, 0x55, 0} }, 0},
		{"width as string", map[string]any{"stroke-width": "3.5"}, func(s Style) bool { return s.StrokeWidth == 3.5 }, 0},
		{"bad colour falls back", map[string]any{"fill": "reddish"}, func(s Style) bool { return s.Fill == Spec.Fill }, 1},
		{"colour of wrong type", map[string]any{"marker-color": 12.0}, func(s Style) bool { return s.MarkerColor == Spec.MarkerColor }, 1},
		{"opacity out of range", map[string]any{"fill-opacity": 3.0}, func(s Style) bool { return s.Fill == Spec.Fill }, 1},
		{"negative width", map[string]any{"stroke-width": -1.0}, func(s Style) bool { return s.StrokeWidth == 2 }, 1},
		{"marker size", map[string]any{"marker-size": "large"}, func(s Style) bool { return s.MarkerRadius() == 10 }, 0},
		{"bad marker size", map[string]any{"marker-size": "huge"}, func(s Style) bool { return s.MarkerSize == "medium" }, 1},
		{"title and description are not style", map[string]any{"title": "A", "description": "B", "fill": "#f00"}, func(s Style) bool {
			want := Spec
			want.Fill = color.NRGBA{0xff, 0, 0, Spec.Fill.A}
			return s == want
		}, 0},
		{"title number", map[string]any{"title": 42.0}, func(s Style) bool { return s == Spec }, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, p := Parse(props(tt.in), Spec)
			if !tt.check(s) {
				t.Errorf("style %+v does not hold", s)
			}
			if len(p) != tt.problems {
				t.Errorf("problems = %q, want %d", p, tt.problems)
			}
		})
	}
}

func TestFaction(t *testing.T) {
	seen := map[color.NRGBA]string{}
	for _, c := range control.All {
		s, ok := Faction(c)
		if !ok {
			t.Fatalf("Faction(%q) unknown", c)
		}
		if other, dup := seen[s.Fill]; dup {
			t.Errorf("%s and %s share a fill", c, other)
		}
		seen[s.Fill] = c
	}
	if s, _ := Faction(control.Government); s.Fill.R < 0xc0 || s.Fill.G > 0x60 {
		t.Errorf("government is not red: %v", s.Fill)
	}
	if s, _ := Faction(control.Opposition); s.Fill.G < 0x80 || s.Fill.R > 0x60 {
		t.Errorf("opposition is not green: %v", s.Fill)
	}
	if _, ok := Faction("rebels"); ok {
		t.Error("unknown control accepted")
	}
	if s, _ := Faction(control.Contested); !s.Hatch {
		t.Error("contested is not hatched")
	}
}

func TestForLayerDistinct(t *testing.T) {
	if ForLayer(0).Fill == ForLayer(1).Fill {
		t.Error("first two layers share a colour")
	}
}
