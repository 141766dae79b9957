package vtiles

import (
	"bytes"
	"compress/gzip"
	"context"
	"database/sql"
	"encoding/binary"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"sync"
	"testing"
	"time"
)

// countriesGeoJSON is Natural Earth 1:110m countries v5.1.2 (public
// domain), copied from ../shared/data/naturalearth (see
// testdata/SOURCES.md).
const countriesGeoJSON = "testdata/ne_110m_admin_0_countries.geojson"

var (
	gdalOnce sync.Once
	gdalDir  string
	gdalErr  error
)

// gdalMBTiles is the countries written by GDAL's MBTiles driver, as a
// user would make them (ogr2ogr -f MBTiles ... -dsco MAXZOOM=4), made
// once per test run. The test is skipped when ogr2ogr is not installed.
func gdalMBTiles(t testing.TB) string {
	t.Helper()
	if _, err := exec.LookPath("ogr2ogr"); err != nil {
		t.Skip("ogr2ogr (gdal-bin) is not installed")
	}
	gdalOnce.Do(func() {
		gdalDir, gdalErr = os.MkdirTemp("", "vtiles-gdal")
		if gdalErr != nil {
			return
		}
		out := filepath.Join(gdalDir, "countries.mbtiles")
		cmd := exec.Command("ogr2ogr", "-f", "MBTiles", out, countriesGeoJSON, "-dsco", "MAXZOOM=4")
		if b, err := cmd.CombinedOutput(); err != nil {
			t.Logf("ogr2ogr: %s", b)
			gdalErr = err
		}
	})
	if gdalErr != nil {
		t.Fatalf("making the MBTiles fixture: %v", gdalErr)
	}
	return filepath.Join(gdalDir, "countries.mbtiles")
}

// tileRow is one tile of a test archive.
type tileRow struct {
	z, x, y uint32
	data    []byte
}

