package layer

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/encoding/wkt"
)

// Delimited text (CSV, TSV): each row is a feature, its geometry read
// from latitude and longitude columns found by name, or from a column of
// WKT, and every other column kept as a property, numbers as numbers.
// GDELT's raw event files, which have no header, are known by their
// column count (see gdelt.go).

// latNames and lonNames are the coordinate columns looked for, in order
// of preference, compared without case.
var (
	latNames = []string{"latitude", "lat", "actiongeo_lat", "y"}
	lonNames = []string{"longitude", "lon", "lng", "long", "actiongeo_long", "x"}
	wktNames = []string{"wkt", "geometry", "geom", "the_geom", "wkt_geom", "shape"}
)

// csvColumns is where a file's geometry is.
type csvColumns struct {
	lat, lon int // -1 when the geometry is WKT
	wkt      int // -1 when it is latitude and longitude
}

// readCSV reads delimited text. ext (".csv", ".tsv", ...) only chooses
// the delimiter when the first line does not show it.
func readCSV(name string, data []byte, ext string, opt Options) (*Layer, error) {
	var notes []Skip
	data, err := utf8Text(data, &notes)
	if err != nil {
		return nil, err
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, errors.New("empty file, no rows in it")
	}
	rd := csv.NewReader(bytes.NewReader(data))
	rd.Comma = delimiter(data, ext)
	rd.FieldsPerRecord = -1
	rd.LazyQuotes = true
	var ts tallies
	rows, lines, err := readRows(rd, &ts)
	if err != nil {
		return nil, err
	}
	if len(rows) == 0 {
		return nil, errors.New("empty file, no rows in it")
	}
	header, body, bodyLines := rows[0], rows[1:], lines[1:]
	gdelt := false
	if rd.Comma == '\t' && gdeltRow(header) {
		header, body, bodyLines, gdelt = gdeltColumns(len(header)), rows, lines, true
		notes = append(notes, Skip{-1, fmt.Sprintf("no header: read as a GDELT events file (%d columns)", len(header))})
	}
	for i, h := range header {
		header[i] = strings.TrimSpace(h)
		if header[i] == "" {
			header[i] = fmt.Sprintf("column %d", i+1)
		}
	}
	cols, err := findColumns(header)
	if err != nil {
		return nil, err
	}
	fs := touch(make([]Feature, len(body)))
	why := make([]rowProblem, len(body))
	skips := make([][]Skip, len(body))
	parallel(len(body), func(lo, hi int) {
		rg := &rowGetter{header: header}
		var buf []byte
		for i := lo; i < hi; i++ {
			rg.row = body[i]
			why[i] = csvFeature(rg, cols, gdelt, &fs[i], &buf)
			if why[i].reason == "" {
				finish(&fs[i], bytes.Clone(buf), rg.get, opt.Style, skipper{&skips[i], i, 0})
			}
			body[i] = nil
		}
	})
	kept := fs[:0]
	for i := range fs {
		if why[i].reason != "" {
			ts.add(why[i].reason, fmt.Sprintf("line %d", bodyLines[i]), why[i].detail)
			continue
		}
		notes = append(notes, skips[i]...)
		fs[i].ID = len(kept)
		kept = append(kept, fs[i])
	}
	notes = append(notes, ts.skips("row")...)
	if len(kept) == 0 {
		if len(body) == 0 {
			return nil, errors.New("a header and no rows")
		}
		return nil, fmt.Errorf("no row has usable coordinates (%s)", ts.skips("row")[0].Reason)
	}
	return build(name, "", kept, notes, opt), nil
}

// rowGetter looks a row's fields up by column name, as a Getter.
type rowGetter struct {
	header, row []string
}

// get is a field's value as a Getter gives it: a float64 for a number,
// else the text.
func (g *rowGetter) get(key string) (any, bool) {
	for i, h := range g.header {
		if h == key && i < len(g.row) {
			if v := g.row[i]; numberText(v) {
				f, _ := strconv.ParseFloat(v, 64)
				return f, true
			}
			return g.row[i], true
		}
	}
	return nil, false
}

// readRows reads every row and the line it starts on, counting those the
// reader cannot parse.
func readRows(rd *csv.Reader, ts *tallies) (rows [][]string, lines []int, err error) {
	for {
		row, err := rd.Read()
		if err == io.EOF {
			return rows, lines, nil
		}
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			ts.add("not readable as CSV", fmt.Sprintf("line %d", pe.Line), pe.Err.Error())
			continue
		}
		if err != nil {
			return nil, nil, err
		}
		line, _ := rd.FieldPos(0)
		rows = append(rows, row)
		lines = append(lines, line)
	}
}

