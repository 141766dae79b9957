package vtiles

import (
	"bytes"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/clip"
	"github.com/paulmach/orb/encoding/mvt"
	"github.com/paulmach/orb/geojson"
)

// decoded is one tile's features in WGS84, clipped to the tile's own
// square (tiles carry a buffer past it, which neighbours repeat), or why
// the tile could not be read.
type decoded struct {
	pieces []piece
	err    error
}

// piece is the part of one feature that lies in one tile.
type piece struct {
	key   featureKey // the same for every piece of one feature
	layer string     // the source layer
	props geojson.Properties
	geom  orb.Geometry
	sq    orb.Bound // the tile's square, where clipping cut the geometry
}

// tileDecoder decodes tiles one after another, keeping the scratch
// space of its decompressor and simplifier from one to the next. It is
// not for use by several goroutines at once; those of one Source share
// its keys' seeds, so that they key the pieces of a feature alike.
type tileDecoder struct {
	unzip unzipper
	simp  simplifier
	read  tileReader
	keys  keyer
}

// decode reads a tile's bytes (gzip-compressed or not), simplifies its
// features to the detail k asks, projects them to WGS84 and clips them to
// the tile.
func (td *tileDecoder) decode(k tileKey, raw []byte) *decoded {
	if len(raw) == 0 {
		return &decoded{}
	}
	var (
		ls  mvt.Layers
		err error
	)
	if bytes.HasPrefix(raw, []byte{0x1f, 0x8b}) {
		var plain []byte
		if plain, err = td.unzip.gunzip(raw); err == nil {
			ls, err = td.readTile(plain, k.detail)
		}
	} else {
		ls, err = td.readTile(raw, k.detail)
	}
	if err != nil {
		return &decoded{err: err}
	}
	t := k.tile()
	sq := t.Bound()
	d := &decoded{}
	for _, l := range ls {
		l.ProjectToWGS84(t)
		for _, f := range l.Features {
			if f.Geometry == nil {
				continue
			}
			g := regroup(f.Geometry)
			if g == nil {
				continue
			}
			if g = clipped(sq, g); g == nil || isEmpty(g) {
				continue
			}
			d.pieces = append(d.pieces, piece{key: td.keys.key(l.Name, f.ID, f.Properties), layer: l.Name, props: f.Properties, geom: g, sq: sq})
		}
	}
	return d
}

// clipped is g clipped to sq: g itself when it lies within sq (most
// features of a tile do not reach into its buffer), else what orb's clip
// leaves of it.
func clipped(sq orb.Bound, g orb.Geometry) orb.Geometry {
	if b := g.Bound(); sq.Contains(b.Min) && sq.Contains(b.Max) {
		return g
	}
	return clip.Geometry(sq, g)
}

// isEmpty reports whether clipping left nothing.
func isEmpty(g orb.Geometry) bool {
	switch g := g.(type) {
	case orb.MultiPoint:
		return len(g) == 0
	case orb.LineString:
		return len(g) < 2
	case orb.MultiLineString:
		return len(g) == 0
	case orb.Ring:
		return len(g) < 4
	case orb.Polygon:
		return len(g) == 0 || len(g[0]) < 4
	case orb.MultiPolygon:
		return len(g) == 0
	case orb.Collection:
		return len(g) == 0
	}
	return false
}
