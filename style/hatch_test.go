package style

import "testing"

func TestStriped(t *testing.T) {
	for _, tc := range []struct {
		every   int
		stripes string // row y=0, x = 0..11; # on a stripe
	}{
		{6, "###...###..."},
		{8, "###.....###."},
		{3, "##.##.##.##."},
		{1, "##.##.##.##."}, // 3 at least
	} {
		var got []byte
		for x := range 12 {
			c := byte('.')
			if Striped(x, 0, tc.every) {
				c = '#'
			}
			got = append(got, c)
		}
		if string(got) != tc.stripes {
			t.Errorf("every %d: %s, want %s", tc.every, got, tc.stripes)
		}
	}
	// Diagonal: one step right and one up stays on the same stripe, and
	// the rule holds left of and above the origin.
	for x := -20; x < 20; x++ {
		for y := -20; y < 20; y++ {
			if Striped(x, y, 8) != Striped(x+1, y-1, 8) {
				t.Fatalf("(%d,%d) and (%d,%d) differ", x, y, x+1, y-1)
			}
		}
	}
}
