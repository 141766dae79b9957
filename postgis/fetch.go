package postgis

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/paulmach/orb"
	"github.com/paulmach/orb/encoding/wkb"
	"github.com/paulmach/orb/geojson"

	"newsatlas/layer"
	"newsatlas/live"
	"newsatlas/style"
)

// maxLat is the latitude Web Mercator stops at: a view never shows more,
// and the Mercator SRIDs cannot take the poles.
const maxLat = 85.0511287798

// mercatorPx is the length of a pixel at zoom 0 in Web Mercator metres.
const mercatorPx = 2 * math.Pi * 6378137 / 256

// Fetch reads the rows whose geometry meets q.Bound, simplified by
// half a pixel at q.Zoom and in WGS84, with their other columns as
// properties. Past the source's limit it reads a sample of them, and
// says so in the layer's Skipped. It returns ctx's error once ctx is
// done (the query is cancelled on the server).
func (s *Source) Fetch(ctx context.Context, q live.Query) (*layer.Layer, error) {
	l, err := s.fetch(ctx, q)
	if err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		return nil, s.fail(plain(err))
	}
	return l, nil
}

// fetch is Fetch with the driver's errors as they are.
func (s *Source) fetch(ctx context.Context, q live.Query) (*layer.Layer, error) {
	boxes := envelopes(q.Bound)
	if len(boxes) == 0 {
		return layer.FromCollection(s.Name(), s.shown, geojson.NewFeatureCollection(), nil), nil
	}
	sql, args, notes, err := s.query(ctx, q, boxes)
	if err != nil {
		return nil, err
	}
	rows, err := s.pool.Query(ctx, sql, args...)
	if err != nil {
		return nil, err
	}
	fc, more, bad := s.read(rows)
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if more && len(notes) == 0 { // not sampled, yet past the limit
		notes = append(notes, layer.Skip{Feature: -1, Reason: fmt.Sprintf(
			"only the first %d rows in view are shown (the limit): zoom in, or raise &limit=", s.cfg.Limit)})
	}
	if bad.n > 0 {
		notes = append(notes, layer.Skip{Feature: -1, Reason: fmt.Sprintf(
			"%d rows skipped, with geometry that cannot be read (the first: %v)", bad.n, bad.first)})
	}
	l := layer.FromCollection(s.Name(), s.shown, fc, s.styleOf)
	l.Skipped = append(l.Skipped, notes...)
	return l, nil
}

// query is the SQL and arguments of the view of q, over boxes: through a
// sample of the table when the planner expects more rows than the limit,
// noted as such.
func (s *Source) query(ctx context.Context, q live.Query, boxes []orb.Bound) (sql string, args []any, notes []layer.Skip, err error) {
	filter, args := s.filter(boxes)
	from := s.t.qualified()
	if s.t.sampled() && s.t.rows > int64(s.cfg.Limit) {
		n, err := s.estimate(ctx, filter, args)
		if err != nil {
			return "", nil, nil, err
		}
		if n > float64(s.cfg.Limit) {
			// A tenth under the limit, so that a sample a little
			// larger than its share still fits.
			args = append(args, min(100, 90*float64(s.cfg.Limit)/n))
			from += fmt.Sprintf(" TABLESAMPLE SYSTEM ($%d::real) REPEATABLE (0)", len(args))
			notes = append(notes, layer.Skip{Feature: -1, Reason: fmt.Sprintf(
				"a sample of the rows in view (about %.0f; limit %d a view): zoom in for them all", n, s.cfg.Limit)})
		}
	}
	tol := 0
	if s.simplifies() {
		args = append(args, s.tolerance(q))
		tol = len(args)
	}
	sql = fmt.Sprintf("SELECT %s%s FROM %s WHERE %s LIMIT %d",
		s.geometry(tol), s.columns(), from, filter, s.cfg.Limit+1)
	return sql, args, notes, nil
}

// badRows counts the rows whose geometry could not be read.
type badRows struct {
	n     int
	first error
}

// read makes the rows features, up to the limit; more reports whether
// there were rows past it. It closes rows.
func (s *Source) read(rows pgx.Rows) (fc *geojson.FeatureCollection, more bool, bad badRows) {
	defer rows.Close()
	fc = geojson.NewFeatureCollection()
	for rows.Next() {
		if len(fc.Features) == s.cfg.Limit {
			return fc, true, bad
		}
		// Through a pooler in simple-protocol mode the WKB comes as
		// text (the fields are described once a row has come).
		textWKB := rows.FieldDescriptions()[0].Format == pgx.TextFormatCode
		f, err := s.feature(rows.RawValues(), textWKB)
		if err != nil {
			if bad.n++; bad.first == nil {
				bad.first = err
			}
			continue
		}
		fc.Append(f)
	}
	return fc, false, bad
}

// styleOf is a feature's style: the source's, under the simplestyle
// properties its columns carry.
func (s *Source) styleOf(f *geojson.Feature) style.Style {
	if !s.t.styled {
		return s.style
	}
	st, _ := style.Parse(func(k string) (any, bool) {
		v, ok := f.Properties[k]
		return v, ok
	}, s.style)
	return st
}

// feature makes one row (its geometry's WKB, in hexadecimal after \x
// when textWKB is set, then its columns' text) a feature.
func (s *Source) feature(vals [][]byte, textWKB bool) (*geojson.Feature, error) {
	var g orb.Geometry
	if b := vals[0]; b != nil {
		if textWKB {
			var err error
			if b, err = unhex(b); err != nil {
				return nil, err
			}
		}
		var err error
		if g, err = wkb.Unmarshal(b); err != nil {
			return nil, err
		}
	}
	f := geojson.NewFeature(g)
	for i, c := range s.t.columns {
		f.Properties[c.name] = c.kind.value(vals[i+1])
	}
	return f, nil
}

