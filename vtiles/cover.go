package vtiles

import (
	"math"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/maptile"
)

// MaxTiles is the most tiles one view asks for: past it the zoom drops a
// level (a huge window, or a view spanning the world several times).
const MaxTiles = 256

// tileKey names a tile.
type tileKey struct{ z, x, y uint32 }

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
				keys = append(keys, tileKey{z, x, y})
			}
		}
		return keys
	}
}
