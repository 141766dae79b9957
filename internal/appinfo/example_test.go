package appinfo_test

import (
	"fmt"

	"newsatlas/internal/appinfo"
)

func ExampleParse() {
	i, err := appinfo.Parse([]byte("[Details]\nName = \"News Atlas\"\nVersion = \"0.1.0\"\nBuild = 3\n"))
	if err != nil {
		panic(err)
	}
	fmt.Println(i.Name, i)
	// Output: News Atlas 0.1.0 (build 3)
}
