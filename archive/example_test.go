package archive_test

import (
	"context"
	"fmt"
	"log"
	"strings"

	"newsatlas/archive"
	"newsatlas/places"
)

// Geoparse a stream of NDJSON articles on all cores, in input order.
func Example() {
	g, err := places.LoadGazetteer()
	if err != nil {
		log.Fatal(err)
	}
	in := strings.NewReader(`{"text":"Shells fell on Aleppo.","date":"2016-10-19"}
{"title":"no text"}
{"text":"Talks went on in Geneva.","title":"Talks"}
`)
	opt := archive.Options{Skip: func(s archive.Skip) { fmt.Println("skipped", s) }}
	read := func(yield func(*archive.Article) error) error {
		return archive.ReadNDJSON(context.Background(), "in", in, opt, yield)
	}
	err = archive.Geoparse(context.Background(), g, 0, read, func(p *archive.Parsed) error {
		fmt.Printf("%s %q %s %s:", p.Source, p.Title, p.Day(), p.DateFrom)
		for _, pl := range p.Places {
			fmt.Printf(" %s at %d", pl.Name, pl.Mentions[0].Start)
		}
		fmt.Println()
		return nil
	})
	if err != nil {
		log.Fatal(err)
	}
	// Output:
	// skipped in:2: no "text" in the record
	// in:1 "Shells fell on Aleppo." 2016-10-19 ndjson: Aleppo at 15
	// in:3 "Talks"  : Geneva at 17
}
