package atlas_test

import (
	"fmt"
	"time"

	"github.com/paulmach/orb"

	"newsatlas/atlas"
	"newsatlas/render"
)

// Identify answers what a click selects: the features under a point,
// topmost layer first. Here, a neighbourhood of east Aleppo on the
// built-in article's date: its control zone, its governorate, the
// basemap's neighbourhood and district at zoom 13, its country.
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
	// basemap: as-Sakhour (<nil>)
	// basemap: Jebel Saman (<nil>)
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
	// basemap hidden: true opacity: 1
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
	// basemap
	// syria-governorates
	// aleppo-control
	// places
	// Natural Earth · OCHA · © OpenStreetMap contributors · GeoNames (CC BY 4.0) · Columbia CSR
}

// A scene's legend carries Aleppo's title while Aleppo is in view, and
// past the record's end it names the record's last day.
func ExampleAtlas_Scene() {
	a, err := atlas.NewWith(atlas.Options{Skip: []string{atlas.Countries, atlas.SyriaGovernorates, atlas.Places}})
	if err != nil {
		fmt.Println(err)
		return
	}
	aleppo := render.Viewport{Center: orb.Point{37.16, 36.2}, Zoom: 12, Width: 800, Height: 600}
	karachi := render.Viewport{Center: orb.Point{67.0, 24.86}, Zoom: 12, Width: 800, Height: 600}
	fmt.Printf("%q\n", a.Scene(aleppo).LegendTitle)
	fmt.Printf("%q\n", a.Scene(karachi).LegendTitle)
	a.SetDate(time.Date(2018, 12, 31, 0, 0, 0, 0, time.UTC))
	fmt.Printf("%q\n", a.Scene(aleppo).LegendTitle)
	// Output:
	// "Aleppo, as of 19 Oct 2016"
	// ""
	// "Aleppo, as of 22 Dec 2016 (the record ends there)"
}
