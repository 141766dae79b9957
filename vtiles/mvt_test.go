package vtiles

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"reflect"
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/encoding/mvt"
)

// unmarshal decodes an MVT tile with orb, turning the decoder's panics
// on malformed input into an error.
func unmarshal(b []byte) (ls mvt.Layers, err error) {
	defer func() {
		if r := recover(); r != nil {
			ls, err = nil, errors.New("not a vector tile (malformed data)")
		}
	}()
	return mvt.Unmarshal(b)
}

// fixtureTiles are the tiles of the go-pmtiles fixture, unzipped.
func fixtureTiles(t *testing.T) (keys []tileKey, tiles [][]byte) {
	t.Helper()
	src := mustOpen(t, "testdata/countries.pmtiles")
	m := src.arc.meta()
	for z := m.minZoom; z <= m.maxZoom; z++ {
		for _, k := range cover(orb.Bound{Min: orb.Point{-180, -85}, Max: orb.Point{180, 85}}, z) {
			raw, err := src.arc.tile(context.Background(), k.z, k.x, k.y)
			if err != nil {
				t.Fatal(err)
			}
			if len(raw) == 0 {
				continue
			}
			if bytes.HasPrefix(raw, []byte{0x1f, 0x8b}) {
				if raw, err = gunzip(raw); err != nil {
					t.Fatal(err)
				}
			}
			keys, tiles = append(keys, k), append(tiles, raw)
		}
	}
	return keys, tiles
}

// TestReadTileAsOrb reads every tile of the go-pmtiles fixture at each
// detail and checks that readTile gives what orb's mvt.Unmarshal and the
// simplifier give: the same layers, features, ids, properties and points.
func TestReadTileAsOrb(t *testing.T) {
	keys, tiles := fixtureTiles(t)
	if len(tiles) < 50 {
		t.Fatalf("%d tiles in the fixture", len(tiles))
	}
	var td tileDecoder
	features := 0
	for i, raw := range tiles {
		k := keys[i]
		for detail := uint32(0); detail <= MaxDetail; detail++ {
			name := fmt.Sprintf("tile %d/%d/%d detail %d", k.z, k.x, k.y, detail)
			got, err := td.readTile(raw, detail)
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			want, err := unmarshal(raw)
			if err != nil {
				t.Fatalf("%s: orb: %v", name, err)
			}
			var s simplifier
			for _, l := range want {
				s.tol = tolerance(l.Extent, detail)
				for _, f := range l.Features {
					f.Geometry = s.geometry(f.Geometry)
				}
			}
			if len(got) != len(want) {
				t.Fatalf("%s: %d layers, orb %d", name, len(got), len(want))
			}
			for j := range got {
				g, w := got[j], want[j]
				if g.Name != w.Name || g.Extent != w.Extent || g.Version != w.Version || len(g.Features) != len(w.Features) {
					t.Fatalf("%s: layer %s/%d/%d with %d features, orb %s/%d/%d with %d", name, g.Name, g.Extent, g.Version, len(g.Features), w.Name, w.Extent, w.Version, len(w.Features))
				}
				for n := range g.Features {
					gf, wf := g.Features[n], w.Features[n]
					if !reflect.DeepEqual(gf.ID, wf.ID) || !reflect.DeepEqual(gf.Properties, wf.Properties) {
						t.Fatalf("%s feature %d: id %v props %v, orb %v %v", name, n, gf.ID, gf.Properties, wf.ID, wf.Properties)
					}
					if !reflect.DeepEqual(gf.Geometry, wf.Geometry) {
						t.Fatalf("%s feature %d: %d points (%T), orb %d (%T)", name, n, countPoints(gf.Geometry), gf.Geometry, countPoints(wf.Geometry), wf.Geometry)
					}
					features++
				}
			}
		}
	}
	t.Logf("%d tiles, %d features read as orb reads them", len(tiles), features)
}

// TestReadTileMalformed: cut or garbled tiles are errors, never panics.
func TestReadTileMalformed(t *testing.T) {
	_, tiles := fixtureTiles(t)
	raw := tiles[len(tiles)/2]
	var td tileDecoder
	for _, c := range []struct {
		name string
		data []byte
	}{
		{"cut in half", raw[:len(raw)/2]},
		{"cut short by one byte", raw[:len(raw)-1]},
		// a polygon's LineTo of 100 points, two of them given
		{"a ring cut short", []byte{0x1a, 0x13, 0x0a, 0x01, 'a', 0x12, 0x0b, 0x18, 0x03, 0x22, 0x07, 0x09, 0x02, 0x02, 0xa2, 0x06, 0x02, 0x02, 0x28, 0x80, 0x20}},
		{"a layer of nothing", []byte{0x1a, 0x05, 0x12, 0x03, 0x18, 0x03, 0x22}},
	} {
		if _, err := td.readTile(c.data, 0); err == nil {
			t.Errorf("%s: no error", c.name)
		}
	}
}
