package crs

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/project"
)

// Transform turns coordinates of one CRS into longitude and latitude on
// WGS84. The zero Transform is geographic: it changes nothing.
type Transform struct {
	Name string // the CRS as the file names it
	Note string // what was approximated, "" when nothing was
	// inverse maps x, y (in metres) to lon, lat (in degrees); nil for
	// geographic coordinates.
	inverse func(x, y float64) (lon, lat float64)
	unit    float64 // metres per unit of x and y; 0 means 1
}

// Geographic reports whether the coordinates are already longitude and
// latitude.
func (t Transform) Geographic() bool { return t.inverse == nil }

// LonLat turns one position into longitude and latitude.
func (t Transform) LonLat(x, y float64) (lon, lat float64) {
	if t.inverse == nil {
		return x, y
	}
	if t.unit != 0 {
		x, y = x*t.unit, y*t.unit
	}
	return t.inverse(x, y)
}

// Geometry turns every position of g into longitude and latitude, in
// place, and returns it.
func (t Transform) Geometry(g orb.Geometry) orb.Geometry {
	if t.inverse == nil || g == nil {
		return g
	}
	return project.Geometry(g, func(p orb.Point) orb.Point {
		lon, lat := t.LonLat(p[0], p[1])
		return orb.Point{lon, lat}
	})
}

// UnsupportedError is a CRS this package cannot turn into WGS84.
type UnsupportedError struct {
	Name string // the CRS's name, or its code
	Why  string // its projection, or what else is wrong
}

func (e *UnsupportedError) Error() string {
	return fmt.Sprintf("CRS %q is not supported (%s)", e.Name, e.Why)
}

// WGS84's ellipsoid.
const (
	wgs84A    = 6378137.0
	wgs84InvF = 298.257223563
)

// ParseWKT reads a CRS written as WKT 1, as in a Shapefile's .prj.
func ParseWKT(s string) (Transform, error) {
	root, err := parseWKT(s)
	if err != nil {
		return Transform{}, &UnsupportedError{clipName(s), "unreadable WKT: " + err.Error()}
	}
	switch root.key {
	case "GEOGCS":
		return geographic(root), nil
	case "PROJCS":
	default:
		return Transform{}, &UnsupportedError{root.name(), "a " + root.key + " is not a geographic or projected CRS"}
	}
	name := root.name()
	geog := root.kid("GEOGCS")
	a, invF := wgs84A, wgs84InvF
	if sp := geog.kid("DATUM").kid("SPHEROID"); sp != nil && len(sp.nums) >= 2 && sp.nums[0] > 0 {
		a, invF = sp.nums[0], sp.nums[1]
	}
	unit := 1.0
	if u := root.kid("UNIT"); u != nil && len(u.nums) > 0 && u.nums[0] > 0 {
		unit = u.nums[0]
	}
	proj := root.kid("PROJECTION").name()
	pf := func(names ...string) float64 { v, _ := root.param(names...); return v }
	fe, fn := pf("false_easting")*unit, pf("false_northing")*unit
	lon0 := pf("central_meridian", "longitude_of_center", "longitude_of_origin")
	t := Transform{Name: name}
	if unit != 1 {
		t.unit = unit // false easting and northing are in metres already
	}
	switch norm(proj) {
	case "transversemercator":
		k0, ok := root.param("scale_factor")
		if !ok {
			k0 = 1
		}
		tm := newTM(a, invF, k0, lon0, pf("latitude_of_origin"), fe, fn)
		t.inverse = tm.inverse
	case "mercatorauxiliarysphere", "popularvisualisationpseudomercator":
		t.inverse = webMercator(a, lon0, fe, fn)
	case "mercator", "mercator1sp", "mercator2sp":
		if strings.Contains(norm(name), "pseudo") || strings.Contains(norm(name), "webmercator") {
			t.inverse = webMercator(a, lon0, fe, fn)
			break
		}
		k0, ok := root.param("scale_factor")
		if sp1, has := root.param("standard_parallel_1"); has && (!ok || sp1 != 0) {
			k0 = mercatorScale(invF, sp1)
		} else if !ok {
			k0 = 1
		}
		t.inverse = ellipsoidalMercator(a, invF, k0, lon0, fe, fn)
	default:
		if proj == "" {
			proj = "no PROJECTION"
		} else {
			proj = "projection " + proj
		}
		return Transform{}, &UnsupportedError{name, proj + "; read are Web Mercator, Mercator and Transverse Mercator (UTM)"}
	}
	return t, nil
}

