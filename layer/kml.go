package layer

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/paulmach/orb"
)

// KML 2.2 (Google Earth, Google My Maps): each Placemark with a geometry
// is a feature. Point, LineString, LinearRing, Polygon (its outer and
// inner boundaries) and MultiGeometry are read, gx:Track as a line;
// altitudes are dropped. A Placemark's properties are its name and
// description, its ExtendedData (Data and SchemaData alike), the name of
// the Folder it is in as folder, its TimeStamp as time or its TimeSpan as
// start and end, and its style as simplestyle properties (kmlstyle.go).
// No mapping of structs would do: Folders nest, and styles are shared by
// reference.

// kmlReader walks one document.
type kmlReader struct {
	styles kmlStyles
	recs   []record
	ts     tallies
	n      int // Placemarks seen
}

// readKML reads a KML document.
func readKML(name string, data []byte, opt Options) (*Layer, error) {
	root, err := parseXML(data)
	if err != nil {
		return nil, xmlError("KML", err)
	}
	if root.kid("kml") == nil && root.kid("Document") == nil && root.kid("Folder") == nil && root.kid("Placemark") == nil {
		return nil, errors.New("not KML: no <kml> element")
	}
	k := &kmlReader{styles: kmlStyles{}}
	k.styles.collect(root)
	k.walk(root, "")
	notes := k.ts.skips("Placemark")
	if len(k.recs) == 0 {
		if k.n == 0 {
			return nil, errors.New("no Placemark in it")
		}
		return nil, fmt.Errorf("no Placemark with coordinates (%s)", notes[0].Reason)
	}
	return fromRecords(name, k.recs, notes, opt), nil
}

// walk reads the Placemarks under n, in order; folder is the name of the
// Folder they are in.
func (k *kmlReader) walk(n *xnode, folder string) {
	for _, c := range n.kids {
		switch c.name {
		case "Folder":
			f := c.textOf("name")
			if f == "" {
				f = folder
			}
			k.walk(c, f)
		case "Placemark":
			k.n++
			k.placemark(c, folder)
		default:
			k.walk(c, folder)
		}
	}
}

// placemark reads one Placemark.
func (k *kmlReader) placemark(p *xnode, folder string) {
	where := fmt.Sprintf("Placemark %d", k.n)
	if name := p.textOf("name"); name != "" {
		where += fmt.Sprintf(" (%s)", clip(name, 30))
	}
	var g orb.Geometry
	var why string
	for _, c := range p.kids {
		if kmlGeometries[c.name] {
			g, why = kmlGeometry(c, 0)
			break
		}
	}
	if g == nil {
		if why == "" {
			why = "no geometry"
		}
		k.ts.add("without coordinates", where, why)
		return
	}
	var ps props
	for _, key := range []string{"name", "description", "address", "phoneNumber"} {
		if v := p.textOf(key); v != "" {
			ps = append(ps, str(key, v))
		}
	}
	if folder != "" {
		ps = append(ps, str("folder", folder))
	}
	if ts := p.kid("TimeStamp"); ts != nil {
		ps = appendText(ps, "time", ts.textOf("when"))
	}
	if sp := p.kid("TimeSpan"); sp != nil {
		ps = appendText(ps, "start", sp.textOf("begin"))
		ps = appendText(ps, "end", sp.textOf("end"))
	}
	if tr := p.kid("Track"); tr != nil {
		if when := tr.kid("when"); when != nil {
			ps = appendText(ps, "start", when.text)
			last := when.text
			for _, c := range tr.kids {
				if c.name == "when" {
					last = c.text
				}
			}
			ps = appendText(ps, "end", last)
		}
	}
	if ed := p.kid("ExtendedData"); ed != nil {
		for _, d := range ed.kids {
			switch d.name {
			case "Data":
				if key := d.attr("name"); key != "" && !dup(ps, key) {
					ps = append(ps, cellProp(key, d.textOf("value")))
				}
			case "SchemaData":
				for _, sd := range d.kids {
					if key := sd.attr("name"); sd.name == "SimpleData" && key != "" && !dup(ps, key) {
						ps = append(ps, cellProp(key, sd.text))
					}
				}
			}
		}
	}
	st := k.styles.resolve(p.textOf("styleUrl"))
	if inline := p.kid("Style"); inline != nil {
		st = st.merge(kmlStyleOf(inline))
	}
	ps = st.props(ps)
	k.recs = append(k.recs, record{g, ps})
}

// appendText adds a text property when v is not empty.
func appendText(ps props, key, v string) props {
	if v = strings.TrimSpace(v); v != "" {
		ps = append(ps, str(key, v))
	}
	return ps
}

// kmlGeometries are the geometry elements of KML.
var kmlGeometries = map[string]bool{"Point": true, "LineString": true, "LinearRing": true,
	"Polygon": true, "MultiGeometry": true, "Track": true, "MultiTrack": true}

