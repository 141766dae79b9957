package layer

import (
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"net/url"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/encoding/wkb"
	_ "modernc.org/sqlite" // the "sqlite" driver, pure Go

	"newsatlas/internal/fileerr"
	"newsatlas/layer/crs"
)

// GeoPackage (OGC 12-128r18): an SQLite database whose gpkg_contents lists
// its feature tables (Tables lists them). Load returns one layer: the
// table Options.Table names, named after it, or else the first feature
// table (in gpkg_contents' order), with the others named in a note.
// Each row is a feature: the geometry column's GeoPackage binary (a
// header, then WKB read by orb/encoding/wkb, 2D only) reprojected from
// the table's CRS by package crs, every other column a property. The
// database is opened read-only through modernc.org/sqlite, which needs no
// cgo.

// gpkgTable is a feature table and where its geometry is.
type gpkgTable struct {
	name, column string
	srs          int
}

// Tables lists the feature tables of the GeoPackage at path, in
// gpkg_contents' order, for loading each with Options.Table; it returns
// nil and no error for a file of another format.
func Tables(ctx context.Context, path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, fileerr.Strip(err))
	}
	isGpkg := geoPackage(path, f)
	f.Close()
	if !isGpkg {
		return nil, nil
	}
	db, err := openGeoPackage(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	defer db.Close()
	tables, err := gpkgTables(ctx, db)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	var out []string
	for _, t := range tables {
		out = append(out, t.name)
	}
	return out, nil
}

// tableSep joins a GeoPackage's path and a table's name in one source
// string, as GDAL and QGIS write it: countries.gpkg|layername=rivers.
const tableSep = "|layername="

// TablePath is the source string that names one feature table of the
// GeoPackage at path; Load reads that table from it.
func TablePath(path, table string) string { return path + tableSep + table }

// splitTable cuts a source string made by TablePath into the file and the
// table; a plain path has no table.
func splitTable(path string) (file, table string) {
	if i := strings.LastIndex(path, tableSep); i > 0 {
		return path[:i], path[i+len(tableSep):]
	}
	return path, ""
}

// openGeoPackage opens a GeoPackage read-only.
func openGeoPackage(path string) (*sql.DB, error) {
	u := url.URL{Scheme: "file", Opaque: url.PathEscape(path), RawQuery: "mode=ro&_pragma=query_only(1)"}
	db, err := sql.Open("sqlite", u.String())
	if err != nil {
		return nil, fmt.Errorf("not a readable GeoPackage (%v)", err)
	}
	return db, nil
}

// readGeoPackage reads the feature table opt.Table of the GeoPackage at
// path, or its first.
func readGeoPackage(ctx context.Context, path, name string, opt Options) (*Layer, error) {
	db, err := openGeoPackage(path)
	if err != nil {
		return nil, err
	}
	defer db.Close()
	tables, err := gpkgTables(ctx, db)
	if err != nil {
		return nil, err
	}
	if len(tables) == 0 {
		return nil, errors.New("a GeoPackage with no feature table (gpkg_contents lists no data_type 'features')")
	}
	t := tables[0]
	if opt.Table != "" {
		i := slices.IndexFunc(tables, func(t gpkgTable) bool { return t.name == opt.Table })
		if i < 0 {
			var all []string
			for _, t := range tables {
				all = append(all, t.name)
			}
			return nil, fmt.Errorf("no feature table %s (it has %s)", opt.Table, clip(strings.Join(all, ", "), 120))
		}
		t, tables, name = tables[i], nil, opt.Table
	}
	tr, err := gpkgCRS(ctx, db, t.srs)
	if err != nil {
		return nil, fmt.Errorf("table %s: %w; reproject it: ogr2ogr -t_srs EPSG:4326 out.gpkg in.gpkg", t.name, err)
	}
	recs, notes, err := gpkgRows(ctx, db, t, tr)
	if err != nil {
		return nil, fmt.Errorf("table %s: %w", t.name, err)
	}
	if len(tables) > 1 {
		var others []string
		for _, o := range tables[1:] {
			others = append(others, o.name)
		}
		notes = append(notes, Skip{-1, fmt.Sprintf("read the feature table %s; not read: %s (export one with ogr2ogr out.gpkg in.gpkg TABLE)", t.name, clip(strings.Join(others, ", "), 120))})
	}
	if tr.Note != "" {
		notes = append(notes, Skip{-1, tr.Note})
	}
	if msg := notLonLat(recs); msg != "" {
		return nil, fmt.Errorf("table %s: %s; is its CRS (srs_id %d) right?", t.name, msg, t.srs)
	}
	if len(recs) == 0 {
		if len(notes) > 0 {
			return nil, fmt.Errorf("table %s: no usable feature (%s)", t.name, notes[0].Reason)
		}
		return nil, fmt.Errorf("table %s has no rows", t.name)
	}
	return fromRecords(name, recs, notes, opt), nil
}

