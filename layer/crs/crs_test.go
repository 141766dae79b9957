package crs

import (
	"math"
	"strings"
	"testing"
)

// The projected positions are GDAL's (gdal-bin 3.6.2):
//
//	printf "37.1586 36.2028\n42.5 -5\n-10 -33.5\n" | gdaltransform -s_srs EPSG:4326 -t_srs EPSG:CODE -output_xy
var prjs = map[string]string{
	"3857":  `PROJCS["WGS_1984_Web_Mercator_Auxiliary_Sphere",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Mercator_Auxiliary_Sphere"],PARAMETER["False_Easting",0.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",0.0],PARAMETER["Standard_Parallel_1",0.0],PARAMETER["Auxiliary_Sphere_Type",0.0],UNIT["Meter",1.0]]`,
	"32637": `PROJCS["WGS_1984_UTM_Zone_37N",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",39.0],PARAMETER["Scale_Factor",0.9996],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]`,
	"32737": `PROJCS["WGS_1984_UTM_Zone_37S",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",10000000.0],PARAMETER["Central_Meridian",39.0],PARAMETER["Scale_Factor",0.9996],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]`,
	"3395":  `PROJCS["WGS_1984_World_Mercator",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Mercator"],PARAMETER["False_Easting",0.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",0.0],PARAMETER["Standard_Parallel_1",0.0],UNIT["Meter",1.0]]`,
	"4326":  `GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]`,
}

func TestInverse(t *testing.T) {
	tests := []struct {
		code     string
		x, y     float64
		lon, lat float64
	}{
		{"32637", 334456.25902211, 4008013.84551753, 37.1586, 36.2028},
		{"32737", 334456.25902211, 14008013.8455175, 37.1586, 36.2028},
		{"32737", 888229.670900321, 9446301.25221292, 42.5, -5},
		{"32637", 888229.670900321, -553698.747787079, 42.5, -5},
		{"3857", 4136476.43059094, 4328562.33983193, 37.1586, 36.2028},
		{"3857", -1113194.90793274, -3961860.21744575, -10, -33.5},
		{"3395", 4136476.43059094, 4303323.50861814, 37.1586, 36.2028},
		{"3395", -1113194.90793274, -3938277.75308743, -10, -33.5},
		{"4326", 37.1586, 36.2028, 37.1586, 36.2028},
	}
	for _, tt := range tests {
		for _, how := range []string{"wkt", "epsg"} {
			t.Run(how+" "+tt.code, func(t *testing.T) {
				var tr Transform
				var err error
				if how == "wkt" {
					tr, err = ParseWKT(prjs[tt.code])
				} else {
					tr, err = ParseName("urn:ogc:def:crs:EPSG::" + tt.code)
				}
				if err != nil {
					t.Fatal(err)
				}
				lon, lat := tr.LonLat(tt.x, tt.y)
				if math.Abs(lon-tt.lon) > 1e-7 || math.Abs(lat-tt.lat) > 1e-7 {
					t.Errorf("LonLat(%v, %v) = %.9f, %.9f, want %v, %v", tt.x, tt.y, lon, lat, tt.lon, tt.lat)
				}
				if tr.Geographic() != (tt.code == "4326") {
					t.Errorf("Geographic() = %v", tr.Geographic())
				}
			})
		}
	}
}

func TestUnsupported(t *testing.T) {
	tests := []struct{ in, want string }{
		{`PROJCS["RGF_1993_Lambert_93",GEOGCS["GCS_RGF_1993",DATUM["D_RGF_1993",SPHEROID["GRS_1980",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Lambert_Conformal_Conic"],PARAMETER["False_Easting",700000.0],UNIT["Meter",1.0]]`,
			`CRS "RGF_1993_Lambert_93" is not supported (projection Lambert_Conformal_Conic; read are Web Mercator, Mercator and Transverse Mercator (UTM))`},
		{`PROJCS["x",GEOGCS["y"`, `is not supported (unreadable WKT: WKT ends inside GEOGCS)`},
		{`hello`, `is not a geographic or projected CRS`},
	}
	for _, tt := range tests {
		_, err := ParseWKT(tt.in)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("ParseWKT(%.30s) = %v, want %q", tt.in, err, tt.want)
		}
	}
	if _, err := ParseName("EPSG:2154"); err == nil || !strings.Contains(err.Error(), `CRS "EPSG:2154" is not supported (EPSG:2154;`) {
		t.Errorf("ParseName(EPSG:2154) = %v", err)
	}
}
