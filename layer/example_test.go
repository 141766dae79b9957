package layer_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"newsatlas/layer"
)

// Parse reads GeoJSON from memory; what cannot be used is skipped and
// reported, the rest loads.
func ExampleParse() {
	src := `{"type":"FeatureCollection","features":[
	 {"type":"Feature","properties":{"name":"Aleppo","marker-color":"#c00"},"geometry":{"type":"Point","coordinates":[37.16,36.2]}},
	 {"type":"Feature","properties":{"name":"Idlib"},"geometry":{"type":"Polygon","coordinates":[[[36,35.5],[37,35.5],[37,36.3],[36,36.3]]]}},
	 {"type":"Feature","properties":{"name":"nowhere"},"geometry":{"type":"Point","coordinates":[37,95]}}
	]}`
	l, err := layer.Parse("syria", []byte(src), layer.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range l.Features {
		fmt.Printf("%s: %s\n", f.Name, f.Geometry.GeoJSONType())
	}
	fmt.Println("marker:", l.StyleOf(0).MarkerColor)
	fmt.Printf("bound: %.2f to %.2f\n", l.Bound.Min, l.Bound.Max)
	for _, s := range l.Skipped {
		fmt.Println("note:", s.Reason)
	}
	// Output:
	// Aleppo: Point
	// Idlib: Polygon
	// marker: {204 0 0 255}
	// bound: [36.00 35.50] to [37.16 36.30]
	// note: feature 1: ring 0 was not closed; closed it
	// note: feature 2: position [37,95] is out of range (want lon -540..540, lat -90..90)
}

// Load reads a file; its errors are one line that names the file.
func ExampleLoad() {
	dir, err := os.MkdirTemp("", "layer")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	good := filepath.Join(dir, "pins.ndjson")
	os.WriteFile(good, []byte(`{"type":"Feature","properties":{"title":"Geneva"},"geometry":{"type":"Point","coordinates":[6.14,46.2]}}
{"type":"Feature","properties":{"title":"Paris"},"geometry":{"type":"Point","coordinates":[2.35,48.86]}}
`), 0o644)
	l, err := layer.Load(good, layer.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(l.Name, len(l.Features), l.Types, l.Features[1].Name)

	broken := filepath.Join(dir, "broken.geojson")
	os.WriteFile(broken, []byte(`{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Poly`), 0o644)
	_, err = layer.Load(broken, layer.Options{})
	fmt.Println(strings.TrimPrefix(err.Error(), dir+string(filepath.Separator)))
	// Output:
	// pins 2 map[Point:2] Paris
	// broken.geojson: not valid JSON: the text ends too early (is the file truncated?)
}
