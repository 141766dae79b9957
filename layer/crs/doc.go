// Package crs turns the projected coordinates of a file into longitude and
// latitude on WGS84, for the coordinate reference systems news data comes
// in: Web Mercator (EPSG:3857 and its aliases), World Mercator
// (EPSG:3395), and Transverse Mercator on any ellipsoid, which covers the
// UTM zones north and south (EPSG:326zz, 327zz) and many national grids.
// A CRS is named by an ESRI or OGC WKT 1 string, as a Shapefile's .prj
// holds it (ParseWKT), or by an EPSG code, as GeoJSON's legacy "crs"
// member does (ParseName). Anything else is refused with an error naming
// the CRS.
//
// The formulas are Snyder's (Map Projections: A Working Manual, USGS
// Professional Paper 1395, 1987): the inverse ellipsoidal Transverse
// Mercator of §8 (eqs. 8-17 to 8-25) and the inverse Mercator of §7
// (eqs. 7-4 and 7-9). No datum shift is made: coordinates on ETRS89,
// NAD83 or GRS 1980 differ from WGS84 by less than a metre or two, far
// below what a news map shows; a geographic CRS on another datum is read
// as it is, and Transform.Note says so.
//
// They are written here because the Go projection library at hand,
// go-proj, wraps the C library PROJ, which the no-cgo build cannot link
// and CI would have to install; these few inverses are short.
package crs
