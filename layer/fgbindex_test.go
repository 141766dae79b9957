package layer

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/paulmach/orb"
)

// names lists a layer's feature names, sorted.
func names(l *Layer) []string {
	var out []string
	for _, f := range l.Features {
		out = append(out, f.Name)
	}
	slices.Sort(out)
	return out
}

// TestLoadBound loads files with Options.Bound: a FlatGeobuf searched by
// its spatial index, the same file without an index and GeoJSON must all
// give the features whose boxes meet the bound, the ones a whole load
// gives when filtered by hand.
func TestLoadBound(t *testing.T) {
	files := countriesAs(t, ".fgb")
	geojson, fgb := files[0], files[1]
	noIndex := filepath.Join(filepath.Dir(fgb), "noindex.fgb")
	if out, err := exec.Command("ogr2ogr", "-lco", "SPATIAL_INDEX=NO", noIndex, geojson).CombinedOutput(); err != nil {
		t.Fatalf("ogr2ogr: %v\n%s", err, out)
	}
	whole, err := Load(geojson, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name string
		b    orb.Bound
		min  int
	}{
		{"western Europe", orb.Bound{Min: orb.Point{-5, 43}, Max: orb.Point{8, 51}}, 5},
		{"a point in France", orb.Bound{Min: orb.Point{2.35, 46.5}, Max: orb.Point{2.35, 46.5}}, 1},
		{"the middle of the Pacific", orb.Bound{Min: orb.Point{-140, -20}, Max: orb.Point{-139, -19}}, 0},
		{"the world", orb.Bound{Min: orb.Point{-180, -90}, Max: orb.Point{180, 90}}, 250},
	} {
		var want []string
		for _, f := range whole.Features {
			if f.Geometry != nil && f.Geometry.Bound().Intersects(c.b) {
				want = append(want, f.Name)
			}
		}
		slices.Sort(want)
		if len(want) < c.min {
			t.Fatalf("%s: only %d countries by hand", c.name, len(want))
		}
		for _, p := range []string{fgb, noIndex, geojson} {
			l, err := LoadContext(context.Background(), p, Options{Bound: c.b}, nil)
			if err != nil {
				t.Fatalf("%s, %s: %v", c.name, filepath.Base(p), err)
			}
			if got := names(l); !slices.Equal(got, want) {
				t.Errorf("%s, %s: %d features %v, want %d %v", c.name, filepath.Base(p), len(got), got, len(want), want)
			}
		}
	}
}

// TestLoadBoundDamagedIndex reads a FlatGeobuf whose index was
// overwritten: one line, no panic.
func TestLoadBoundDamagedIndex(t *testing.T) {
	fgb := countriesAs(t, ".fgb")[1]
	data, err := os.ReadFile(fgb)
	if err != nil {
		t.Fatal(err)
	}
	hd, err := readFGBHeader(data)
	if err != nil {
		t.Fatal(err)
	}
	// the root's box holds everything; make its first child point far away
	for i := range 8 {
		data[hd.size+32+i] = 0xff
	}
	bad := filepath.Join(t.TempDir(), "bad.fgb")
	if err := os.WriteFile(bad, data, 0o644); err != nil {
		t.Fatal(err)
	}
	_, err = Load(bad, Options{Bound: orb.Bound{Min: orb.Point{-5, 43}, Max: orb.Point{8, 51}}})
	if err == nil || !strings.Contains(err.Error(), bad) || !strings.Contains(err.Error(), "index is damaged") {
		t.Errorf("got %v, want the file and a damaged index", err)
	}
}

// BenchmarkLoadBound loads western Europe from the 10m countries as a
// FlatGeobuf, by its index and whole (filtered after reading), and from
// GeoJSON.
func BenchmarkLoadBound(b *testing.B) {
	files := countriesAs(b, ".fgb")
	box := orb.Bound{Min: orb.Point{-5, 43}, Max: orb.Point{8, 51}}
	noIndex := filepath.Join(filepath.Dir(files[1]), "noindex.fgb")
	if out, err := exec.Command("ogr2ogr", "-lco", "SPATIAL_INDEX=NO", noIndex, files[0]).CombinedOutput(); err != nil {
		b.Fatalf("ogr2ogr: %v\n%s", err, out)
	}
	for _, p := range []string{files[1], noIndex, files[0]} {
		b.Run(filepath.Base(p), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Load(p, Options{Bound: box}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
