package layer

import (
	"slices"
	"testing"
)

// TestExtensions checks that a file dialog is offered each format's main
// file and none of a Shapefile's side files, which Load refuses.
func TestExtensions(t *testing.T) {
	exts := Extensions()
	for _, want := range []string{".geojson", ".csv", ".gpx", ".kml", ".kmz", ".shp", ".gpkg", ".fgb"} {
		if !slices.Contains(exts, want) {
			t.Errorf("Extensions() lacks %s", want)
		}
	}
	for _, side := range []string{".dbf", ".shx", ".prj", ".cpg"} {
		if slices.Contains(exts, side) {
			t.Errorf("Extensions() offers %s, a Shapefile's side file", side)
		}
		if r := readerFor("x"+side, nil); r == nil {
			t.Errorf("%s: Load should refuse it and name the .shp", side)
		} else if _, err := r("x"+side, "x", nil, Options{}); err == nil {
			t.Errorf("%s: Load should refuse it", side)
		}
	}
}
