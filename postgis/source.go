package postgis

import (
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgconn/ctxwatch"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/paulmach/orb"

	"newsatlas/live"
	"newsatlas/style"
)

// ConnectTimeout is how long a connection may take when the source
// string sets no connect_timeout.
const ConnectTimeout = 5 * time.Second

// cancelWait is how long a cancelled query may take to end on the
// server before its connection is dropped.
const cancelWait = 2 * time.Second

// openTimeout bounds the catalog queries Open makes once connected.
const openTimeout = 10 * time.Second

// Source is a PostGIS table read as a layer, one view at a time, through
// a pool of connections. It is safe for concurrent use.
type Source struct {
	shown   string // the source string with its password hidden
	cfg     Config
	pool    *pgxpool.Pool
	t       *table
	bound   orb.Bound // WGS84
	exact   bool      // bound is the table's extent, not the planner's estimate
	version string    // PostgreSQL and PostGIS versions
	style   style.Style
}

// Style is how a table's rows are drawn unless their columns say
// otherwise (simplestyle's stroke, fill, marker-color...): the colours
// of opened layers (style.ForLayer), the table's own by its name, so
// that two tables are told apart and a table keeps its colour.
func Style(schema, table string) style.Style {
	h := fnv.New32a()
	h.Write([]byte(schema + "." + table))
	return style.ForLayer(int(h.Sum32() % 1024))
}

var (
	_ live.Source = (*Source)(nil)
	_ live.Opener = Open
)

// Open connects to the database a postgres:// source string names (see
// ParseConfig) and looks up its table. It returns ok false for a name
// that is not a postgres:// or postgresql:// URL. Errors are one line
// naming the source, its password hidden.
func Open(ctx context.Context, name string) (src live.Source, ok bool, err error) {
	if !IsSource(name) {
		return nil, false, nil
	}
	s, err := OpenSource(ctx, name)
	if err != nil {
		return nil, true, err
	}
	return s, true, nil
}

// OpenSource is Open for a name known to be a postgres:// source string,
// returning the *Source.
func OpenSource(ctx context.Context, name string) (*Source, error) {
	s := &Source{shown: Redact(name)}
	c, err := ParseConfig(name)
	if err != nil {
		return nil, s.fail(err)
	}
	s.cfg = c
	if err := ctx.Err(); err != nil {
		return nil, err // asked only whether the name is ours
	}
	pc, err := pgxpool.ParseConfig(c.DSN)
	if err != nil {
		return nil, s.fail(plain(err))
	}
	if pc.ConnConfig.ConnectTimeout == 0 {
		pc.ConnConfig.ConnectTimeout = ConnectTimeout
	}
	rp := pc.ConnConfig.RuntimeParams
	rp["default_transaction_read_only"] = "on" // a where condition cannot write
	if rp["application_name"] == "" {
		rp["application_name"] = "newsatlas"
	}
	// A cancelled Fetch sends the server a cancel request, which ends
	// the query at once and keeps the connection for the next view;
	// the socket's deadline stops the wait if the server does not answer.
	pc.ConnConfig.BuildContextWatcherHandler = func(c *pgconn.PgConn) ctxwatch.Handler {
		return &pgconn.CancelRequestContextWatcherHandler{Conn: c, DeadlineDelay: cancelWait}
	}
	pc.MaxConns = 4
	pc.MinConns = 0
	pool, err := pgxpool.NewWithConfig(ctx, pc)
	if err != nil {
		return nil, s.fail(plain(err))
	}
	s.pool = pool
	wait := openTimeout + pc.ConnConfig.ConnectTimeout
	lctx, cancel := context.WithTimeout(ctx, wait)
	defer cancel()
	if err := s.load(lctx); err != nil {
		pool.Close()
		if ctx.Err() == nil && errors.Is(lctx.Err(), context.DeadlineExceeded) {
			err = fmt.Errorf("the server did not answer its catalog's queries within %v", wait)
		}
		return nil, s.fail(plain(err))
	}
	return s, nil
}

// load reads what the source tells of itself: the table, its extent and
// the server's versions.
func (s *Source) load(ctx context.Context) error {
	t, err := describe(ctx, s.pool, s.cfg)
	if err != nil {
		return err
	}
	s.t = t
	s.style = Style(t.schema, t.name)
	if s.cfg.Where != "" {
		// A condition that does not parse, or names no column, fails
		// here rather than at the first view.
		if _, err := s.pool.Exec(ctx, "EXPLAIN SELECT 1 FROM "+t.qualified()+" WHERE ("+s.cfg.Where+")"); err != nil {
			return fmt.Errorf("where %s: %w", s.cfg.Where, plain(err))
		}
	}
	var pg, gis string
	if err := s.pool.QueryRow(ctx, `SELECT current_setting('server_version'), postgis_lib_version()`).Scan(&pg, &gis); err == nil {
		s.version = "PostgreSQL " + pg + ", PostGIS " + gis
	}
	s.bound, s.exact, err = s.extent(ctx)
	return err
}

