package vtiles

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"

	"github.com/paulmach/orb"
	_ "modernc.org/sqlite" // the "sqlite" driver, pure Go
)

// MBTiles (https://github.com/mapbox/mbtiles-spec, 1.3) is an SQLite
// database: a metadata table of name/value pairs and a tiles table of
// zoom_level, tile_column, tile_row (TMS: counted up from the south) and
// tile_data. It is read through modernc.org/sqlite, which needs no cgo.
//
// GDAL 3.6's writer also stores rows outside the tile grid (a column or
// row past 2^zoom); lookups by coordinate never reach them and the count
// leaves them out.

// mbtiles is an open MBTiles database.
type mbtiles struct {
	db *sql.DB
	m  meta
}

// openMBTiles opens the database at path read-only and reads its
// metadata.
func openMBTiles(ctx context.Context, path string) (*mbtiles, error) {
	u := url.URL{Scheme: "file", Opaque: url.PathEscape(path), RawQuery: "mode=ro&_pragma=query_only(1)"}
	db, err := sql.Open("sqlite", u.String())
	if err != nil {
		return nil, fmt.Errorf("not a readable MBTiles (%v)", err)
	}
	t := &mbtiles{db: db, m: meta{format: "MBTiles"}}
	if err := t.read(ctx); err != nil {
		db.Close()
		return nil, err
	}
	return t, nil
}

// read checks the tables and reads the metadata.
func (t *mbtiles) read(ctx context.Context) error {
	have := map[string]bool{}
	rows, err := t.db.QueryContext(ctx, `SELECT name FROM sqlite_master WHERE type IN ('table', 'view')`)
	if err != nil {
		return fmt.Errorf("not an MBTiles file (%v)", sqliteMessage(err))
	}
	for rows.Next() {
		var name string
		if rows.Scan(&name) == nil {
			have[strings.ToLower(name)] = true
		}
	}
	rows.Close()
	if !have["tiles"] {
		return errors.New("an MBTiles without a tiles table (is it an MBTiles file?)")
	}
	md := map[string]string{}
	if have["metadata"] {
		rows, err := t.db.QueryContext(ctx, `SELECT name, value FROM metadata`)
		if err != nil {
			return fmt.Errorf("metadata table: %v", sqliteMessage(err))
		}
		for rows.Next() {
			var k, v sql.NullString
			if rows.Scan(&k, &v) == nil {
				md[strings.ToLower(k.String)] = v.String
			}
		}
		rows.Close()
	} else {
		t.m.notes = append(t.m.notes, "no metadata table: zoom range read from the tiles")
	}
	if f := strings.ToLower(md["format"]); f != "" && f != "pbf" && f != "mvt" {
		return fmt.Errorf("MBTiles of %s tiles: only vector tiles (format pbf) are read", f)
	}
	if err := t.zooms(ctx, md); err != nil {
		return err
	}
	t.m.bound = parseBounds(md["bounds"])
	if js := md["json"]; js != "" {
		var j struct {
			VectorLayers []struct {
				ID string `json:"id"`
			} `json:"vector_layers"`
		}
		if err := json.Unmarshal([]byte(js), &j); err != nil {
			t.m.notes = append(t.m.notes, fmt.Sprintf("metadata json is not JSON (%v)", err))
		}
		for _, l := range j.VectorLayers {
			t.m.layers = append(t.m.layers, l.ID)
		}
	}
	err = t.db.QueryRowContext(ctx, `SELECT count(*) FROM tiles WHERE zoom_level BETWEEN 0 AND 30
		AND tile_column >= 0 AND tile_column < (1 << zoom_level) AND tile_row >= 0 AND tile_row < (1 << zoom_level)`).Scan(&t.m.tiles)
	if err != nil {
		return fmt.Errorf("tiles table: %v", sqliteMessage(err))
	}
	var all int64
	if t.db.QueryRowContext(ctx, `SELECT count(*) FROM tiles`).Scan(&all) == nil && all > t.m.tiles {
		t.m.notes = append(t.m.notes, fmt.Sprintf("%d rows outside the tile grid skipped", all-t.m.tiles))
	}
	return nil
}

// zooms sets the zoom range from the metadata, or from the tiles when
// the metadata does not give it.
func (t *mbtiles) zooms(ctx context.Context, md map[string]string) error {
	lo, err1 := strconv.ParseUint(md["minzoom"], 10, 8)
	hi, err2 := strconv.ParseUint(md["maxzoom"], 10, 8)
	if err1 == nil && err2 == nil && lo <= hi && hi <= 30 {
		t.m.minZoom, t.m.maxZoom = uint32(lo), uint32(hi)
		return nil
	}
	var mn, mx sql.NullInt64
	err := t.db.QueryRowContext(ctx, `SELECT min(zoom_level), max(zoom_level) FROM tiles WHERE zoom_level BETWEEN 0 AND 30`).Scan(&mn, &mx)
	if err != nil {
		return fmt.Errorf("tiles table: %v", sqliteMessage(err))
	}
	if !mn.Valid {
		return errors.New("an MBTiles with no tiles")
	}
	t.m.minZoom, t.m.maxZoom = uint32(mn.Int64), uint32(mx.Int64)
	return nil
}

func (t *mbtiles) tile(ctx context.Context, z, x, y uint32) ([]byte, error) {
	var b []byte
	row := (uint32(1) << z) - 1 - y // TMS counts rows from the south
	err := t.db.QueryRowContext(ctx, `SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?`, z, x, row).Scan(&b)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		return nil, fmt.Errorf("tile %d/%d/%d: %v", z, x, y, sqliteMessage(err))
	}
	return b, nil
}

func (t *mbtiles) meta() meta   { return t.m }
func (t *mbtiles) close() error { return t.db.Close() }

// parseBounds reads "minLon,minLat,maxLon,maxLat"; the zero Bound when
// it is not that.
func parseBounds(s string) orb.Bound {
	parts := strings.Split(s, ",")
	if len(parts) != 4 {
		return orb.Bound{}
	}
	var v [4]float64
	for i, p := range parts {
		f, err := strconv.ParseFloat(strings.TrimSpace(p), 64)
		if err != nil {
			return orb.Bound{}
		}
		v[i] = f
	}
	return orb.Bound{Min: orb.Point{v[0], v[1]}, Max: orb.Point{v[2], v[3]}}
}

// sqliteMessage is the driver's message without its numeric code.
func sqliteMessage(err error) string {
	s := err.Error()
	if i := strings.Index(s, " ("); i > 0 && strings.HasSuffix(s, ")") {
		return s[:i]
	}
	return s
}
