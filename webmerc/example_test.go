package webmerc_test

import (
	"fmt"

	"github.com/paulmach/orb"

	"newsatlas/webmerc"
)

// Aleppo in world units, where the world is the unit square; at zoom z a
// world unit is 256·2^z pixels. Inverse takes it back.
func ExamplePoint() {
	aleppo := orb.Point{37.16, 36.2}
	p := webmerc.Point(aleppo)
	fmt.Printf("world %.6f, %.6f\n", p[0], p[1])
	fmt.Printf("pixel at zoom 10: %.0f, %.0f\n", p[0]*256*1024, p[1]*256*1024)
	back := webmerc.Inverse(p)
	fmt.Printf("back %.6f, %.6f\n", back[0], back[1])
	// Latitude is clamped to the square world.
	fmt.Printf("north pole y %.1f\n", webmerc.Point(orb.Point{0, 90})[1])
	// Output:
	// world 0.603222, 0.391998
	// pixel at zoom 10: 158131, 102760
	// back 37.160000, 36.200000
	// north pole y 0.0
}

// A ring across the antimeridian is unwrapped: its x runs on past 1
// instead of jumping back across the world.
func ExampleGeometry() {
	fiji := orb.Ring{{179, -16}, {-179, -16}, {-179, -17}, {179, -17}, {179, -16}}
	r := webmerc.Geometry(orb.Polygon{fiji}).(orb.Polygon)[0]
	for _, p := range r[:3] {
		fmt.Printf("%.4f ", p[0])
	}
	fmt.Println()
	// Output:
	// 0.9972 1.0028 1.0028
}
