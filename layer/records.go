package layer

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/paulmach/orb"

	"newsatlas/style"
)

// record is one feature read from a format other than GeoJSON: its
// lon/lat geometry (nil for none) and its properties.
type record struct {
	geom  orb.Geometry
	props props
}

// fromRecords makes a layer of records, as Parse does of GeoJSON
// features: properties become JSON text, the label and the simplestyle
// properties are read from them on all cores, and build projects and
// indexes the result. notes are the skips the reader made.
func fromRecords(name string, recs []record, notes []Skip, opt Options) *Layer {
	base := opt.Style
	var ts tallies
	kept := recs[:0]
	for i, r := range recs {
		if why := badPosition(r.geom); why != "" {
			ts.add("with positions that are not longitude and latitude", fmt.Sprintf("feature %d", i+1), why)
			continue
		}
		kept = append(kept, r)
	}
	recs = kept
	notes = append(notes, ts.skips("feature")...)
	fs := touch(make([]Feature, len(recs)))
	skips := make([][]Skip, len(recs))
	parallel(len(recs), func(lo, hi int) {
		var buf []byte
		for i := lo; i < hi; i++ {
			r, f := &recs[i], &fs[i]
			f.ID = i
			f.Geometry = r.geom
			if len(r.props) == 0 {
				continue
			}
			buf = r.props.appendJSON(buf[:0])
			finish(f, bytes.Clone(buf), r.props.get, base, skipper{&skips[i], i, 0})
			r.props = nil // what is left of it is garbage now
		}
	})
	for _, s := range skips {
		notes = append(notes, s...)
	}
	return build(name, "", fs, notes, opt)
}

// finish gives a feature its properties (JSON text), and the label,
// label position and style read from them through get.
func finish(f *Feature, props []byte, get style.Getter, base style.Style, note skipper) {
	f.Props = props
	f.Name = nameOf(get)
	f.LabelAt = propsLabel(get)
	f.parseStyle(get, base, note)
}

// parseStyle gives a feature the simplestyle its properties (read through
// get) set over base, keeping none when they set nothing, and notes each
// unusable value, for which the default is used.
func (f *Feature) parseStyle(get style.Getter, base style.Style, note skipper) {
	st, problems := style.Parse(get, base)
	if st != base {
		f.style = &st
	}
	for _, pr := range problems {
		note.add("%s (default used)", pr)
	}
}

// badPosition says which position of g is not a finite longitude and
// latitude (NaN, infinite or beyond ±180, ±90), "" when none is.
func badPosition(g orb.Geometry) string {
	var bad orb.Point
	found := false
	check := func(ps []orb.Point) {
		for _, p := range ps {
			if !(p[0] >= -180 && p[0] <= 180 && p[1] >= -90 && p[1] <= 90) { // false for NaN too
				bad, found = p, true
				return
			}
		}
	}
	var walk func(g orb.Geometry)
	walk = func(g orb.Geometry) {
		switch g := g.(type) {
		case orb.Point:
			check([]orb.Point{g})
		case orb.MultiPoint:
			check(g)
		case orb.LineString:
			check(g)
		case orb.MultiLineString:
			for _, l := range g {
				check(l)
			}
		case orb.Ring:
			check(g)
		case orb.Polygon:
			for _, r := range g {
				check(r)
			}
		case orb.MultiPolygon:
			for _, p := range g {
				for _, r := range p {
					check(r)
				}
			}
		case orb.Collection:
			for _, c := range g {
				walk(c)
			}
		case orb.Bound:
			check([]orb.Point{g.Min, g.Max})
		}
	}
	walk(g)
	if !found {
		return ""
	}
	return fmt.Sprintf("position [%g %g]", bad[0], bad[1])
}

// propsLabel reads a label position from Natural Earth's LABEL_X/LABEL_Y
// (either case), as dataLabel does for GeoJSON; the zero point when
// absent.
func propsLabel(get style.Getter) orb.Point {
	for _, k := range [][2]string{{"LABEL_X", "LABEL_Y"}, {"label_x", "label_y"}} {
		x, okx := get(k[0])
		y, oky := get(k[1])
		lon, ok1 := x.(float64)
		lat, ok2 := y.(float64)
		if okx && oky && ok1 && ok2 && lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90 {
			return orb.Point{lon, lat}
		}
	}
	return orb.Point{}
}

// tally counts the records a reader skips for one reason, keeping the
// first's place, so that a million bad rows make one line, not a million.
type tally struct {
	n     int
	first string // where the first was and what was wrong with it
}

// add counts one more, described by where and why when it is the first.
func (t *tally) add(where, why string) {
	if t.n == 0 {
		t.first = where + ": " + why
	}
	t.n++
}

// tallies are a reader's tallies by reason, in the order first seen.
type tallies struct {
	order []string
	by    map[string]*tally
}

// add counts a record skipped for reason; where and why describe it.
func (ts *tallies) add(reason, where, why string) {
	if ts.by == nil {
		ts.by = map[string]*tally{}
	}
	t := ts.by[reason]
	if t == nil {
		t = &tally{}
		ts.by[reason] = t
		ts.order = append(ts.order, reason)
	}
	t.add(where, why)
}

// skips are the tallies as one Skip line each: "3 rows skipped, no
// usable coordinates (first: row 7: latitude "" is empty)".
func (ts *tallies) skips(unit string) []Skip {
	var out []Skip
	for _, r := range ts.order {
		t := ts.by[r]
		u := unit
		if t.n != 1 {
			u += "s"
		}
		out = append(out, Skip{-1, fmt.Sprintf("%d %s skipped, %s (first: %s)", t.n, u, r, t.first)})
	}
	return out
}

// toValidUTF8 replaces what is not UTF-8 in s.
func toValidUTF8(s string) string { return strings.ToValidUTF8(s, "\uFFFD") }

// closeRing closes a ring left open, as GeoJSON's reader does.
func closeRing(r orb.Ring) orb.Ring {
	if len(r) > 0 && r[0] != r[len(r)-1] {
		r = append(r, r[0])
	}
	return r
}
