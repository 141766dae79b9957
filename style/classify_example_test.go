package style_test

import (
	"encoding/json"
	"fmt"

	"newsatlas/style"
)

// Graduated classes of a property, as `render --style
// damage:graduated=deaths,classes=3` draws them: the bounds, and each
// feature's class.
func ExampleGraduate() {
	deaths := []any{json.Number("0"), json.Number("4"), nil, json.Number("12"), "unknown", json.Number("30")}
	c := style.Graduate(deaths, 3, style.Quantiles)
	for k, label := range c.Labels {
		fmt.Println(k, label, style.Hex(c.Colours[k]))
	}
	fmt.Println(c.Of)
	// Output:
	// 0 0 – 4 #c6dbef
	// 1 4 – 12 #6e80ab
	// 2 12 – 30 #08306b
	// 3 no value #d4d4d4
	// [0 0 3 1 3 2]
}

// A rule as `render --style` reads it.
func ExampleParseRule() {
	name, r, err := style.ParseRule("damage sites:category=kind")
	fmt.Println(name, r.By, r.Property, err)
	// Output: damage sites category kind <nil>
}