// geographic is the Transform of a GEOGCS: none, with a note when its
// datum is not WGS84 or one within a metre or two of it.
func geographic(n *node) Transform {
	t := Transform{Name: n.name()}
	d := norm(n.kid("DATUM").name())
	switch {
	case d == "", strings.Contains(d, "wgs1984"), strings.Contains(d, "wgs84"), strings.Contains(d, "worldgeodeticsystem1984"),
		strings.Contains(d, "etrs"), strings.Contains(d, "europeanterrestrialreferencesystem1989"), strings.Contains(d, "northamericandatum1983"), strings.Contains(d, "nad1983"), strings.Contains(d, "grs1980"), strings.Contains(d, "rgf1993"):
	default:
		t.Note = fmt.Sprintf("datum %s read as WGS84, with no shift (positions may be off by up to a few hundred metres)", n.kid("DATUM").name())
	}
	return t
}

// ParseName reads a CRS named by code, as GeoJSON's legacy "crs" member
// does: "EPSG:3857", "urn:ogc:def:crs:EPSG::32637", "urn:ogc:def:crs:OGC:1.3:CRS84".
func ParseName(name string) (Transform, error) {
	n := strings.ToUpper(strings.TrimSpace(name))
	if strings.HasSuffix(n, "CRS84") || strings.HasSuffix(n, "CRS:84") {
		return Transform{Name: name}, nil
	}
	i := strings.LastIndexAny(n, ":/")
	code, err := strconv.Atoi(n[i+1:])
	if err != nil || !strings.Contains(n, "EPSG") {
		return Transform{}, &UnsupportedError{name, "want an EPSG code such as EPSG:4326"}
	}
	return FromEPSG(code, name)
}

// FromEPSG is the Transform of an EPSG code: 4326 and 4258 (geographic),
// 3857 and its aliases 900913, 3785, 102100 and 102113 (Web Mercator),
// 3395 (World Mercator), and 32601-32660 and 32701-32760 (WGS84 UTM
// zones north and south). name is what the file called it.
func FromEPSG(code int, name string) (Transform, error) {
	t := Transform{Name: name}
	switch {
	case code == 4326 || code == 4258 || code == 4269:
	case code == 3857 || code == 900913 || code == 3785 || code == 102100 || code == 102113:
		t.inverse = webMercator(wgs84A, 0, 0, 0)
	case code == 3395:
		t.inverse = ellipsoidalMercator(wgs84A, wgs84InvF, 1, 0, 0, 0)
	case code > 32600 && code <= 32660, code > 32700 && code <= 32760:
		zone := code % 100
		fn := 0.0
		if code > 32700 {
			fn = 10e6
		}
		t.inverse = newTM(wgs84A, wgs84InvF, 0.9996, float64(zone*6-183), 0, 500000, fn).inverse
	default:
		return Transform{}, &UnsupportedError{name, "EPSG:" + strconv.Itoa(code) + "; read are EPSG:4326, 3857, 3395 and the WGS84 UTM zones 326xx and 327xx"}
	}
	return t, nil
}

// clipName is the start of an unreadable CRS, for messages.
func clipName(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > 40 {
		return s[:40] + "..."
	}
	return s
}

// rad and deg convert angles.
func rad(d float64) float64 { return d * math.Pi / 180 }
func deg(r float64) float64 { return r * 180 / math.Pi }
