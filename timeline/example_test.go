package timeline_test

import (
	"fmt"
	"log"
	"time"

	"newsatlas/timeline"
)

// The control of one neighbourhood, Masaken Hanano, at three dates of the
// battle for Aleppo, from the embedded data.
func ExampleTimeline_At() {
	tl, err := timeline.Load()
	if err != nil {
		log.Fatal(err)
	}
	for _, d := range []string{"2012-07-18", "2016-10-19", "2016-11-27"} {
		date, _ := time.Parse(timeline.DateLayout, d)
		for _, f := range tl.At(date).Features {
			if f.Properties["name"] == "Hanano" {
				fmt.Printf("%s: %s since %s\n", d, f.Properties["control"], f.Properties["since"])
				break
			}
		}
	}
	// Output:
	// 2012-07-18: government since 2012-07-18
	// 2016-10-19: opposition since 2012-07-29
	// 2016-11-27: government since 2016-11-26
}

// A timeline of two neighbourhoods: a baseline that sets both, then one
// changes hands. Dates before the baseline are answered with it.
func ExampleParse() {
	hoods := []byte(`{"type":"FeatureCollection","features":[
		{"type":"Feature","properties":{"NAME":"West","id":"w"},"geometry":{"type":"Polygon","coordinates":[[[37.10,36.20],[37.11,36.20],[37.11,36.21],[37.10,36.21],[37.10,36.20]]]}},
		{"type":"Feature","properties":{"NAME":"East","id":"e"},"geometry":{"type":"Polygon","coordinates":[[[37.12,36.20],[37.13,36.20],[37.13,36.21],[37.12,36.21],[37.12,36.20]]]}}]}`)
	events := []byte(`[
		{"date":"2012-07-01","neighbourhoods":["West","East"],"control":"government","source":{"publication":"A","title":"Baseline","date":"2012-07-01"},"note":"before the battle"},
		{"date":"2012-08-01","neighbourhoods":["East"],"control":"opposition","source":{"publication":"B","title":"East falls","date":"2012-08-02"},"note":"the offensive"}]`)
	tl, err := timeline.Parse(hoods, events)
	if err != nil {
		log.Fatal(err)
	}
	for _, d := range []string{"2012-01-01", "2012-08-01"} {
		date, _ := time.Parse(timeline.DateLayout, d)
		for _, f := range tl.At(date).Features {
			fmt.Printf("%s %s: %s (%s)\n", d, f.Properties["name"], f.Properties["control"], f.Properties["source"])
		}
	}
	fmt.Println("changes:", len(tl.Changes()))
	// Output:
	// 2012-01-01 West: government (A, "Baseline", 2012-07-01)
	// 2012-01-01 East: government (A, "Baseline", 2012-07-01)
	// 2012-08-01 West: government (A, "Baseline", 2012-07-01)
	// 2012-08-01 East: opposition (B, "East falls", 2012-08-02)
	// changes: 2
}

// At tells, for each neighbourhood, who held it, since when, the report that
// established it and the latest report confirming it.
func ExampleTimeline_At_confirmed() {
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
