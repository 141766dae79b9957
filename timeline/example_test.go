package timeline_test

import (
	"fmt"
	"time"

	"newsatlas/timeline"
)

// At tells, for each neighbourhood, who held it, since when, the report that
// established it and the latest report confirming it.
func ExampleTimeline_At() {
	tl, err := timeline.Load()
	if err != nil {
		fmt.Println(err)
		return
	}
	d := time.Date(2016, 10, 19, 0, 0, 0, 0, time.UTC)
	for _, f := range tl.At(d).Features {
		if f.Properties["name"] != "Salah ad-Deen" {
			continue
		}
		p := f.Properties
		fmt.Println(p["control"], "since", p["since"])
		fmt.Println("source:", p["source"])
		fmt.Println("confirmed:", p["confirmed"])
	}
	// Output:
	// contested since 2012-07-31
	// source: Reuters (Chicago Tribune), "WRAPUP 1-Syrian aircraft strike Aleppo, rebels claim successes", 2012-07-31
	// confirmed: AFP (Business Insider), "Intense fighting in Aleppo, Syria (photos)", 2013-10-01
}
