package control

import "testing"

func TestValuesAndLabels(t *testing.T) {
	tests := []struct {
		v     string
		valid bool
		label string
	}{
		{Government, true, "Government"},
		{Opposition, true, "Opposition"},
		{SDF, true, "Kurdish YPG/SDF"},
		{ISIL, true, "ISIL"},
		{Contested, true, "Contested"},
		{"rebels", false, "rebels"},
		{"", false, ""},
		{"Government", false, "Government"},
	}
	for _, tt := range tests {
		if got := Valid(tt.v); got != tt.valid {
			t.Errorf("Valid(%q) = %v, want %v", tt.v, got, tt.valid)
		}
		if got := Label(tt.v); got != tt.label {
			t.Errorf("Label(%q) = %q, want %q", tt.v, got, tt.label)
		}
	}
	if len(All) != 5 {
		t.Errorf("All has %d values, want 5", len(All))
	}
}
