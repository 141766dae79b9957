package vtiles

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/paulmach/orb"

	"newsatlas/layer"
	"newsatlas/live"
)

// france is a view over France at zoom 4.
var france = live.Query{Bound: orb.Bound{Min: orb.Point{-5, 42}, Max: orb.Point{8, 51}}, Zoom: 4, Width: 800, Height: 600}

func TestTileID(t *testing.T) {
	tests := []struct {
		z, x, y uint32
		want    uint64
	}{
		{0, 0, 0, 0},
		{1, 0, 0, 1}, {1, 0, 1, 2}, {1, 1, 1, 3}, {1, 1, 0, 4},
		{2, 0, 0, 5},
		{3, 0, 0, 21},
		{3, 7, 0, 84},
	}
	for _, tt := range tests {
		if got := tileID(tt.z, tt.x, tt.y); got != tt.want {
			t.Errorf("tileID(%d, %d, %d) = %d, want %d", tt.z, tt.x, tt.y, got, tt.want)
		}
	}
	// Every tile of a level has its own id, within the level's range.
	seen := map[uint64]bool{}
	for x := uint32(0); x < 16; x++ {
		for y := uint32(0); y < 16; y++ {
			id := tileID(4, x, y)
			if id < 85 || id >= 85+256 || seen[id] {
				t.Fatalf("tileID(4, %d, %d) = %d: outside 85-340 or repeated", x, y, id)
			}
			seen[id] = true
		}
	}
}

func TestZoomAndCover(t *testing.T) {
	tests := []struct {
		vz     float64
		lo, hi uint32
		want   uint32
	}{{2.4, 0, 6, 2}, {2.6, 0, 6, 3}, {9, 0, 6, 6}, {-1, 2, 6, 2}, {1, 2, 6, 2}}
	for _, tt := range tests {
		if got := zoomFor(tt.vz, tt.lo, tt.hi); got != tt.want {
			t.Errorf("zoomFor(%v, %d, %d) = %d, want %d", tt.vz, tt.lo, tt.hi, got, tt.want)
		}
	}
	world := orb.Bound{Min: orb.Point{-200, -90}, Max: orb.Point{200, 90}}
	if n := len(cover(world, 2)); n != 16 {
		t.Errorf("cover(world, 2) = %d tiles, want 16", n)
	}
	if ks := cover(world, 10); len(ks) > MaxTiles || ks[0].z >= 10 {
		t.Errorf("cover(world, 10) = %d tiles at zoom %d, want at most %d at a lower zoom", len(ks), ks[0].z, MaxTiles)
	}
}

// names are the ADMIN names of the features.
func names(l *layer.Layer) map[string]int {
	out := map[string]int{}
	for i := range l.Features {
		out[l.Features[i].String("ADMIN")]++
	}
	return out
}

func TestSources(t *testing.T) {
	mb := gdalMBTiles(t)
	pm := gdalPMTiles(t, pmOptions{})
	leaves := gdalPMTiles(t, pmOptions{leafSize: 7, plain: true})
	raw := filepath.Join(t.TempDir(), "countries.pmtiles")
	os.WriteFile(raw, writePMTiles(t, mbtilesRows(t, mb), 0, 4, pmOptions{rawTiles: true}), 0o644)
	srv := httptest.NewServer(http.FileServer(http.Dir(filepath.Dir(pm))))
	defer srv.Close()
	tests := []struct{ name, path, zoom string }{
		{"GDAL MBTiles", mb, "0-4"},
		{"PMTiles", pm, "0-4"},
		{"PMTiles with leaf directories", leaves, "0-4"},
		{"PMTiles of tiles not compressed", raw, "0-4"},
		{"PMTiles over HTTP", srv.URL + "/countries.pmtiles", "0-4"},
		{"PMTiles made by go-pmtiles", "testdata/countries.pmtiles", "0-3"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src, ok, err := Open(context.Background(), tt.path)
			if !ok || err != nil {
				t.Fatalf("Open = %v, %v", ok, err)
			}
			defer src.Close()
			if src.Name() != "countries" {
				t.Errorf("Name = %q, want countries", src.Name())
			}
			l, err := src.Fetch(context.Background(), france)
			if err != nil {
				t.Fatal(err)
			}
			got := names(l)
			for _, want := range []string{"France", "Spain", "Germany", "Switzerland"} {
				if got[want] != 1 {
					t.Errorf("%s: %d features, want 1 (its pieces from every tile joined)", want, got[want])
				}
			}
			if got["Japan"] > 0 {
				t.Errorf("Japan fetched for a view of France")
			}
			sum := strings.Join(src.Summary(), "\n")
			for _, want := range []string{"layers:   ne_110m_admin_0_countries", "zoom:     " + tt.zoom, "tiles:    "} {
				if !strings.Contains(sum, want) {
					t.Errorf("Summary lacks %q:\n%s", want, sum)
				}
			}
		})
	}
}

