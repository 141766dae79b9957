package layer

import (
	"bufio"
	"context"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
)

// millionCSV writes a CSV of n points with an id, a name, a magnitude
// and latitude/longitude columns, as an export of events would have.
func millionCSV(b *testing.B, n int) string {
	p := filepath.Join(b.TempDir(), "points.csv")
	f, err := os.Create(p)
	if err != nil {
		b.Fatal(err)
	}
	w := bufio.NewWriterSize(f, 1<<20)
	r := rand.New(rand.NewPCG(1, 2))
	w.WriteString("id,name,event_date,magnitude,latitude,longitude\n")
	var line []byte
	for i := range n {
		line = strconv.AppendInt(line[:0], int64(i), 10)
		line = append(line, ",P"...)
		line = strconv.AppendInt(line, int64(i), 36)
		line = append(line, ",2016-12-0"...)
		line = strconv.AppendInt(line, int64(1+i%9), 10)
		line = append(line, ',')
		line = strconv.AppendFloat(line, float64(r.IntN(90))/10, 'f', -1, 64)
		line = append(line, ',')
		line = strconv.AppendFloat(line, -60+135*r.Float64(), 'f', 6, 64)
		line = append(line, ',')
		line = strconv.AppendFloat(line, -180+360*r.Float64(), 'f', 6, 64)
		line = append(line, '\n')
		w.Write(line)
	}
	if err := w.Flush(); err != nil {
		b.Fatal(err)
	}
	if err := f.Close(); err != nil {
		b.Fatal(err)
	}
	return p
}

// BenchmarkLoadCSVMillion loads a CSV of a million points (43 MB).
func BenchmarkLoadCSVMillion(b *testing.B) {
	const n = 1_000_000
	benchLoadFile(b, millionCSV(b, n), n)
}

// countriesAs writes the built-in Natural Earth 10m countries as GeoJSON
// and, with ogr2ogr, in the formats of exts; it skips the benchmark when
// ogr2ogr is not installed.
func countriesAs(b testing.TB, exts ...string) []string {
	dir := b.TempDir()
	geojson := filepath.Join(dir, "countries.geojson")
	if err := os.WriteFile(geojson, countries(b), 0o644); err != nil {
		b.Fatal(err)
	}
	if _, err := exec.LookPath("ogr2ogr"); err != nil {
		b.Skip("ogr2ogr not installed (gdal-bin)")
	}
	files := []string{geojson}
	for _, ext := range exts {
		other := filepath.Join(dir, "countries"+ext)
		args := []string{other, geojson}
		if ext == ".shp" {
			args = append([]string{"-lco", "ENCODING=UTF-8"}, args...)
		}
		if out, err := exec.Command("ogr2ogr", args...).CombinedOutput(); err != nil {
			b.Fatalf("ogr2ogr: %v\n%s", err, out)
		}
		files = append(files, other)
	}
	return files
}

// BenchmarkLoadCountriesAs loads the 10m countries from GeoJSON and from
// the Shapefile, GeoPackage and FlatGeobuf that ogr2ogr made of them: each should take
// at most 1.5 times as long as the GeoJSON.
func BenchmarkLoadCountriesAs(b *testing.B) {
	for _, p := range countriesAs(b, ".shp", ".gpkg", ".fgb") {
		b.Run(filepath.Ext(p)[1:], func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				l, err := LoadContext(context.Background(), p, Options{}, nil)
				if err != nil {
					b.Fatal(err)
				}
				if len(l.Features) < 250 {
					b.Fatalf("%d features", len(l.Features))
				}
			}
		})
	}
}
