package layer_test

import (
	"fmt"
	"os"
	"path/filepath"

	"newsatlas/layer"
)

// Load reads CSV as it reads GeoJSON: the coordinate columns are found
// by name, every other column is a property, and rows without usable
// coordinates are counted, one line per reason.
func ExampleLoad_csv() {
	dir, _ := os.MkdirTemp("", "example")
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "events.csv")
	os.WriteFile(path, []byte("event_date,location,Latitude,Longitude,fatalities\n"+
		"2016-12-01,Aleppo,36.2021,37.1343,3\n"+
		"2016-12-02,Idlib,35.9306,36.6339,0\n"+
		"2016-12-03,unknown,,,1\n"), 0o644)
	l, err := layer.Load(path, layer.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range l.Features {
		fmt.Printf("%s %v %s\n", f.String("location"), f.Geometry, f.Props)
	}
	for _, s := range l.Skipped {
		fmt.Println("note:", s.Reason)
	}
	// Output:
	// Aleppo [37.1343 36.2021] {"event_date":"2016-12-01","location":"Aleppo","Latitude":36.2021,"Longitude":37.1343,"fatalities":3}
	// Idlib [36.6339 35.9306] {"event_date":"2016-12-02","location":"Idlib","Latitude":35.9306,"Longitude":36.6339,"fatalities":0}
	// note: 1 row skipped, no coordinates (first: line 4: Latitude is empty)
}

// A Shapefile in UTM is reprojected to longitude and latitude from its
// .prj; one in a CRS this app does not read is refused, naming it.
func ExampleLoad_shapefile() {
	l, err := layer.Load(filepath.Join("testdata", "formats", "governorates-syria-utm37.shp"), layer.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%d features, %v, bound %.2f to %.2f\n", len(l.Features), l.TypeNames(), l.Bound.Min, l.Bound.Max)
	f := l.Features[0]
	fmt.Println(f.Name, "-", f.Properties()["name_ar"])
	// Output:
	// 15 features, [Polygon], bound [35.72 32.32] to [42.38 37.32]
	// UNDOF - قوة الأمم المتحدة لمراقبة فض الاشتباك
}
