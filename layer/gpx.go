package layer

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/paulmach/orb"
)

// GPX 1.0 and 1.1 (what trackers and phones export): each waypoint is a
// Point, each route a LineString, each track a MultiLineString of its
// segments. A feature's properties are its name, description and the
// like, a kind (waypoint, route, track), and its time: a waypoint's own,
// a track's or route's first point's as time and start, its last's as
// end. Extensions are not read. The tags are matched without their
// namespace, so 1.0 and 1.1 read alike.

type gpxFile struct {
	Waypoints []gpxPoint `xml:"wpt"`
	Routes    []gpxPath  `xml:"rte"`
	Tracks    []gpxTrack `xml:"trk"`
}

// gpxInfo are the elements a waypoint, route and track share.
type gpxInfo struct {
	Name    string `xml:"name"`
	Cmt     string `xml:"cmt"`
	Desc    string `xml:"desc"`
	Src     string `xml:"src"`
	Type    string `xml:"type"`
	Sym     string `xml:"sym"`
	Number  string `xml:"number"`
	Link    string `xml:"link>text"`
	LinkRef string `xml:"link,attr"`
}

type gpxPoint struct {
	Lat  string `xml:"lat,attr"`
	Lon  string `xml:"lon,attr"`
	Ele  string `xml:"ele"`
	Time string `xml:"time"`
	gpxInfo
}

type gpxPath struct {
	gpxInfo
	Points []gpxPoint `xml:"rtept"`
}

type gpxTrack struct {
	gpxInfo
	Segments []struct {
		Points []gpxPoint `xml:"trkpt"`
	} `xml:"trkseg"`
}

// readGPX reads a GPX file.
func readGPX(name string, data []byte, opt Options) (*Layer, error) {
	var g gpxFile
	d := xml.NewDecoder(bytes.NewReader(data))
	d.CharsetReader = charsetReader
	d.Strict = false
	if err := d.Decode(&g); err != nil {
		return nil, xmlError("GPX", err)
	}
	var (
		recs []record
		ts   tallies
	)
	for i, w := range g.Waypoints {
		p, why := w.point()
		if why != "" {
			ts.add("without a usable position", fmt.Sprintf("waypoint %d", i+1), why)
			continue
		}
		ps := w.props("waypoint")
		if w.Ele != "" {
			ps = append(ps, cellProp("ele", w.Ele))
		}
		ps = timeProps(ps, w.Time, "", "")
		recs = append(recs, record{p, ps})
	}
	for i, r := range g.Routes {
		line, first, last, bad := gpxLine(r.Points)
		if len(line) < 2 {
			ts.add("with fewer than two usable points", fmt.Sprintf("route %d", i+1), fmt.Sprintf("%d points, %d unusable", len(r.Points), bad))
			continue
		}
		if bad > 0 {
			ts.add("(points of a route or track) without a usable position", fmt.Sprintf("route %d", i+1), fmt.Sprintf("%d of %d points", bad, len(r.Points)))
		}
		recs = append(recs, record{line, timeProps(r.props("route"), first, first, last)})
	}
	for i, t := range g.Tracks {
		var (
			ml          orb.MultiLineString
			first, last string
			points, bad int
		)
		for _, s := range t.Segments {
			line, f, l, b := gpxLine(s.Points)
			points, bad = points+len(s.Points), bad+b
			if len(line) < 2 {
				continue
			}
			if first == "" {
				first = f
			}
			if l != "" {
				last = l
			}
			ml = append(ml, line)
		}
		if len(ml) == 0 {
			ts.add("with no segment of two usable points", fmt.Sprintf("track %d", i+1), fmt.Sprintf("%d points, %d unusable", points, bad))
			continue
		}
		if bad > 0 {
			ts.add("(points of a route or track) without a usable position", fmt.Sprintf("track %d", i+1), fmt.Sprintf("%d of %d points", bad, points))
		}
		recs = append(recs, record{ml, timeProps(t.props("track"), first, first, last)})
	}
	notes := ts.skips("item")
	if len(recs) == 0 {
		if len(notes) > 0 {
			return nil, fmt.Errorf("no usable waypoint, route or track (%s)", notes[0].Reason)
		}
		return nil, errors.New("no waypoint, route or track in it")
	}
	return fromRecords(name, recs, notes, opt), nil
}

// point is a waypoint's position, or why it has none.
func (w gpxPoint) point() (orb.Point, string) {
	lat, err1 := strconv.ParseFloat(strings.TrimSpace(w.Lat), 64)
	lon, err2 := strconv.ParseFloat(strings.TrimSpace(w.Lon), 64)
	switch {
	case err1 != nil || err2 != nil:
		return orb.Point{}, fmt.Sprintf("lat %q lon %q are not numbers", clip(w.Lat, 20), clip(w.Lon, 20))
	case lat < -90 || lat > 90 || lon < -180 || lon > 180:
		return orb.Point{}, fmt.Sprintf("lat %s lon %s are beyond ±90, ±180", w.Lat, w.Lon)
	}
	return orb.Point{lon, lat}, ""
}

// gpxLine is the line through the usable points, the times of its first
// and last timed points, and how many points were unusable.
func gpxLine(pts []gpxPoint) (line orb.LineString, first, last string, bad int) {
	for _, p := range pts {
		q, why := p.point()
		if why != "" {
			bad++
			continue
		}
		line = append(line, q)
		if t := strings.TrimSpace(p.Time); t != "" {
			if first == "" {
				first = t
			}
			last = t
		}
	}
	return line, first, last, bad
}

// props are the elements of info that are present, and the kind.
func (info gpxInfo) props(kind string) props {
	ps := props{str("kind", kind)}
	for _, kv := range [][2]string{{"name", info.Name}, {"cmt", info.Cmt}, {"desc", info.Desc},
		{"src", info.Src}, {"type", info.Type}, {"sym", info.Sym}, {"number", info.Number},
		{"link", info.LinkRef}, {"link_text", info.Link}} {
		if v := strings.TrimSpace(kv[1]); v != "" {
			ps = append(ps, str(kv[0], v))
		}
	}
	return ps
}

// timeProps adds time, start and end when they are known.
func timeProps(ps props, time, start, end string) props {
	for _, kv := range [][2]string{{"time", time}, {"start", start}, {"end", end}} {
		if v := strings.TrimSpace(kv[1]); v != "" {
			ps = append(ps, str(kv[0], v))
		}
	}
	return ps
}

// cellProp is a text value as a property: a number when it is written as
// one.
func cellProp(key, s string) prop {
	s = strings.TrimSpace(s)
	return prop{key, s, numberText(s)}
}

// xmlError explains why a file of format is not usable XML, in one line.
func xmlError(format string, err error) error {
	var se *xml.SyntaxError
	if errors.As(err, &se) {
		return fmt.Errorf("not valid %s (XML error at line %d: %s)", format, se.Line, clip(se.Msg, 80))
	}
	if err.Error() == "EOF" {
		return fmt.Errorf("empty file, no %s in it", format)
	}
	return fmt.Errorf("not valid %s: %s", format, clip(err.Error(), 100))
}

// charsetReader decodes the encodings an XML declaration may name besides
// UTF-8.
func charsetReader(label string, r io.Reader) (io.Reader, error) {
	enc, ok := charset(label)
	if !ok {
		return nil, fmt.Errorf("encoding %q is not supported", label)
	}
	if enc == nil {
		return r, nil
	}
	return enc.NewDecoder().Reader(r), nil
}
