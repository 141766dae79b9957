// Package vtiles reads vector tile archives as live layers (live.Source):
// MBTiles (an SQLite database, read through modernc.org/sqlite) and
// PMTiles v3 (a single file of directories and tiles, read here from the
// spec), local files or, for PMTiles, https:// and http:// URLs read with
// range requests.
//
// For each view, Fetch takes the tiles over its box at the zoom nearest
// the view's (clamped to the archive's range, so that past its deepest
// level those tiles are drawn larger) and decodes them on every core:
// unzipped when gzip-compressed, read as orb's encoding/mvt reads them
// but with each line and ring simplified to a quarter pixel as it is
// read, projected to WGS84 and clipped to its tile's square. The pieces
// of one feature from every tile are joined into one feature, so that
// identify finds it once and it is labelled once; the layer drawn in its
// place (FetchDisplay) fills the polygons and outlines them without the
// tile edges. Decoded tiles are kept in a bounded cache. Features are styled by their simplestyle
// properties when they carry them, else by DefaultStyle of their source
// layer.
//
// What real tools write is coped with: rows of GDAL's MBTiles writer
// outside the tile grid are never read, and rings are sorted into
// exteriors and holes by where they lie rather than their winding.
package vtiles
