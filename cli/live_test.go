package cli

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"newsatlas/internal/golden"
)

var (
	tilesOnce sync.Once
	tilesPath string
	tilesErr  error
)

// gdalTiles is Natural Earth 110m countries written by GDAL's MBTiles
// driver as a user would (see ../vtiles/testdata/SOURCES.md), made once
// per test run; the test is skipped when ogr2ogr is not installed.
func gdalTiles(t *testing.T) string {
	t.Helper()
	if _, err := exec.LookPath("ogr2ogr"); err != nil {
		t.Skip("ogr2ogr (gdal-bin) is not installed")
	}
	tilesOnce.Do(func() {
		dir, err := os.MkdirTemp("", "cli-tiles")
		if err != nil {
			tilesErr = err
			return
		}
		tilesPath = filepath.Join(dir, "tiles.mbtiles")
		out, err := exec.Command("ogr2ogr", "-f", "MBTiles", tilesPath, "../vtiles/testdata/ne_110m_admin_0_countries.geojson", "-dsco", "MAXZOOM=4").CombinedOutput()
		if err != nil {
			tilesErr = err
			t.Logf("ogr2ogr: %s", out)
		}
	})
	if tilesErr != nil {
		t.Fatal(tilesErr)
	}
	return tilesPath
}

func TestInfoTiles(t *testing.T) {
	p := gdalTiles(t)
	code, out, errs := run(t, "info", p)
	if code != OK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{p + ": live", "format:   MBTiles (vector tiles)", "layers:   ne_110m_admin_0_countries", "zoom:     0-4", "bounds:   -180,", "rows outside the tile grid skipped"} {
		if !strings.Contains(out, want) {
			t.Errorf("info lacks %q:\n%s", want, out)
		}
	}
	code, out, _ = run(t, "info", "--json", p)
	var got []Summary
	if err := json.Unmarshal([]byte(out), &got); err != nil || code != OK || len(got) != 1 || got[0].Kind != "live" || len(got[0].Live) < 4 {
		t.Errorf("info --json: exit %d, %v, %+v", code, err, got)
	}
}

func TestIdentifyTiles(t *testing.T) {
	p := gdalTiles(t)
	hits, out := identifyJSON(t, "2.35", "46.6", p)
	// The hit's layer is the tile's source layer, as GDAL named it.
	if len(hits) == 0 || hits[0].Layer != "ne_110m_admin_0_countries" || hits[0].Properties["ADMIN"] != "France" {
		t.Fatalf("identify in France: %s, want France from source layer ne_110m_admin_0_countries first", out)
	}
}

func TestRenderTiles(t *testing.T) {
	t.Run("GDAL MBTiles", func(t *testing.T) { testRenderTiles(t, gdalTiles(t)) })
	// PMTiles written by go-pmtiles (see ../vtiles/testdata/SOURCES.md).
	t.Run("PMTiles", func(t *testing.T) { testRenderTiles(t, "../vtiles/testdata/countries.pmtiles") })
}

func testRenderTiles(t *testing.T, p string) {
	dir := t.TempDir()
	with, without := filepath.Join(dir, "with.png"), filepath.Join(dir, "without.png")
	args := []string{"render", "--hide", "countries,places,syria-governorates,aleppo-control", "--bbox", "-5,42,8,51", "--size", "400x300"}
	if code, _, errs := run(t, append(args, "-o", with, p)...); code != OK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if code, _, errs := run(t, append(args, "-o", without)...); code != OK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	a, b := golden.Read(t, with), golden.Read(t, without)
	// France fills the middle of the view: drawn from the tiles, it is
	// no longer sea.
	if c, s := a.RGBAAt(200, 170), b.RGBAAt(200, 170); c == s {
		t.Errorf("the middle of France is %v with the tiles as without", c)
	}
	if n := golden.Diff(a, b, 8); n < 400*300/3 {
		t.Errorf("only %d pixels changed by the tiles, want the land of the view", n)
	}
}

func TestTilesBadInput(t *testing.T) {
	dir := t.TempDir()
	notTiles := filepath.Join(dir, "broken.mbtiles")
	writeInput(t, notTiles, strings.Repeat("not sqlite", 500))
	short := filepath.Join(dir, "short.pmtiles")
	writeInput(t, short, "PMTiles\x03")
	for _, cmd := range [][]string{
		{"render", "-o", filepath.Join(dir, "x.png"), notTiles},
		{"identify", "2", "46", short},
		{"info", short},
	} {
		code, _, errs := run(t, cmd...)
		file := cmd[len(cmd)-1]
		if code != BadInput || !strings.HasPrefix(errs, "newsatlas: "+file+": ") || strings.Count(errs, "\n") != 1 {
			t.Errorf("%v: exit %d, stderr %q: want 1 and one line naming the file", cmd, code, errs)
		}
	}
}
