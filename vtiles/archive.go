package vtiles

import (
	"context"

	"github.com/paulmach/orb"
)

// archive is a store of tiles by z/x/y (XYZ scheme, y down from the
// north): an MBTiles database or a PMTiles file.
type archive interface {
	// tile returns the tile's bytes as stored (maybe gzip-compressed), or
	// nil and no error when the archive has no such tile.
	tile(ctx context.Context, z, x, y uint32) ([]byte, error)
	// meta is what the archive says of itself.
	meta() meta
	close() error
}

// meta is an archive's description of itself.
type meta struct {
	format           string    // "MBTiles" or "PMTiles v3"
	minZoom, maxZoom uint32    // the zoom levels it holds
	bound            orb.Bound // WGS84; zero when not given
	layers           []string  // source layer names, from vector_layers
	tiles            int64     // tiles stored in the tile grid
	notes            []string  // what was odd and worked around
}
