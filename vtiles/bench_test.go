package vtiles

import (
	"bytes"
	"compress/gzip"
	"context"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/paulmach/orb"

	"newsatlas/data"
	"newsatlas/live"
	"newsatlas/render"
)

// ne10PMTiles is Natural Earth 10m countries (the atlas's own copy,
// data.CountriesGz) as PMTiles, zoom 0 to 6: GDAL's MBTiles laid out by
// writePMTiles. ogr2ogr takes minutes over it, so the file is kept in the
// user's cache folder; NEWSATLAS_NE10_MBTILES names an MBTiles made
// already (ogr2ogr -f MBTiles OUT.mbtiles ne_10m_admin_0_countries.geojson
// -dsco MAXZOOM=6).
func ne10PMTiles(b *testing.B) string {
	b.Helper()
	cache, err := os.UserCacheDir()
	if err != nil {
		cache = os.TempDir()
	}
	dir := filepath.Join(cache, "newsatlas-bench")
	pm := filepath.Join(dir, "ne10-countries-z6.pmtiles")
	if _, err := os.Stat(pm); err == nil {
		return pm
	}
	os.MkdirAll(dir, 0o755)
	mb := os.Getenv("NEWSATLAS_NE10_MBTILES")
	if mb == "" {
		if _, err := exec.LookPath("ogr2ogr"); err != nil {
			b.Skip("ogr2ogr (gdal-bin) is not installed")
		}
		zr, err := gzip.NewReader(bytes.NewReader(data.CountriesGz))
		if err != nil {
			b.Fatal(err)
		}
		raw, _ := io.ReadAll(zr)
		src := filepath.Join(b.TempDir(), "countries.geojson")
		os.WriteFile(src, raw, 0o644)
		mb = filepath.Join(b.TempDir(), "countries.mbtiles")
		b.Logf("making %s with ogr2ogr (minutes, once)", pm)
		if out, err := exec.Command("ogr2ogr", "-f", "MBTiles", mb, src, "-dsco", "MAXZOOM=6").CombinedOutput(); err != nil {
			b.Fatalf("ogr2ogr: %v: %s", err, out)
		}
	}
	if err := os.WriteFile(pm, writePMTiles(b, mbtilesRows(b, mb), 0, 6, pmOptions{leafSize: 4096}), 0o644); err != nil {
		b.Fatal(err)
	}
	return pm
}

// europe is a window-sized view of Europe at zoom 4: 24 tiles.
var europe = render.Viewport{Center: orb.Point{12, 50}, Zoom: 4, Width: 1280, Height: 800}

func query(v render.Viewport) live.Query {
	return live.Query{Bound: v.LonLatBound(), Zoom: v.Zoom, Width: v.Width, Height: v.Height}
}

// BenchmarkNewView is a view over NE 10m countries from a local PMTiles
// with the tile cache cold: read, decode, clip and join the tiles, and
// build the layers drawn.
func BenchmarkNewView(b *testing.B) {
	s := mustOpen(b, ne10PMTiles(b))
	for _, v := range []struct {
		name string
		v    render.Viewport
	}{
		{"world-z1", render.Viewport{Center: orb.Point{0, 20}, Zoom: 1.3, Width: 1280, Height: 800}},
		{"europe-z4", europe},
		{"france-z6", render.Viewport{Center: orb.Point{2.35, 46.6}, Zoom: 6, Width: 1280, Height: 800}},
	} {
		b.Run(v.name, func(b *testing.B) {
			b.ReportAllocs()
			q := query(v.v)
			cpu := cpuTime()
			for b.Loop() {
				s.cache = newLRU[tileKey, *decoded](CacheTiles)
				if _, _, err := s.FetchDisplay(context.Background(), q); err != nil {
					b.Fatal(err)
				}
			}
			reportCPU(b, cpu)
		})
	}
}

// BenchmarkNewViewWarm is the same view again with its tiles cached:
// joining and building the layers only.
func BenchmarkNewViewWarm(b *testing.B) {
	s := mustOpen(b, ne10PMTiles(b))
	q := query(europe)
	s.Fetch(context.Background(), q)
	b.ReportAllocs()
	cpu := cpuTime()
	for b.Loop() {
		if _, _, err := s.FetchDisplay(context.Background(), q); err != nil {
			b.Fatal(err)
		}
	}
	reportCPU(b, cpu)
}

// BenchmarkFrame draws a frame of the tile layer over Europe.
func BenchmarkFrame(b *testing.B) {
	s := mustOpen(b, ne10PMTiles(b))
	l, d, err := s.FetchDisplay(context.Background(), query(europe))
	if err != nil {
		b.Fatal(err)
	}
	r, err := render.New()
	if err != nil {
		b.Fatal(err)
	}
	scene := &render.Scene{Layers: []render.Layer{{Layer: l, Display: d, Opacity: 1, Labels: true}}, ScaleBar: true}
	b.ReportAllocs()
	cpu := cpuTime()
	for b.Loop() {
		r.Render(scene, europe)
	}
	reportCPU(b, cpu)
}

// cpuTime is the CPU time the process has used. On a machine shared
// with other work, wall time per op counts the waits for a core; the
// CPU time per op (cpu-ms/op, all goroutines of the process, GC
// included) is what the work costs.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportCPU reports the CPU time per op since start.
func reportCPU(b *testing.B, start time.Duration) {
	b.ReportMetric(float64(cpuTime()-start)/float64(time.Millisecond)/float64(b.N), "cpu-ms/op")
}
