package vtiles_test

import (
	"context"
	"fmt"

	"github.com/paulmach/orb"

	"newsatlas/live"
	"newsatlas/vtiles"
)

// A tile archive is opened by name and asked for a view: the countries
// over France at zoom 3, each joined from the tiles it spans.
func ExampleOpen() {
	src, ok, err := vtiles.Open(context.Background(), "testdata/countries.pmtiles")
	if !ok || err != nil {
		fmt.Println(ok, err)
		return
	}
	defer src.Close()
	for _, line := range src.Summary()[:3] {
		fmt.Println(line)
	}
	q := live.Query{Bound: orb.Bound{Min: orb.Point{-2, 44}, Max: orb.Point{6, 49}}, Zoom: 3}
	l, err := src.Fetch(context.Background(), q)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, name := range []string{"France", "Spain", "Japan"} {
		n := 0
		for i := range l.Features {
			if l.Features[i].String("ADMIN") == name {
				n++
			}
		}
		fmt.Printf("%s: %d\n", name, n)
	}
	// Output:
	// format:   PMTiles v3 (vector tiles)
	// layers:   ne_110m_admin_0_countries
	// zoom:     0-3
	// France: 1
	// Spain: 1
	// Japan: 0
}