// kmlGeometry reads a geometry element, or says why it cannot.
func kmlGeometry(n *xnode, depth int) (orb.Geometry, string) {
	switch n.name {
	case "Point":
		pts, err := kmlCoordinates(n.textOf("coordinates"))
		if err != "" {
			return nil, "Point " + err
		}
		return pts[0], ""
	case "LineString", "LinearRing":
		pts, err := kmlCoordinates(n.textOf("coordinates"))
		if err != "" {
			return nil, n.name + " " + err
		}
		if len(pts) < 2 {
			return nil, n.name + " has one position"
		}
		if n.name == "LinearRing" {
			return orb.Polygon{closeRing(orb.Ring(pts))}, ""
		}
		return orb.LineString(pts), ""
	case "Polygon":
		var poly orb.Polygon
		outer := n.kid("outerBoundaryIs").kid("LinearRing")
		if outer == nil {
			return nil, "Polygon has no outerBoundaryIs"
		}
		pts, err := kmlCoordinates(outer.textOf("coordinates"))
		if err != "" {
			return nil, "Polygon's outer boundary " + err
		}
		if len(pts) < 3 {
			return nil, "Polygon's outer boundary has fewer than three positions"
		}
		poly = append(poly, closeRing(orb.Ring(pts)))
		for _, c := range n.kids {
			if c.name != "innerBoundaryIs" {
				continue
			}
			for _, r := range c.kids {
				if r.name != "LinearRing" {
					continue
				}
				if pts, err := kmlCoordinates(r.textOf("coordinates")); err == "" && len(pts) >= 3 {
					poly = append(poly, closeRing(orb.Ring(pts)))
				}
			}
		}
		return poly, ""
	case "Track":
		var line orb.LineString
		for _, c := range n.kids {
			if c.name != "coord" {
				continue
			}
			f := strings.Fields(c.text) // gx:coord is "lon lat alt"
			if len(f) < 2 {
				continue
			}
			lon, err1 := strconv.ParseFloat(f[0], 64)
			lat, err2 := strconv.ParseFloat(f[1], 64)
			if err1 == nil && err2 == nil && lonLat(lon, lat) {
				line = append(line, orb.Point{lon, lat})
			}
		}
		if len(line) < 2 {
			return nil, "gx:Track has fewer than two usable positions"
		}
		return line, ""
	case "MultiGeometry", "MultiTrack":
		if depth > 16 {
			return nil, "MultiGeometry nested too deeply"
		}
		var parts []orb.Geometry
		why := ""
		for _, c := range n.kids {
			if !kmlGeometries[c.name] {
				continue
			}
			g, w := kmlGeometry(c, depth+1)
			if g == nil {
				why = w
				continue
			}
			parts = append(parts, g)
		}
		if len(parts) == 0 {
			if why == "" {
				why = "MultiGeometry is empty"
			}
			return nil, why
		}
		return multi(parts), ""
	}
	return nil, n.name + " is not a KML geometry"
}

// multi makes parts one geometry: a MultiPoint, MultiLineString or
// MultiPolygon when they are all of one kind, else a collection.
func multi(parts []orb.Geometry) orb.Geometry {
	var (
		mp  orb.MultiPoint
		ml  orb.MultiLineString
		mpg orb.MultiPolygon
	)
	for _, g := range parts {
		switch g := g.(type) {
		case orb.Point:
			mp = append(mp, g)
		case orb.LineString:
			ml = append(ml, g)
		case orb.Polygon:
			mpg = append(mpg, g)
		}
	}
	switch len(parts) {
	case len(mp):
		return mp
	case len(ml):
		return ml
	case len(mpg):
		return mpg
	}
	return orb.Collection(parts)
}

// kmlCoordinates reads a coordinates element: tuples lon,lat[,alt]
// separated by white space (and a space after a comma tolerated, as some
// writers put one). It says what is wrong when no position can be read.
func kmlCoordinates(s string) ([]orb.Point, string) {
	if strings.TrimSpace(s) == "" {
		return nil, "has no coordinates"
	}
	// Join "lon, lat" written with a space after the comma.
	fields := strings.Fields(s)
	var tuples []string
	for i := 0; i < len(fields); i++ {
		t := fields[i]
		for (strings.HasSuffix(t, ",") || (i+1 < len(fields) && strings.HasPrefix(fields[i+1], ","))) && i+1 < len(fields) {
			i++
			t += fields[i]
		}
		tuples = append(tuples, t)
	}
	var pts []orb.Point
	for _, t := range tuples {
		parts := strings.Split(t, ",")
		if len(parts) < 2 {
			return nil, fmt.Sprintf("has %q, want lon,lat", clip(t, 30))
		}
		lon, err1 := strconv.ParseFloat(parts[0], 64)
		lat, err2 := strconv.ParseFloat(parts[1], 64)
		if err1 != nil || err2 != nil {
			return nil, fmt.Sprintf("has %q, want numbers lon,lat", clip(t, 30))
		}
		if !lonLat(lon, lat) {
			return nil, fmt.Sprintf("has %s, beyond ±180, ±90", clip(t, 30))
		}
		pts = append(pts, orb.Point{lon, lat})
	}
	return pts, ""
}

// lonLat reports whether lon and lat are within the world.
func lonLat(lon, lat float64) bool {
	return lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90
}