func TestGDALRowsOutsideGrid(t *testing.T) {
	s := mustOpen(t, gdalMBTiles(t))
	sum := strings.Join(s.Summary(), "\n")
	if !strings.Contains(sum, "rows outside the tile grid skipped") {
		t.Errorf("GDAL's rows outside the grid not noted:\n%s", sum)
	}
	if n := s.arc.meta().tiles; n != int64(len(mbtilesRows(t, gdalMBTiles(t)))) {
		t.Errorf("tiles = %d, want the rows in the grid", n)
	}
}

func TestOverzoomAndCache(t *testing.T) {
	s := mustOpen(t, gdalPMTiles(t, pmOptions{}))
	paris := live.Query{Bound: orb.Bound{Min: orb.Point{2.2, 48.8}, Max: orb.Point{2.5, 48.9}}, Zoom: 12}
	l, err := s.Fetch(context.Background(), paris)
	if err != nil {
		t.Fatal(err)
	}
	if got := names(l); got["France"] != 1 || got["Germany"] != 1 || got["Japan"] != 0 {
		t.Errorf("at zoom 12 over Paris: %v, want the zoom-4 tile's countries (France, Germany, not Japan)", got)
	}
	if n := s.cache.len(); n != 1 {
		t.Errorf("cache holds %d tiles, want the one zoom-4 tile", n)
	}
}

func TestIdentifyPieces(t *testing.T) {
	// A polygon cut by tile edges is one feature whose geometry covers
	// every tile it was cut into, with its properties.
	s := mustOpen(t, gdalPMTiles(t, pmOptions{}))
	l, d, err := s.FetchDisplay(context.Background(), france)
	if err != nil {
		t.Fatal(err)
	}
	var fr *layer.Feature
	for i := range l.Features {
		if l.Features[i].String("ADMIN") == "France" {
			fr = &l.Features[i]
		}
	}
	if fr == nil {
		t.Fatal("no France")
	}
	if fr.String("ADM0_A3") != "FRA" {
		t.Errorf("France's ADM0_A3 = %q", fr.String("ADM0_A3"))
	}
	if b := fr.Geometry.Bound(); b.Min[0] > -4 || b.Max[0] < 7 || b.Min[1] > 43 || b.Max[1] < 50.5 {
		t.Errorf("France's bound %v does not span the country", b)
	}
	if len(d.Features) <= len(l.Features) {
		t.Errorf("display has %d features for %d: want fills and outlines apart", len(d.Features), len(l.Features))
	}
}

