package layer

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"
)

// The geometry of a Shapefile (.shp), as ESRI's technical description of
// 1998 lays it out: a 100-byte header, then records of a big-endian
// number and length and a little-endian shape. Points, multipoints,
// polylines and polygons are read, with their Z and M variants (Z and M
// dropped); a polygon's rings are outers when clockwise and holes when
// counter-clockwise, each hole given to the outer that holds it.
//
// It is written here because no Shapefile reader for Go is served by the
// module proxy this project can reach (github.com/jonas-p/go-shp, the one
// most used, is not), and the format is small.

// shpShape is one record's place in the file.
type shpShape struct {
	num     int // the record number the file gives (from 1)
	content []byte
}

// shpRecords splits the file into its records without reading them, so
// that they can be read on all cores. A record that runs past the end of
// the file stops the split and is reported.
func shpRecords(data []byte) ([]shpShape, []Skip, error) {
	if len(data) < 100 {
		return nil, nil, fmt.Errorf(".shp is %d bytes, shorter than its 100-byte header", len(data))
	}
	if code := binary.BigEndian.Uint32(data[0:4]); code != 9994 {
		return nil, nil, errors.New("not a Shapefile (.shp without its file code 9994)")
	}
	var (
		recs  []shpShape
		notes []Skip
	)
	for p := 100; p < len(data); {
		if p+8 > len(data) {
			notes = append(notes, Skip{-1, fmt.Sprintf(".shp is truncated after record %d (%d stray bytes)", len(recs), len(data)-p)})
			break
		}
		num := int(binary.BigEndian.Uint32(data[p:]))
		n := int(binary.BigEndian.Uint32(data[p+4:])) * 2
		if n < 4 || p+8+n > len(data) {
			notes = append(notes, Skip{-1, fmt.Sprintf(".shp is truncated in record %d: the rest of the file is not read", len(recs)+1)})
			break
		}
		recs = append(recs, shpShape{num, data[p+8 : p+8+n]})
		p += 8 + n
	}
	return recs, notes, nil
}

// shpGeometry reads one record's shape: nil for a null shape, or an error
// saying why it cannot be read.
func shpGeometry(b []byte) (orb.Geometry, error) {
	le := binary.LittleEndian
	typ := le.Uint32(b)
	f := func(at int) float64 { return math.Float64frombits(le.Uint64(b[at:])) }
	need := func(n int) error {
		if len(b) < n {
			return fmt.Errorf("shape of type %d is cut short (%d bytes, want %d)", typ, len(b), n)
		}
		return nil
	}
	switch typ {
	case 0:
		return nil, nil
	case 1, 11, 21: // Point, PointZ, PointM
		if err := need(20); err != nil {
			return nil, err
		}
		return orb.Point{f(4), f(12)}, nil
	case 8, 18, 28: // MultiPoint
		if err := need(40); err != nil {
			return nil, err
		}
		n := int(le.Uint32(b[36:]))
		if n < 0 || n > (len(b)-40)/16 {
			return nil, fmt.Errorf("multipoint of %d points in %d bytes", n, len(b))
		}
		mp := make(orb.MultiPoint, n)
		for i := range mp {
			mp[i] = orb.Point{f(40 + 16*i), f(48 + 16*i)}
		}
		return mp, nil
	case 3, 13, 23, 5, 15, 25: // PolyLine, Polygon
		if err := need(44); err != nil {
			return nil, err
		}
		parts, points := int(le.Uint32(b[36:])), int(le.Uint32(b[40:]))
		start := 44 + 4*parts
		if parts < 1 || points < 0 || parts > len(b)/4 || points > len(b)/16 || start+16*points > len(b) {
			return nil, fmt.Errorf("shape of %d parts and %d points in %d bytes", parts, points, len(b))
		}
		pts := make([]orb.Point, points)
		for i := range pts {
			pts[i] = orb.Point{f(start + 16*i), f(start + 16*i + 8)}
		}
		var lines [][]orb.Point
		for i := 0; i < parts; i++ {
			lo, hi := int(le.Uint32(b[44+4*i:])), points
			if i+1 < parts {
				hi = int(le.Uint32(b[44+4*(i+1):]))
			}
			if lo < 0 || lo > hi || hi > points {
				return nil, fmt.Errorf("part %d runs from point %d to %d of %d", i, lo, hi, points)
			}
			if hi > lo {
				lines = append(lines, pts[lo:hi:hi])
			}
		}
		if len(lines) == 0 {
			return nil, nil
		}
		if typ%10 == 3 {
			if len(lines) == 1 {
				return orb.LineString(lines[0]), nil
			}
			ml := make(orb.MultiLineString, len(lines))
			for i, l := range lines {
				ml[i] = l
			}
			return ml, nil
		}
		return shpPolygons(lines), nil
	case 31:
		return nil, errors.New("a MultiPatch (3D surface), which this app does not draw")
	}
	return nil, fmt.Errorf("shape type %d is not a Shapefile type", typ)
}

// shpPolygons groups rings into polygons: a clockwise ring starts one, a
// counter-clockwise ring is a hole in the outer that holds its first
// point (or, if none does, an outer of its own, as a file wound the wrong
// way is still drawn).
func shpPolygons(rings [][]orb.Point) orb.Geometry {
	var polys orb.MultiPolygon
	var holes []orb.Ring
	for _, pts := range rings {
		r := closeRing(orb.Ring(pts))
		if len(r) < 4 {
			continue
		}
		if r.Orientation() != orb.CCW { // clockwise: an outer
			polys = append(polys, orb.Polygon{r})
		} else {
			holes = append(holes, r)
		}
	}
	for _, h := range holes {
		placed := false
		for i := range polys {
			if planar.RingContains(polys[i][0], h[0]) {
				polys[i] = append(polys[i], h)
				placed = true
				break
			}
		}
		if !placed {
			polys = append(polys, orb.Polygon{h})
		}
	}
	switch len(polys) {
	case 0:
		return nil
	case 1:
		return polys[0]
	}
	return polys
}