// extent is the table's extent in WGS84: the planner's estimate when the
// table has been analysed, else its extent (a scan, given a few seconds).
func (s *Source) extent(ctx context.Context) (b orb.Bound, exact bool, err error) {
	g := "ST_SetSRID(%s::geometry, " + fmt.Sprint(s.t.srid) + ")"
	if s.t.srid != 4326 && s.t.srid != 0 {
		g = "ST_Transform(" + g + ", 4326)"
	}
	read := func(ctx context.Context, box string) (orb.Bound, bool) {
		q := fmt.Sprintf(`SELECT ST_XMin(g), ST_YMin(g), ST_XMax(g), ST_YMax(g) FROM (SELECT `+g+` AS g) e WHERE g IS NOT NULL`, box)
		var b orb.Bound
		err := s.pool.QueryRow(ctx, q).Scan(&b.Min[0], &b.Min[1], &b.Max[0], &b.Max[1])
		return b, err == nil
	}
	if b, ok := read(ctx, fmt.Sprintf("ST_EstimatedExtent(%s, %s, %s)",
		quote(s.t.schema), quote(s.t.name), quote(s.t.geom))); ok {
		return b, false, nil
	}
	scan, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	if b, ok := read(scan, fmt.Sprintf("(SELECT ST_Extent(%s) FROM %s)", ident(s.t.geom), s.t.qualified())); ok {
		return b, true, nil
	}
	return orb.Bound{}, false, ctx.Err()
}

// quote writes s as an SQL string literal.
func quote(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }

// fail words err as one line naming the source.
func (s *Source) fail(err error) error { return fmt.Errorf("%s: %w", s.shown, err) }

// Name is the table's name, with its schema unless that is public.
func (s *Source) Name() string {
	if s.t.schema == "public" {
		return s.t.name
	}
	return s.t.schema + "." + s.t.name
}

// Bound is the table's extent in WGS84 (the planner's estimate when it
// has one); the zero Bound when it is not known.
func (s *Source) Bound() orb.Bound { return s.bound }

// Summary says what the table is: its name, geometry column and type,
// SRID, rows, extent and columns.
func (s *Source) Summary() []string {
	t := s.t
	srid := fmt.Sprintf("SRID %d", t.srid)
	switch {
	case t.srid == 0:
		srid = "SRID 0 (unknown: read as longitude and latitude)"
	case t.srid != 4326:
		srid += " (transformed to 4326 by the server)"
	}
	rows := fmt.Sprintf("about %d (the planner's estimate)", t.rows)
	if t.rows < 0 {
		rows = "unknown (the table has not been analysed)"
	}
	extent := "unknown"
	if s.bound != (orb.Bound{}) {
		how := "estimated"
		if s.exact {
			how = "ST_Extent"
		}
		extent = fmt.Sprintf("%.5g,%.5g,%.5g,%.5g (%s)", s.bound.Min[0], s.bound.Min[1], s.bound.Max[0], s.bound.Max[1], how)
	}
	names := make([]string, len(t.columns))
	for i, c := range t.columns {
		names[i] = c.name
	}
	lines := []string{
		"source: " + s.shown,
		"table: " + t.schema + "." + t.name,
		fmt.Sprintf("geometry: %s (%s, %dD), %s", t.geom, t.geomType, t.dims, srid),
		"rows: " + rows,
		"extent: " + extent,
		fmt.Sprintf("columns: %d (%s)", len(names), strings.Join(names, ", ")),
	}
	if s.cfg.Where != "" {
		lines = append(lines, "where: "+s.cfg.Where)
	}
	if len(t.others) > 0 {
		lines = append(lines, "other geometry columns: "+strings.Join(t.others, ", ")+" (choose with &geom=)")
	}
	lines = append(lines, fmt.Sprintf("rows a view reads: at most %d (a sample past that)", s.cfg.Limit))
	if s.version != "" {
		lines = append(lines, "server: "+s.version)
	}
	return lines
}

// Close closes the source's connections.
func (s *Source) Close() error {
	s.pool.Close()
	return nil
}