func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	good, err := os.ReadFile(gdalPMTiles(t, pmOptions{}))
	if err != nil {
		t.Fatal(err)
	}
	truncated := filepath.Join(dir, "truncated.pmtiles")
	os.WriteFile(truncated, good[:len(good)/2], 0o644)
	short := filepath.Join(dir, "short.pmtiles")
	os.WriteFile(short, good[:60], 0o644)
	notPM := filepath.Join(dir, "text.pmtiles")
	os.WriteFile(notPM, []byte(strings.Repeat("not a tile archive\n", 20)), 0o644)
	noTiles := filepath.Join(dir, "notiles.mbtiles")
	sqliteDB(t, noTiles, `CREATE TABLE metadata (name TEXT, value TEXT)`)
	notDB := filepath.Join(dir, "text.mbtiles")
	os.WriteFile(notDB, []byte(strings.Repeat("x", 4096)), 0o644)
	tests := []struct{ path, want string }{
		{truncated, "truncated PMTiles: the tile data ends at byte"},
		{short, "not a PMTiles file: 60 bytes, shorter than the 127-byte header"},
		{notPM, "not a PMTiles file (no PMTiles magic number)"},
		{noTiles, "an MBTiles without a tiles table"},
		{notDB, "not an MBTiles file (file is not a database"},
		{filepath.Join(dir, "missing.pmtiles"), "no such file or directory"},
	}
	for _, tt := range tests {
		t.Run(filepath.Base(tt.path), func(t *testing.T) {
			_, ok, err := Open(context.Background(), tt.path)
			if !ok || err == nil {
				t.Fatalf("Open = %v, %v, want an error", ok, err)
			}
			msg := err.Error()
			if !strings.HasPrefix(msg, tt.path+": ") || !strings.Contains(msg, tt.want) || strings.Contains(msg, "\n") {
				t.Errorf("error %q, want one line %q naming the file", msg, tt.want)
			}
		})
	}
	if _, ok, err := Open(context.Background(), "countries.geojson"); ok || err != nil {
		t.Errorf("Open(countries.geojson) = %v, %v: want not its kind", ok, err)
	}
}

func TestCorruptTile(t *testing.T) {
	rows := mbtilesRows(t, gdalMBTiles(t))
	var bad tileRow
	for i := range rows {
		if r := rows[i]; r.z == 4 && r.x == 8 && r.y == 5 { // over France
			rows[i].data = []byte("\x1f\x8b garbage, not gzip")
			bad = r
		}
	}
	if bad.z == 0 {
		t.Fatal("no tile 4/8/5 in the fixture")
	}
	p := filepath.Join(t.TempDir(), "corrupt.pmtiles")
	os.WriteFile(p, writePMTiles(t, rows, 0, 4, pmOptions{}), 0o644)
	s := mustOpen(t, p)
	l, err := s.Fetch(context.Background(), france)
	if err == nil || !strings.Contains(err.Error(), "tile 4/8/5: not gzip data") || strings.Contains(err.Error(), "\n") {
		t.Fatalf("error %v, want one line naming tile 4/8/5", err)
	}
	if l == nil || names(l)["Spain"] != 1 {
		t.Errorf("the other tiles were lost with the corrupt one")
	}
}

func TestServerNoAnswer(t *testing.T) {
	pm := gdalPMTiles(t, pmOptions{})
	data, _ := os.ReadFile(pm)
	h, _ := parseHeader(data)
	stop := make(chan struct{})
	// The server answers for the header and directories, then stops
	// answering when asked for tiles; the other server never answers.
	tiles := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var from uint64
		fmt.Sscanf(r.Header.Get("Range"), "bytes=%d-", &from)
		if from < h.dataOff {
			http.ServeContent(w, r, "x.pmtiles", fileTime, bytes.NewReader(data))
			return
		}
		select {
		case <-r.Context().Done():
		case <-stop:
		}
	}))
	dead := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-stop:
		}
	}))
	defer tiles.Close()
	defer dead.Close()
	defer close(stop)
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	_, ok, err := Open(ctx, dead.URL+"/x.pmtiles")
	if !ok || err == nil || !strings.Contains(err.Error(), "no answer from the server") {
		t.Fatalf("Open of a dead server: %v, %v, want no answer from the server", ok, err)
	}
	s := mustOpen(t, tiles.URL+"/x.pmtiles")
	ctx, cancel = context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	_, err = s.Fetch(ctx, france)
	if err == nil || !strings.Contains(err.Error(), "no answer from the server") || strings.Contains(err.Error(), "\n") {
		t.Fatalf("error %v, want one line: no answer from the server", err)
	}
}

func TestLRU(t *testing.T) {
	c := newLRU[int, string](2)
	c.put(1, "a")
	c.put(2, "b")
	c.get(1) // 1 is now the most recent: 2 goes first
	c.put(3, "c")
	if _, ok := c.get(2); ok {
		t.Error("2, the least recently used, was kept")
	}
	for _, k := range []int{1, 3} {
		if _, ok := c.get(k); !ok {
			t.Errorf("%d was forgotten", k)
		}
	}
	if c.len() != 2 {
		t.Errorf("len %d, want at most 2", c.len())
	}
}