// simplifies reports whether the geometry is simplified for the view:
// unless it is made of points.
func (s *Source) simplifies() bool {
	t := s.t.geomType
	return t != "POINT" && t != "MULTIPOINT"
}

// geometry is the select list's geometry: simplified by the tolerance
// in parameter $tol unless tol is 0, in two dimensions, in WGS84, as
// WKB.
func (s *Source) geometry(tol int) string {
	g := ident(s.t.geom)
	if tol > 0 {
		g = fmt.Sprintf("ST_Simplify(%s, $%d, true)", g, tol)
	}
	if s.t.dims > 2 {
		g = "ST_Force2D(" + g + ")"
	}
	if s.t.srid != 4326 && s.t.srid != 0 {
		g = "ST_Transform(" + g + ", 4326)"
	}
	return "ST_AsBinary(" + g + ")"
}

// columns is the select list's other columns, as text.
func (s *Source) columns() string {
	var b strings.Builder
	for _, c := range s.t.columns {
		b.WriteString(", ")
		b.WriteString(ident(c.name))
		b.WriteString("::text")
	}
	return b.String()
}

// filter is the condition on rows of geometry meeting the boxes and of
// the source's where, with its parameters.
func (s *Source) filter(boxes []orb.Bound) (string, []any) {
	var conds []string
	var args []any
	for _, b := range boxes {
		n := len(args)
		env := fmt.Sprintf("ST_MakeEnvelope($%d, $%d, $%d, $%d, 4326)", n+1, n+2, n+3, n+4)
		switch s.t.srid {
		case 4326:
		case 0:
			env = fmt.Sprintf("ST_MakeEnvelope($%d, $%d, $%d, $%d, 0)", n+1, n+2, n+3, n+4)
		default:
			// Edges cut into degrees, so that the box's outline bends
			// as it does in the table's projection.
			env = "ST_Transform(ST_Segmentize(" + env + ", 1), " + fmt.Sprint(s.t.srid) + ")"
		}
		conds = append(conds, ident(s.t.geom)+" && "+env)
		args = append(args, b.Min[0], b.Min[1], b.Max[0], b.Max[1])
	}
	f := "(" + strings.Join(conds, " OR ") + ")"
	if s.cfg.Where != "" {
		f += " AND (" + s.cfg.Where + ")"
	}
	return f, args
}

// estimate is the planner's guess of how many rows meet the filter.
func (s *Source) estimate(ctx context.Context, filter string, args []any) (float64, error) {
	var plan []byte
	err := s.pool.QueryRow(ctx, "EXPLAIN (FORMAT JSON) SELECT 1 FROM "+s.t.qualified()+" WHERE "+filter, args...).Scan(&plan)
	if err != nil {
		return 0, err
	}
	var p []struct {
		Plan struct {
			Rows float64 `json:"Plan Rows"`
		}
	}
	if err := json.Unmarshal(plan, &p); err != nil || len(p) == 0 {
		return 0, fmt.Errorf("cannot read the planner's estimate: %v", err)
	}
	return p[0].Plan.Rows, nil
}

// simplifyPixels is the tolerance of the server's simplification, in
// pixels: half of one, so that outlines drawn from the table match the
// file's (the renderer simplifies files by a quarter) within their
// anti-aliasing.
const simplifyPixels = 0.5

// tolerance is simplifyPixels at the view's zoom and middle latitude,
// in the units of the table's SRID.
func (s *Source) tolerance(q live.Query) float64 {
	px := simplifyPixels * mercatorPx / math.Exp2(q.Zoom) // Web Mercator metres
	lat := max(-maxLat, min(maxLat, (q.Bound.Min[1]+q.Bound.Max[1])/2))
	shrink := math.Cos(lat * math.Pi / 180) // a Mercator pixel on the ground
	switch {
	case s.t.geographic:
		return px / mercatorPx * 360 / 256 * shrink // degrees
	case s.t.srid == 3857 || s.t.srid == 900913 || s.t.srid == 3395:
		return px
	}
	return px * shrink // metres, most likely
}

// envelopes cuts a view's box, clamped to the latitudes of Web Mercator,
// into boxes within longitudes -180 and 180: one, or two when the view
// spans the antimeridian.
func envelopes(b orb.Bound) []orb.Bound {
	lo, hi := max(-maxLat, b.Min[1]), min(maxLat, b.Max[1])
	w := b.Max[0] - b.Min[0]
	if !(hi > lo) || !(w > 0) || math.IsInf(w, 0) {
		return nil
	}
	if w >= 360 {
		return []orb.Bound{{Min: orb.Point{-180, lo}, Max: orb.Point{180, hi}}}
	}
	x := math.Mod(b.Min[0]+180, 360)
	if x < 0 {
		x += 360
	}
	x -= 180
	if x+w <= 180 {
		return []orb.Bound{{Min: orb.Point{x, lo}, Max: orb.Point{x + w, hi}}}
	}
	return []orb.Bound{
		{Min: orb.Point{x, lo}, Max: orb.Point{180, hi}},
		{Min: orb.Point{-180, lo}, Max: orb.Point{x + w - 360, hi}},
	}
}

// unhex decodes bytea's text form, \x and hexadecimal digits.
func unhex(b []byte) ([]byte, error) {
	if !bytes.HasPrefix(b, []byte(`\x`)) {
		return nil, errors.New("not bytea's hexadecimal text")
	}
	out := make([]byte, hex.DecodedLen(len(b)-2))
	if _, err := hex.Decode(out, b[2:]); err != nil {
		return nil, err
	}
	return out, nil
}
