package control_test

import (
	"fmt"

	"newsatlas/control"
)

// The control values in legend order, each with its legend label.
func ExampleLabel() {
	for _, v := range control.All {
		fmt.Printf("%s: %s\n", v, control.Label(v))
	}
	fmt.Println(control.Label("militia"))
	// Output:
	// government: Government
	// opposition: Opposition
	// sdf: Kurdish YPG/SDF
	// isil: ISIL
	// contested: Contested
	// militia
}

// Valid tells the values of the schema from any other (the timeline
// refuses an event of any other control).
func ExampleValid() {
	for _, v := range []string{"sdf", "SDF", "regime", ""} {
		fmt.Printf("%q %v\n", v, control.Valid(v))
	}
	// Output:
	// "sdf" true
	// "SDF" false
	// "regime" false
	// "" false
}
