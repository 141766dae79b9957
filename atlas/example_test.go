package atlas_test

import (
	"fmt"

	"github.com/paulmach/orb"

	"newsatlas/atlas"
	"newsatlas/render"
)

// Identify answers what a click selects: the features under a point,
// topmost layer first. Here, a neighbourhood of east Aleppo on the
// built-in article's date.
func ExampleAtlas_Identify() {
	a, err := atlas.New()
	if err != nil {
		fmt.Println(err)
		return
	}
	p := orb.Point{37.19, 36.225}
	v := render.Viewport{Center: p, Zoom: 13, Width: 800, Height: 600}
	for _, h := range a.Identify(p, v) {
		fmt.Printf("%s: %s (%v)\n", h.Layer, h.Name(), h.Properties["control"])
	}
	// Output:
	// aleppo-control: as-Sakhour (opposition)
	// syria-governorates: Aleppo (<nil>)
	// countries: Syria (<nil>)
}

// The layers panel and `newsatlas render --hide` change the atlas through
// the same methods: show or hide, fade and reorder layers by name. (The
// built-in layers left out here are hidden stand-ins.)
func ExampleAtlas_Move() {
	a, err := atlas.NewWith(atlas.Options{Skip: atlas.Builtins()})
	if err != nil {
		fmt.Println(err)
		return
	}
	a.Move(atlas.Places, 0)
	a.SetHidden(atlas.Countries, false)
	a.SetOpacity(atlas.Countries, 0.5)
	if err := a.Move("rivers", 1); err != nil {
		fmt.Println(err)
	}
	for _, l := range a.Layers {
		fmt.Println(l.Name, "hidden:", l.Hidden, "opacity:", l.Opacity)
	}
	// Output:
	// no layer rivers
	// places hidden: true opacity: 1
	// countries hidden: false opacity: 0.5
	// syria-governorates hidden: true opacity: 1
	// aleppo-control hidden: true opacity: 1
}

func ExampleBuiltins() {
	for _, name := range atlas.Builtins() {
		fmt.Println(name)
	}
	fmt.Println(atlas.Attribution())
	// Output:
	// countries
	// syria-governorates
	// aleppo-control
	// places
	// Natural Earth · OCHA · GeoNames (CC BY 4.0) · Columbia CSR
}
