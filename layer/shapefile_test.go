package layer

import (
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/paulmach/orb"
)

// TestPositionsAsGDAL turns the binary and projected fixtures into
// WGS84 GeoJSON with GDAL and compares every position with what Load
// makes of them (within 1e-7 degrees, about a centimetre).
func TestPositionsAsGDAL(t *testing.T) {
	if _, err := exec.LookPath("ogr2ogr"); err != nil {
		t.Skip("ogr2ogr not installed (gdal-bin)")
	}
	for _, file := range []string{"governorates-syria-utm37.shp", "places-syria-3857.shp", "world-cities-latin1.shp",
		"syria-utm37.gpkg", "governorates-syria.fgb", "places-syria-3857.fgb", "borders-levant.fgb",
		"governorates-syria-utm37.geojson", "places-syria-3857.geojson"} {
		t.Run(file, func(t *testing.T) {
			src := filepath.Join("testdata", "formats", file)
			want := filepath.Join(t.TempDir(), "wgs84.geojson")
			args := []string{"-t_srs", "EPSG:4326", "-lco", "COORDINATE_PRECISION=9", want, src}
			if strings.HasSuffix(file, ".gpkg") {
				args = append(args, "governorates") // the first table, which Load reads
			}
			if out, err := exec.Command("ogr2ogr", args...).CombinedOutput(); err != nil {
				t.Fatalf("ogr2ogr: %v\n%s", err, out)
			}
			gdal, err := Load(want, Options{})
			if err != nil {
				t.Fatal(err)
			}
			ours, err := Load(src, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if len(ours.Features) != len(gdal.Features) {
				t.Fatalf("%d features, GDAL %d", len(ours.Features), len(gdal.Features))
			}
			worst := 0.0
			for i := range ours.Features {
				a, b := allPositions(ours.Features[i].Geometry), allPositions(gdal.Features[i].Geometry)
				if len(a) != len(b) {
					t.Fatalf("feature %d: %d positions, GDAL %d", i, len(a), len(b))
				}
				for j := range a {
					worst = max(worst, math.Abs(a[j][0]-b[j][0]), math.Abs(a[j][1]-b[j][1]))
				}
			}
			if worst > 1e-7 {
				t.Errorf("positions differ from GDAL's by up to %g degrees", worst)
			}
		})
	}
}

// allPositions lists every position of g, rings in any winding put in the
// order GeoJSON's loader winds them (build orients both the same way).
func allPositions(g orb.Geometry) []orb.Point {
	var out []orb.Point
	switch g := g.(type) {
	case orb.Point:
		out = append(out, g)
	case orb.Polygon:
		for _, r := range g {
			out = append(out, r...)
		}
	case orb.MultiPolygon:
		for _, p := range g {
			out = append(out, allPositions(p)...)
		}
	case orb.LineString:
		out = append(out, g...)
	case orb.MultiLineString:
		for _, l := range g {
			out = append(out, l...)
		}
	}
	return out
}

// copyShapefile copies a fixture's files (those of exts) into a new
// folder and returns the .shp's path there.
func copyShapefile(t *testing.T, name string, exts ...string) string {
	t.Helper()
	dir := t.TempDir()
	for _, ext := range exts {
		b, err := os.ReadFile(filepath.Join("testdata", "formats", name+ext))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name+ext), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return filepath.Join(dir, name+".shp")
}

func TestShapefileBroken(t *testing.T) {
	const utm = "governorates-syria-utm37"
	t.Run("no dbf", func(t *testing.T) {
		p := copyShapefile(t, utm, ".shp", ".prj")
		l, err := Load(p, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if len(l.Features) != 15 || !hasSkip(l, "no "+utm+".dbf beside it: the shapes are loaded without their attributes") {
			t.Errorf("%d features, skipped %v", len(l.Features), l.Skipped)
		}
	})
	t.Run("upper-case extensions", func(t *testing.T) {
		p := copyShapefile(t, utm, ".shp", ".prj", ".dbf", ".cpg")
		dir := filepath.Dir(p)
		if err := os.Rename(filepath.Join(dir, utm+".dbf"), filepath.Join(dir, utm+".DBF")); err != nil {
			t.Fatal(err)
		}
		l, err := Load(p, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if findFeature(l, "name", "Aleppo") == nil {
			t.Errorf("the .DBF was not read: %v", l.Skipped)
		}
	})
	t.Run("truncated shp", func(t *testing.T) {
		p := copyShapefile(t, utm, ".shp", ".prj", ".dbf", ".cpg")
		b, _ := os.ReadFile(p)
		if err := os.WriteFile(p, b[:len(b)*2/3], 0o644); err != nil {
			t.Fatal(err)
		}
		l, err := Load(p, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if len(l.Features) == 0 || len(l.Features) >= 15 || !hasSkip(l, ".shp is truncated in record") {
			t.Errorf("%d features, skipped %v", len(l.Features), l.Skipped)
		}
	})
	t.Run("unknown prj", func(t *testing.T) {
		p := copyShapefile(t, utm, ".shp", ".dbf")
		lambert := `PROJCS["RGF_1993_Lambert_93",GEOGCS["GCS_RGF_1993",DATUM["D_RGF_1993",SPHEROID["GRS_1980",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Lambert_Conformal_Conic"],UNIT["Meter",1.0]]`
		if err := os.WriteFile(strings.TrimSuffix(p, ".shp")+".prj", []byte(lambert), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := Load(p, Options{})
		want := p + `: ` + utm + `.prj: CRS "RGF_1993_Lambert_93" is not supported (projection Lambert_Conformal_Conic; read are Web Mercator, Mercator and Transverse Mercator (UTM)); reproject it first: ogr2ogr -t_srs EPSG:4326 ` + utm + `-wgs84.shp ` + utm + `.shp`
		if err == nil || err.Error() != want {
			t.Errorf("error = %v\nwant    %s", err, want)
		}
	})
	t.Run("projected without prj", func(t *testing.T) {
		p := copyShapefile(t, utm, ".shp", ".dbf")
		_, err := Load(p, Options{})
		if err == nil || !strings.Contains(err.Error(), "positions are not longitude and latitude (bounds") || !strings.Contains(err.Error(), "there is no "+utm+".prj") {
			t.Errorf("error = %v", err)
		}
	})
	t.Run("dbf opened", func(t *testing.T) {
		p := copyShapefile(t, utm, ".dbf")
		_, err := Load(strings.TrimSuffix(p, ".shp")+".dbf", Options{})
		if err == nil || !strings.Contains(err.Error(), "a .dbf is one of a Shapefile's files: open the .shp beside it") {
			t.Errorf("error = %v", err)
		}
	})
	t.Run("not a shapefile", func(t *testing.T) {
		p := filepath.Join(t.TempDir(), "x.shp")
		os.WriteFile(p, make([]byte, 120), 0o644)
		if _, err := Load(p, Options{}); err == nil || !strings.Contains(err.Error(), "not a Shapefile") {
			t.Errorf("error = %v", err)
		}
	})
}
