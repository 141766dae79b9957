package layer

import (
	"context"
	"database/sql"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestGeoPackageTables: the first feature table is read, the others named.
func TestGeoPackageTables(t *testing.T) {
	l, err := Load(filepath.Join("testdata", "formats", "syria-utm37.gpkg"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !hasSkip(l, "read the feature table governorates; not read: places") {
		t.Errorf("skipped = %v", l.Skipped)
	}
	f := findFeature(l, "name", "Aleppo")
	if f == nil {
		t.Fatal("no Aleppo")
	}
	if got := f.String("fid"); got == "" {
		t.Errorf("the fid column is not a property: %s", f.Props)
	}
}

// sqliteFile makes an SQLite database at path with the statements run.
func sqliteFile(t *testing.T, path string, stmts ...string) {
	t.Helper()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, s := range stmts {
		if _, err := db.Exec(s); err != nil {
			t.Fatalf("%s: %v", s, err)
		}
	}
}

func TestGeoPackageBroken(t *testing.T) {
	contents := `CREATE TABLE gpkg_contents (table_name TEXT, data_type TEXT, identifier TEXT)`
	columns := `CREATE TABLE gpkg_geometry_columns (table_name TEXT, column_name TEXT, geometry_type_name TEXT, srs_id INTEGER)`
	srs := `CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT, srs_id INTEGER, organization TEXT, organization_coordsys_id INTEGER, definition TEXT)`
	tests := []struct {
		name  string
		stmts []string
		want  string
	}{
		{"no feature table", []string{contents, columns, `INSERT INTO gpkg_contents VALUES ('tiles', 'tiles', 'x')`},
			"a GeoPackage with no feature table (gpkg_contents lists no data_type 'features')"},
		{"plain sqlite", []string{`CREATE TABLE t (a INTEGER)`}, "not a GeoPackage (SQL logic error: no such table: gpkg_contents"},
		{"unknown crs", []string{contents, columns, srs,
			`INSERT INTO gpkg_contents VALUES ('t', 'features', 't')`,
			`INSERT INTO gpkg_geometry_columns VALUES ('t', 'geom', 'POINT', 2154)`,
			`INSERT INTO gpkg_spatial_ref_sys VALUES ('RGF93 / Lambert-93', 2154, 'EPSG', 2154, 'PROJCS["RGF93 / Lambert-93",GEOGCS["RGF93"],PROJECTION["Lambert_Conformal_Conic_2SP"]]')`,
			`CREATE TABLE t (fid INTEGER PRIMARY KEY, geom BLOB)`},
			`table t: CRS "RGF93 / Lambert-93" is not supported (projection Lambert_Conformal_Conic_2SP; read are Web Mercator, Mercator and Transverse Mercator (UTM)); reproject it: ogr2ogr -t_srs EPSG:4326 out.gpkg in.gpkg`},
		{"bad geometry", []string{contents, columns,
			`INSERT INTO gpkg_contents VALUES ('t', 'features', 't')`,
			`INSERT INTO gpkg_geometry_columns VALUES ('t', 'geom', 'POINT', 4326)`,
			`CREATE TABLE t (fid INTEGER PRIMARY KEY, geom BLOB, name TEXT)`,
			`INSERT INTO t VALUES (1, x'0102', 'a')`},
			"table t: no usable feature (1 row skipped, with unreadable geometry (first: row 1: not a GeoPackage geometry (no GP header)))"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "bad.gpkg")
			sqliteFile(t, path, tt.stmts...)
			_, err := Load(path, Options{})
			if err == nil || !strings.HasPrefix(err.Error(), path+": "+tt.want) {
				t.Errorf("error = %v\nwant      %s: %s", err, path, tt.want)
			}
		})
	}
}

// TestGeoPackageEachTable lists a GeoPackage's feature tables and loads
// each as a layer of its own, named after it.
func TestGeoPackageEachTable(t *testing.T) {
	path := filepath.Join("testdata", "formats", "syria-utm37.gpkg")
	tables, err := Tables(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(tables, []string{"governorates", "places"}) {
		t.Fatalf("tables %v, want governorates and places", tables)
	}
	for _, c := range []struct {
		table, feature, geometry string
	}{
		{"governorates", "Aleppo", "Polygon"},
		{"places", "Aleppo", "Point"},
	} {
		l, err := Load(path, Options{Table: c.table})
		if err != nil {
			t.Fatalf("%s: %v", c.table, err)
		}
		if l.Name != c.table || l.Types[c.geometry] == 0 || len(l.Types) != 1 {
			t.Errorf("%s: layer %q with %v, want %q of %s", c.table, l.Name, l.Types, c.table, c.geometry)
		}
		if hasSkip(l, "not read") {
			t.Errorf("%s: %v", c.table, l.Skipped)
		}
		if f := findFeature(l, "name", c.feature); f == nil {
			t.Errorf("%s: no %s", c.table, c.feature)
		}
	}
	if _, err := Load(path, Options{Table: "roads"}); err == nil || !strings.Contains(err.Error(), "no feature table roads (it has governorates, places)") {
		t.Errorf("got %v", err)
	}
	if tables, err := Tables(context.Background(), filepath.Join("testdata", "formats", "governorates-syria.fgb")); tables != nil || err != nil {
		t.Errorf("a FlatGeobuf's tables: %v, %v", tables, err)
	}
}

// TestGeoPackageTablePath loads one table through its source string, as
// sessions and the command line name it.
func TestGeoPackageTablePath(t *testing.T) {
	path := filepath.Join("testdata", "formats", "syria-utm37.gpkg")
	src := TablePath(path, "places")
	l, err := Load(src, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if l.Name != "places" || l.Source != src || l.Types["Point"] == 0 {
		t.Errorf("layer %q from %q with %v", l.Name, l.Source, l.Types)
	}
	if _, err := Load(TablePath(path, "nope"), Options{}); err == nil || !strings.Contains(err.Error(), path+": no feature table nope") {
		t.Errorf("got %v", err)
	}
}
