package vtiles

import (
	"bytes"
	"errors"
	"fmt"

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
	layer string // the source layer
	id    any    // the feature's id in the tile, nil when it has none
	props geojson.Properties
	geom  orb.Geometry
	sq    orb.Bound // the tile's square, where clipping cut the geometry
}

// decode reads a tile's bytes (gzip-compressed or not), projects its
// features to WGS84 and clips them to the tile.
func decode(k tileKey, raw []byte) *decoded {
	if len(raw) == 0 {
		return &decoded{}
	}
	var (
		ls  mvt.Layers
		err error
	)
	if bytes.HasPrefix(raw, []byte{0x1f, 0x8b}) {
		var plain []byte
		if plain, err = gunzip(raw); err == nil {
			ls, err = unmarshal(plain)
		}
	} else {
		ls, err = unmarshal(raw)
	}
	if err != nil {
		return &decoded{err: err}
	}
	t := k.tile()
	sq := t.Bound()
	d := &decoded{}
	for _, l := range ls {
		if l.Extent == 0 {
			return &decoded{err: fmt.Errorf("layer %s has extent 0", l.Name)}
		}
		l.ProjectToWGS84(t)
		for _, f := range l.Features {
			if f.Geometry == nil {
				continue
			}
			g := clip.Geometry(sq, regroup(f.Geometry))
			if g == nil || isEmpty(g) {
				continue
			}
			d.pieces = append(d.pieces, piece{layer: l.Name, id: f.ID, props: f.Properties, geom: g, sq: sq})
		}
	}
	return d
}

// unmarshal decodes an MVT tile, turning the decoder's panics on
// malformed input into an error.
func unmarshal(b []byte) (ls mvt.Layers, err error) {
	defer func() {
		if r := recover(); r != nil {
			ls, err = nil, errors.New("not a vector tile (malformed data)")
		}
	}()
	ls, err = mvt.Unmarshal(b)
	if err != nil {
		return nil, fmt.Errorf("not a vector tile (%v)", err)
	}
	return ls, nil
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
