package atlas

import (
	"testing"

	"newsatlas/render"
	"newsatlas/style"
)

// TestBasemapColoursAvoided checks that the colours layer colours keep
// away from (style.AvoidedColours) are the basemap's as drawn.
func TestBasemapColoursAvoided(t *testing.T) {
	if c := countryStyle(); c.Fill != style.Land || c.Stroke != style.Border {
		t.Errorf("countries are drawn %v outlined %v; style avoids %v and %v", c.Fill, c.Stroke, style.Land, style.Border)
	}
	if render.Sea != style.Sea {
		t.Errorf("the sea is %v; style avoids %v", render.Sea, style.Sea)
	}
}
