package places_test

import (
	"fmt"
	"log"

	"newsatlas/places"
)

// Find names each place once, with every mention of it: the all-caps dateline and the
// later "Geneva" are one place, named as the gazetteer does; "Russian" is a demonym, pinned
// to its country.
func ExampleGazetteer_Find() {
	g, err := places.LoadGazetteer()
	if err != nil {
		log.Fatal(err)
	}
	text := "GENEVA – Talks on Aleppo resumed in Geneva as Russian jets flew over Idlib province. " +
		"Turkey and Iran sent envoys; the Mediterranean port of Latakia was quiet."
	for _, p := range g.Find(text) {
		fmt.Printf("%s, %s:", p.Name, p.Kind)
		for _, m := range p.Mentions {
			fmt.Printf(" %q at %d-%d", m.Text, m.Start, m.End)
		}
		fmt.Println()
	}
	// Output:
	// Genève, city: "GENEVA" at 0-6 "Geneva" at 38-44
	// Aleppo, city: "Aleppo" at 20-26
	// Russia, demonym: "Russian" at 48-55
	// Idlib, region: "Idlib" at 71-76
	// Turkey, country: "Turkey" at 87-93
	// Iran, country: "Iran" at 98-102
	// Mediterranean, water: "Mediterranean" at 120-133
	// Latakia, city: "Latakia" at 142-149
}