// gpkgTables lists the feature tables and their geometry columns.
func gpkgTables(ctx context.Context, db *sql.DB) ([]gpkgTable, error) {
	rows, err := db.QueryContext(ctx, `SELECT c.table_name, g.column_name, g.srs_id
		FROM gpkg_contents c JOIN gpkg_geometry_columns g ON g.table_name = c.table_name
		WHERE c.data_type = 'features' ORDER BY c.rowid`)
	if err != nil {
		if strings.Contains(err.Error(), "no such table") || strings.Contains(err.Error(), "not a database") || strings.Contains(err.Error(), "file is not") {
			return nil, fmt.Errorf("not a GeoPackage (%s)", clip(err.Error(), 80))
		}
		return nil, fmt.Errorf("not a readable GeoPackage (%s)", clip(err.Error(), 80))
	}
	defer rows.Close()
	var out []gpkgTable
	for rows.Next() {
		var t gpkgTable
		if err := rows.Scan(&t.name, &t.column, &t.srs); err != nil {
			return nil, err
		}
		out = append(out, t)
	}
	return out, rows.Err()
}

// gpkgCRS is the Transform of a spatial reference system of the file:
// by its EPSG code where it has one this app knows, else by its WKT.
func gpkgCRS(ctx context.Context, db *sql.DB, srs int) (crs.Transform, error) {
	if srs == 4326 || srs == 0 || srs == -1 { // 0 and -1: undefined, taken as longitude and latitude
		return crs.Transform{}, nil
	}
	var org, def string
	var code int
	err := db.QueryRowContext(ctx, `SELECT organization, organization_coordsys_id, definition FROM gpkg_spatial_ref_sys WHERE srs_id = ?`, srs).Scan(&org, &code, &def)
	if err != nil {
		return crs.Transform{}, fmt.Errorf("srs_id %d is not in gpkg_spatial_ref_sys", srs)
	}
	if strings.EqualFold(org, "EPSG") {
		if tr, err := crs.FromEPSG(code, "EPSG:"+strconv.Itoa(code)); err == nil {
			return tr, nil
		}
	}
	return crs.ParseWKT(def)
}

// gpkgRows reads a table's rows as records.
func gpkgRows(ctx context.Context, db *sql.DB, t gpkgTable, tr crs.Transform) ([]record, []Skip, error) {
	rows, err := db.QueryContext(ctx, `SELECT * FROM "`+strings.ReplaceAll(t.name, `"`, `""`)+`"`)
	if err != nil {
		return nil, nil, err
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		return nil, nil, err
	}
	geomAt := -1
	for i, c := range cols {
		if strings.EqualFold(c, t.column) {
			geomAt = i
		}
	}
	vals := make([]any, len(cols))
	ptrs := make([]any, len(cols))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	var (
		recs []record
		ts   tallies
		n    int
	)
	for rows.Next() {
		n++
		if err := rows.Scan(ptrs...); err != nil {
			return nil, nil, err
		}
		var r record
		if geomAt >= 0 {
			b, _ := vals[geomAt].([]byte)
			g, err := gpkgGeometry(b)
			if err != nil {
				ts.add("with unreadable geometry", fmt.Sprintf("row %d", n), err.Error())
				continue
			}
			r.geom = tr.Geometry(g)
		}
		r.props = make(props, 0, len(cols))
		for i, c := range cols {
			if i != geomAt {
				r.props = append(r.props, sqlProp(c, vals[i]))
			}
		}
		recs = append(recs, r)
	}
	return recs, ts.skips("row"), rows.Err()
}

// gpkgGeometry reads a GeoPackage geometry blob: "GP", a version, flags
// (byte order, envelope kind, empty), the srs_id and an envelope, then
// WKB. nil for a NULL or empty geometry.
func gpkgGeometry(b []byte) (orb.Geometry, error) {
	if b == nil {
		return nil, nil
	}
	if len(b) < 8 || b[0] != 'G' || b[1] != 'P' {
		return nil, errors.New("not a GeoPackage geometry (no GP header)")
	}
	flags := b[3]
	if flags&0x10 != 0 { // empty
		return nil, nil
	}
	env := [...]int{0, 32, 48, 48, 64}
	kind := int(flags>>1) & 7
	if kind >= len(env) {
		return nil, fmt.Errorf("envelope kind %d is not one of GeoPackage's", kind)
	}
	at := 8 + env[kind]
	if len(b) < at+5 {
		return nil, errors.New("geometry cut short")
	}
	w := b[at:]
	var typ uint32
	if w[0] == 1 {
		typ = binary.LittleEndian.Uint32(w[1:])
	} else {
		typ = binary.BigEndian.Uint32(w[1:])
	}
	if typ > 1000 {
		return nil, fmt.Errorf("WKB type %d has Z or M, which this app does not read", typ)
	}
	g, err := wkb.Unmarshal(w)
	if err != nil {
		return nil, fmt.Errorf("WKB: %v", err)
	}
	return closeRings(g), nil
}

// sqlProp is a column's value as a property.
func sqlProp(key string, v any) prop {
	switch v := v.(type) {
	case nil:
		return null(key)
	case int64:
		return integer(key, v)
	case float64:
		return num(key, v)
	case bool:
		return boolean(key, v)
	case string:
		return str(key, toValidUTF8(v))
	case []byte:
		return str(key, fmt.Sprintf("(%d bytes of binary data)", len(v)))
	case time.Time:
		return str(key, v.Format(time.RFC3339))
	}
	return str(key, fmt.Sprint(v))
}
