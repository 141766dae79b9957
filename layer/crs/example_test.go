package crs_test

import (
	"fmt"

	"newsatlas/layer/crs"
)

// A Shapefile's .prj names its CRS; LonLat turns its positions into
// longitude and latitude.
func ExampleParseWKT() {
	prj := `PROJCS["WGS_1984_UTM_Zone_37N",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",39.0],PARAMETER["Scale_Factor",0.9996],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]`
	t, err := crs.ParseWKT(prj)
	if err != nil {
		fmt.Println(err)
		return
	}
	lon, lat := t.LonLat(334456.26, 4008013.85) // Aleppo
	fmt.Printf("%s: %.4f, %.4f\n", t.Name, lon, lat)
	// Output:
	// WGS_1984_UTM_Zone_37N: 37.1586, 36.2028
}

// GeoJSON's legacy crs member names a CRS by code; one this package does
// not read is refused, naming it.
func ExampleParseName() {
	for _, name := range []string{"urn:ogc:def:crs:EPSG::3857", "EPSG:2154"} {
		t, err := crs.ParseName(name)
		if err != nil {
			fmt.Println(err)
			continue
		}
		lon, lat := t.LonLat(4136476.43, 4328562.34)
		fmt.Printf("%s: %.4f, %.4f\n", name, lon, lat)
	}
	// Output:
	// urn:ogc:def:crs:EPSG::3857: 37.1586, 36.2028
	// CRS "EPSG:2154" is not supported (EPSG:2154; read are EPSG:4326, 3857, 3395 and the WGS84 UTM zones 326xx and 327xx)
}
