package style

import (
	"fmt"
	"testing"
)

func hex(c interface{ RGBA() (r, g, b, a uint32) }) string {
	r, g, b, _ := c.RGBA()
	return fmt.Sprintf("#%02x%02x%02x", r>>8, g>>8, b>>8)
}

// TestLayerColoursStandOut measures each layer colour against the map
// under it and against the others.
func TestLayerColoursStandOut(t *testing.T) {
	least := 1e9
	for i := range len(layerColours) {
		c := ForLayer(i).MarkerColor
		for name, a := range AvoidedColours() {
			d := DeltaE(c, a)
			least = min(least, d)
			if d < MinDeltaE {
				t.Errorf("layer colour %d %s is ΔE %.1f from %s %s, want ≥ %d", i, hex(c), d, name, hex(a), MinDeltaE)
			}
		}
		for j := range i {
			o := ForLayer(j).MarkerColor
			if d := DeltaE(c, o); d < MinDeltaE {
				t.Errorf("layer colours %d %s and %d %s are ΔE %.1f apart, want ≥ %d", i, hex(c), j, hex(o), d, MinDeltaE)
			}
		}
	}
	t.Logf("least ΔE from the map under a layer: %.1f", least)
}

func TestForLayerCycles(t *testing.T) {
	n := len(layerColours)
	for _, i := range []int{0, 1, n - 1} {
		if ForLayer(i) != ForLayer(i+n) || ForLayer(i) != ForLayer(-i) {
			t.Errorf("ForLayer(%d) does not cycle", i)
		}
		s := ForLayer(i)
		if s.Stroke != s.MarkerColor || (s.Fill.R != s.Stroke.R || s.Fill.A != 0x66) {
			t.Errorf("ForLayer(%d) = %+v: want one hue, fill at 40%%", i, s)
		}
	}
}
