package vtiles

import (
	"math"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/maptile"
)

// MaxTiles is the most tiles one view asks for: past it the zoom drops a
// level (a huge window, or a view spanning the world several times).
const MaxTiles = 256

// tileKey names a tile, and how much detail it is decoded with (see
// Detail).
type tileKey struct{ z, x, y, detail uint32 }

func (k tileKey) tile() maptile.Tile { return maptile.New(k.x, k.y, maptile.Zoom(k.z)) }

// zoomFor is the tile zoom drawn at view zoom vz: the nearest level,
// within [lo, hi] (past hi the tiles of hi are drawn larger).
func zoomFor(vz float64, lo, hi uint32) uint32 {
	z := math.Round(vz)
	if !(z >= float64(lo)) { // NaN too
		return lo
	}
	if z > float64(hi) {
		return hi
	}
	return uint32(z)
}

// cover is the tiles at zoom z over b, clamped to the Web Mercator world,
// west to east and north to south; at a lower zoom when there would be
// more than MaxTiles.
func cover(b orb.Bound, z uint32) []tileKey {
	const maxLat = 85.05112878
	west, east := max(b.Min[0], -180), min(b.Max[0], 180)
	south, north := max(b.Min[1], -maxLat), min(b.Max[1], maxLat)
	if !(west < east && south < north) {
		return nil
	}
	for {
		nw := maptile.At(orb.Point{west, north}, maptile.Zoom(z))
		se := maptile.At(orb.Point{east, south}, maptile.Zoom(z))
		last := uint32(1)<<z - 1 // At gives 2^z at the east and south edges
		se.X, se.Y = min(se.X, last), min(se.Y, last)
		n := uint64(se.X-nw.X+1) * uint64(se.Y-nw.Y+1)
		if n > MaxTiles && z > 0 {
			z--
			continue
		}
		keys := make([]tileKey, 0, n)
		for y := nw.Y; y <= se.Y; y++ {
			for x := nw.X; x <= se.X; x++ {
				keys = append(keys, tileKey{z: z, x: x, y: y})
			}
		}
		return keys
	}
}

// MaxDetail is the most levels a tile is drawn past its own zoom with
// detail of its own: past it, what the tile holds (1/16 of a pixel at its
// zoom, for 4096 units a tile) is drawn as it is.
const MaxDetail = 4

// detailFor is how many levels view zoom vz lies past tile zoom z, from
// 0 to MaxDetail.
func detailFor(vz float64, z uint32) uint32 {
	d := math.Round(vz) - float64(z)
	if !(d > 0) {
		return 0
	}
	return uint32(min(d, MaxDetail))
}

// tolerance is how far, in tile units, a simplified line may stray from
// the tile's: a quarter of a pixel at the zoom the tile is drawn at. Tiles hold
// sixteen points a pixel; drawing them all costs projection, indexing
// and filling for nothing the eye sees.
func tolerance(extent uint32, detail uint32) float64 {
	return float64(extent) / TilePixels / 4 / float64(uint32(1)<<detail)
}

// TilePixels is the width of a tile drawn at its own zoom.
const TilePixels = 256
