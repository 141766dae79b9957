package postgis

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// table is what Open learns of the table a source reads.
type table struct {
	schema, name string // as the catalog spells them
	kind         string // pg_class.relkind: r table, v view, m materialised view, p partitioned, f foreign
	geom         string // the geometry column
	geomType     string // as geometry_columns has it: POINT, MULTIPOLYGON, GEOMETRY...
	dims         int    // coordinate dimensions (2, 3 or 4)
	srid         int    // of the geometry column; 0 when unknown
	geographic   bool   // the SRID's units are degrees of longitude and latitude
	columns      []column
	others       []string // the table's other geometry columns
	rows         int64    // the planner's estimate; -1 when never analysed
	styled       bool     // a column is named for a simplestyle property
}

// styleColumns are the simplestyle-spec 1.1.0 properties that style a
// feature.
var styleColumns = map[string]bool{
	"stroke": true, "stroke-width": true, "stroke-opacity": true, "fill": true, "fill-opacity": true,
	"marker-color": true, "marker-size": true, "marker-symbol": true,
}

// column is one column read as a property.
type column struct {
	name string
	kind kind
}

// kind says how a column's text is written in the properties.
type kind uint8

const (
	asText   kind = iota // a JSON string
	asNumber             // a JSON number, as PostgreSQL writes it
	asFloat              // a JSON number, through float64 (Natural Earth's LABEL_X)
	asBool               // true or false
	asJSON               // the JSON itself
)

// sampled reports whether the relation can be read through TABLESAMPLE:
// tables and materialised views, not views or foreign tables.
func (t *table) sampled() bool { return t.kind == "r" || t.kind == "m" || t.kind == "p" }

// ident quotes an identifier for SQL.
func ident(s string) string { return pgx.Identifier{s}.Sanitize() }

// qualified is the table's name for SQL.
func (t *table) qualified() string { return pgx.Identifier{t.schema, t.name}.Sanitize() }

// describe looks the table of c up in the catalog: its geometry column
// (c.Geom or the first of geometry_columns), SRID, other columns and
// size.
func describe(ctx context.Context, pool *pgxpool.Pool, c Config) (*table, error) {
	name := pgx.Identifier{c.Table}.Sanitize()
	shown := c.Table
	if c.Schema != "" {
		name = pgx.Identifier{c.Schema, c.Table}.Sanitize()
		shown = c.Schema + "." + c.Table
	}
	t := &table{}
	var oid uint32
	err := pool.QueryRow(ctx, `SELECT c.oid, n.nspname, c.relname, c.relkind::text, c.reltuples::bigint
		FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
		WHERE c.oid = to_regclass($1)`, name).Scan(&oid, &t.schema, &t.name, &t.kind, &t.rows)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, fmt.Errorf("no table %s in the database", shown)
	}
	if err != nil {
		return nil, err
	}
	if err := t.findGeometry(ctx, pool, c.Geom); err != nil {
		return nil, err
	}
	if err := t.readColumns(ctx, pool, oid); err != nil {
		return nil, err
	}
	if t.srid == 0 {
		// A column of plain geometry: the SRID of its rows.
		_ = pool.QueryRow(ctx, fmt.Sprintf(`SELECT ST_SRID(%s) FROM %s WHERE %[1]s IS NOT NULL LIMIT 1`,
			ident(t.geom), t.qualified())).Scan(&t.srid)
	}
	t.geographic = t.srid == 0 || t.srid == 4326
	if !t.geographic {
		var proj string
		err := pool.QueryRow(ctx, `SELECT coalesce(proj4text, '') FROM spatial_ref_sys WHERE srid = $1`, t.srid).Scan(&proj)
		if errors.Is(err, pgx.ErrNoRows) {
			return nil, fmt.Errorf("%s.%s has SRID %d, which spatial_ref_sys does not know", t.name, t.geom, t.srid)
		}
		if err != nil {
			return nil, err
		}
		t.geographic = strings.Contains(proj, "+proj=longlat")
	}
	return t, nil
}

// findGeometry picks the geometry column from geometry_columns: want, or
// the first when want is "".
func (t *table) findGeometry(ctx context.Context, pool *pgxpool.Pool, want string) error {
	rows, err := pool.Query(ctx, `SELECT f_geometry_column, type, coord_dimension, srid
		FROM geometry_columns WHERE f_table_schema = $1 AND f_table_name = $2
		ORDER BY f_geometry_column`, t.schema, t.name)
	if err != nil {
		return err
	}
	defer rows.Close()
	var names []string
	for rows.Next() {
		var name, typ string
		var dims, srid int
		if err := rows.Scan(&name, &typ, &dims, &srid); err != nil {
			return err
		}
		names = append(names, name)
		if t.geom == "" && (want == "" || want == name) {
			t.geom, t.geomType, t.dims, t.srid = name, typ, dims, srid
		} else {
			t.others = append(t.others, name)
		}
	}
	if err := rows.Err(); err != nil {
		return err
	}
	switch {
	case len(names) == 0:
		var geog string
		if pool.QueryRow(ctx, `SELECT f_geography_column FROM geography_columns
			WHERE f_table_schema = $1 AND f_table_name = $2 LIMIT 1`, t.schema, t.name).Scan(&geog) == nil {
			return fmt.Errorf("table %s.%s has a geography column, %s, and no geometry: open a view of it cast (%[3]s::geometry)", t.schema, t.name, geog)
		}
		return fmt.Errorf("table %s.%s has no geometry column", t.schema, t.name)
	case t.geom == "":
		return fmt.Errorf("table %s.%s has no geometry column %q (it has %s)", t.schema, t.name, want, strings.Join(names, ", "))
	}
	return nil
}

// readColumns lists the columns read as properties: all but the
// geometries and rasters.
func (t *table) readColumns(ctx context.Context, pool *pgxpool.Pool, oid uint32) error {
	rows, err := pool.Query(ctx, `SELECT a.attname, t.typname, t.typcategory
		FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid
		WHERE a.attrelid = $1 AND a.attnum > 0 AND NOT a.attisdropped
		ORDER BY a.attnum`, oid)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var name, typ, cat string
		if err := rows.Scan(&name, &typ, &cat); err != nil {
			return err
		}
		switch typ {
		case "geometry", "geography", "raster", "box2d", "box3d":
			continue
		}
		t.columns = append(t.columns, column{name, kindOf(typ, cat)})
		t.styled = t.styled || styleColumns[name]
	}
	return rows.Err()
}

// kindOf says how a column of the named type, in the named category
// (pg_type.typcategory), is written.
func kindOf(typ, cat string) kind {
	switch {
	case typ == "float4" || typ == "float8":
		return asFloat
	case cat == "N" && typ != "money" && !strings.HasPrefix(typ, "reg"):
		return asNumber // int2, int4, int8, numeric, oid: their text is a JSON number
	case cat == "B":
		return asBool
	case typ == "json" || typ == "jsonb":
		return asJSON
	}
	return asText
}