// delimiter picks the delimiter the first line uses most: tab, comma or
// semicolon (as spreadsheets in much of Europe save CSV); ext decides a
// tie.
func delimiter(data []byte, ext string) rune {
	line := data
	if i := bytes.IndexByte(data, '\n'); i >= 0 {
		line = data[:i]
	}
	tabs, commas, semis := bytes.Count(line, []byte("\t")), bytes.Count(line, []byte(",")), bytes.Count(line, []byte(";"))
	switch {
	case tabs > commas && tabs >= semis:
		return '\t'
	case semis > commas && semis > tabs:
		return ';'
	case commas > 0:
		return ','
	case ext == ".tsv" || ext == ".tab":
		return '\t'
	}
	return ','
}

// findColumns finds the geometry's columns in the header: a WKT column
// first, as it may hold any geometry, else latitude and longitude.
func findColumns(header []string) (csvColumns, error) {
	if w := column(header, wktNames); w >= 0 {
		return csvColumns{-1, -1, w}, nil
	}
	lat, lon := column(header, latNames), column(header, lonNames)
	if lat >= 0 && lon >= 0 {
		return csvColumns{lat, lon, -1}, nil
	}
	return csvColumns{}, fmt.Errorf("no coordinate columns: want latitude and longitude columns (named lat, latitude or y, and lon, lng, long, longitude or x) or a WKT column; the header has %s", clip(strings.Join(header, ", "), 120))
}

// column is the index of the first of names in header, -1 when none is.
func column(header []string, names []string) int {
	for _, n := range names {
		for i, h := range header {
			if strings.EqualFold(h, n) {
				return i
			}
		}
	}
	return -1
}

// rowProblem is why a row was skipped: a reason shared by many rows, for
// the tally, and this row's detail.
type rowProblem struct{ reason, detail string }

// csvFeature makes the row of g a feature: its geometry in f, its
// properties as JSON in buf. It says why when the row cannot be used.
func csvFeature(g *rowGetter, cols csvColumns, gdelt bool, f *Feature, buf *[]byte) rowProblem {
	header, row := g.header, g.row
	need := max(cols.lat, cols.lon, cols.wkt)
	if len(row) <= need {
		return rowProblem{"too few fields", fmt.Sprintf("%d fields, the header has %d", len(row), len(header))}
	}
	if cols.wkt >= 0 {
		geom, err := wkt.Unmarshal(strings.TrimSpace(row[cols.wkt]))
		if err != nil {
			return rowProblem{"no usable WKT", fmt.Sprintf("%s %q: %v", header[cols.wkt], clip(row[cols.wkt], 40), err)}
		}
		if msg := badPosition(geom); msg != "" {
			return rowProblem{"coordinates outside longitude/latitude", msg}
		}
		f.Geometry = closeRings(geom)
	} else {
		lat, p := coordinate(header[cols.lat], row[cols.lat], 90)
		if p.reason != "" {
			return p
		}
		lon, p := coordinate(header[cols.lon], row[cols.lon], 180)
		if p.reason != "" {
			return p
		}
		f.Geometry = orb.Point{lon, lat}
	}
	b := append((*buf)[:0], '{')
	for i, v := range row {
		if i == cols.wkt || (i < len(header) && dupColumn(header, i)) {
			continue
		}
		if len(b) > 1 {
			b = append(b, ',')
		}
		if i < len(header) {
			b = appendString(b, header[i])
		} else {
			b = appendString(b, fmt.Sprintf("column %d", i+1))
		}
		b = append(b, ':')
		b = appendCell(b, v)
	}
	if gdelt {
		if d := isoDate(row[1]); d != "" {
			b = append(b, `,"date":`...)
			b = appendString(b, d)
		}
	}
	*buf = append(b, '}')
	return rowProblem{}
}

// dupColumn reports whether the name of column i comes earlier in the
// header: the first keeps the name, as a JSON object holds a key once.
func dupColumn(header []string, i int) bool {
	for _, h := range header[:i] {
		if h == header[i] {
			return true
		}
	}
	return false
}

// appendCell appends a field as JSON: a number when it is written as
// one, else a string.
func appendCell(b []byte, s string) []byte {
	if numberText(s) {
		return append(b, s...)
	}
	if !utf8.ValidString(s) {
		s = toValidUTF8(s)
	}
	return appendString(b, s)
}

// coordinate reads one coordinate of at most limit either way.
func coordinate(col, s string, limit float64) (float64, rowProblem) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, rowProblem{"no coordinates", col + " is empty"}
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0, rowProblem{"coordinates that are not numbers", fmt.Sprintf("%s %q", col, clip(s, 30))}
	}
	if v < -limit || v > limit || v != v {
		return 0, rowProblem{"coordinates outside longitude/latitude", fmt.Sprintf("%s %s is beyond ±%g", col, s, limit)}
	}
	return v, rowProblem{}
}

// closeRings closes the open rings of a geometry's polygons.
func closeRings(g orb.Geometry) orb.Geometry {
	switch g := g.(type) {
	case orb.Polygon:
		for i := range g {
			g[i] = closeRing(g[i])
		}
	case orb.MultiPolygon:
		for _, p := range g {
			closeRings(p)
		}
	case orb.Collection:
		for _, c := range g {
			closeRings(c)
		}
	}
	return g
}