// mbtilesRows reads the tiles of an MBTiles file inside the grid, XYZ.
func mbtilesRows(t testing.TB, path string) []tileRow {
	t.Helper()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rows, err := db.Query(`SELECT zoom_level, tile_column, tile_row, tile_data FROM tiles
		WHERE tile_column >= 0 AND tile_column < (1 << zoom_level) AND tile_row >= 0 AND tile_row < (1 << zoom_level)`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []tileRow
	for rows.Next() {
		var r tileRow
		if err := rows.Scan(&r.z, &r.x, &r.y, &r.data); err != nil {
			t.Fatal(err)
		}
		r.y = 1<<r.z - 1 - r.y
		out = append(out, r)
	}
	return out
}

// pmOptions shape a test PMTiles file.
type pmOptions struct {
	leafSize int  // entries per leaf directory; 0 puts all in the root
	plain    bool // directories not gzip-compressed
	rawTiles bool // tiles stored uncompressed (GDAL's are gzip-compressed)
}

// writePMTiles lays tiles out as a PMTiles v3 file: the spec's header,
// root directory, metadata, leaf directories and tile data, tiles in
// Hilbert order.
func writePMTiles(t testing.TB, tiles []tileRow, minZ, maxZ uint8, opt pmOptions) []byte {
	t.Helper()
	sort.Slice(tiles, func(i, j int) bool {
		return tileID(tiles[i].z, tiles[i].x, tiles[i].y) < tileID(tiles[j].z, tiles[j].x, tiles[j].y)
	})
	var data bytes.Buffer
	entries := make([]pmEntry, len(tiles))
	for i, tl := range tiles {
		if opt.rawTiles {
			raw, err := gunzip(tl.data)
			if err != nil {
				t.Fatal(err)
			}
			tl.data = raw
		}
		entries[i] = pmEntry{id: tileID(tl.z, tl.x, tl.y), off: uint64(data.Len()), length: uint32(len(tl.data)), run: 1}
		data.Write(tl.data)
	}
	comp := func(b []byte) []byte {
		if opt.plain {
			return b
		}
		var buf bytes.Buffer
		zw := gzip.NewWriter(&buf)
		zw.Write(b)
		zw.Close()
		return buf.Bytes()
	}
	root := entries
	var leaves bytes.Buffer
	if opt.leafSize > 0 {
		root = nil
		for lo := 0; lo < len(entries); lo += opt.leafSize {
			chunk := entries[lo:min(lo+opt.leafSize, len(entries))]
			b := comp(encodeDirectory(chunk))
			root = append(root, pmEntry{id: chunk[0].id, off: uint64(leaves.Len()), length: uint32(len(b))})
			leaves.Write(b)
		}
	}
	rootB := comp(encodeDirectory(root))
	metaB := comp([]byte(`{"vector_layers":[{"id":"ne_110m_admin_0_countries"}]}`))
	h := make([]byte, pmHeaderLen)
	copy(h, "PMTiles")
	h[7] = 3
	put := func(i int, v uint64) { binary.LittleEndian.PutUint64(h[i:], v) }
	rootOff := uint64(pmHeaderLen)
	metaOff := rootOff + uint64(len(rootB))
	leafOff := metaOff + uint64(len(metaB))
	dataOff := leafOff + uint64(leaves.Len())
	put(8, rootOff)
	put(16, uint64(len(rootB)))
	put(24, metaOff)
	put(32, uint64(len(metaB)))
	put(40, leafOff)
	put(48, uint64(leaves.Len()))
	put(56, dataOff)
	put(64, uint64(data.Len()))
	put(72, uint64(len(tiles)))
	put(80, uint64(len(tiles)))
	put(88, uint64(len(tiles)))
	h[96] = 1
	h[97] = compGzip
	if opt.plain {
		h[97] = compNone
	}
	h[98] = compGzip // GDAL's tiles are gzip-compressed
	if opt.rawTiles {
		h[98] = compNone
	}
	h[99] = 1
	h[100], h[101] = minZ, maxZ
	deg := func(i int, v float64) { binary.LittleEndian.PutUint32(h[i:], uint32(int32(v*1e7))) }
	deg(102, -180)
	deg(106, -85)
	deg(110, 180)
	deg(114, 85)
	var out bytes.Buffer
	out.Write(h)
	out.Write(rootB)
	out.Write(metaB)
	out.Write(leaves.Bytes())
	out.Write(data.Bytes())
	return out.Bytes()
}

// encodeDirectory writes entries as the spec's varint columns.
func encodeDirectory(es []pmEntry) []byte {
	var b []byte
	b = binary.AppendUvarint(b, uint64(len(es)))
	var last uint64
	for _, e := range es {
		b = binary.AppendUvarint(b, e.id-last)
		last = e.id
	}
	for _, e := range es {
		b = binary.AppendUvarint(b, uint64(e.run))
	}
	for _, e := range es {
		b = binary.AppendUvarint(b, uint64(e.length))
	}
	for i, e := range es {
		if i > 0 && e.off == es[i-1].off+uint64(es[i-1].length) {
			b = binary.AppendUvarint(b, 0)
		} else {
			b = binary.AppendUvarint(b, e.off+1)
		}
	}
	return b
}

// gdalPMTiles is the GDAL countries laid out as PMTiles by writePMTiles,
// at a path of the test's.
func gdalPMTiles(t testing.TB, opt pmOptions) string {
	t.Helper()
	rows := mbtilesRows(t, gdalMBTiles(t))
	p := filepath.Join(t.TempDir(), "countries.pmtiles")
	if err := os.WriteFile(p, writePMTiles(t, rows, 0, 4, opt), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func mustOpen(t testing.TB, name string) *Source {
	t.Helper()
	s, err := OpenSource(context.Background(), name)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// fileTime is the modification time test servers give.
var fileTime = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

// sqliteDB makes an SQLite database at path with the statements run.
func sqliteDB(t testing.TB, path string, stmts ...string) {
	t.Helper()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, s := range stmts {
		if _, err := db.Exec(s); err != nil {
			t.Fatal(err)
		}
	}
}
