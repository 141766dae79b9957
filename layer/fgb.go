package layer

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"strconv"

	"github.com/paulmach/orb"

	"newsatlas/layer/crs"
)

// FlatGeobuf (flatgeobuf.org, version 3): a magic number, a size-prefixed
// FlatBuffers Header (columns, geometry type, CRS), an optional packed
// Hilbert R-tree, then size-prefixed Features, each a geometry (flat xy
// with the ends of its rings or parts) and properties (a column index and
// a value, in the column's type). Load reads every feature, so the index
// is skipped over, not searched. Z, M and T are dropped. Written here:
// the Go FlatGeobuf package lives in the format's own repository, which
// the module proxy does not serve.

// fgbMagic begins every FlatGeobuf file (the last byte is the patch
// version, any).
var fgbMagic = []byte("fgb\x03fgb")

// FlatGeobuf's geometry types.
const (
	fgbUnknown = iota
	fgbPoint
	fgbLineString
	fgbPolygon
	fgbMultiPoint
	fgbMultiLineString
	fgbMultiPolygon
	fgbCollection
)

// fgbColumn is one column of the header.
type fgbColumn struct {
	name string
	typ  uint8
}

// fgbHeader is what the header of a FlatGeobuf file says.
type fgbHeader struct {
	size     int // of the magic number, the header's length and the header
	gtype    uint8
	cols     []fgbColumn
	count    uint64
	nodeSize int
	tr       crs.Transform
}

// readFGBHeader reads the header at the start of data, which must hold it
// whole.
func readFGBHeader(data []byte) (*fgbHeader, error) {
	if len(data) < 12 || !bytes.HasPrefix(data, fgbMagic) {
		return nil, errors.New("not a FlatGeobuf file (no fgb magic number)")
	}
	hlen := int(binary.LittleEndian.Uint32(data[8:]))
	if hlen < 4 || 12+hlen > len(data) {
		return nil, fmt.Errorf("FlatGeobuf header of %d bytes in a file of %d (is the file truncated?)", hlen, len(data))
	}
	h := &fbuf{b: data[12 : 12+hlen]}
	root := h.root()
	hd := &fgbHeader{size: 12 + hlen, gtype: h.uint8At(root, 2, 0), count: h.uint64At(root, 8), nodeSize: int(h.uint16At(root, 9, 16))}
	for _, c := range h.tables(root, 7) {
		hd.cols = append(hd.cols, fgbColumn{h.str(c, 0), h.uint8At(c, 1, 0)})
	}
	tr, err := fgbCRS(h, h.ref(root, 10))
	if h.bad {
		return nil, errors.New("the FlatGeobuf header is damaged")
	}
	if err != nil {
		return nil, fmt.Errorf("%w; reproject it: ogr2ogr -t_srs EPSG:4326 out.fgb in.fgb", err)
	}
	hd.tr = tr
	return hd, nil
}

// record decodes the i-th feature read (b, without its size prefix),
// tallying a damaged one in ts.
func (hd *fgbHeader) record(b []byte, i int, ts *tallies) (record, bool) {
	f := &fbuf{b: b}
	ft := f.root()
	var g orb.Geometry
	if gt := f.ref(ft, 0); gt != 0 {
		g = fgbGeometry(f, gt, hd.gtype, 0)
	}
	ps := fgbProps(f, f.bytesAt(ft, 1), hd.cols)
	if f.bad {
		ts.add("damaged", fmt.Sprintf("feature %d", i+1), "an offset or length runs outside it")
		return record{}, false
	}
	return record{closeRings(hd.tr.Geometry(g)), ps}, true
}

// readFGB reads a FlatGeobuf file.
func readFGB(name string, data []byte, opt Options) (*Layer, error) {
	hd, err := readFGBHeader(data)
	if err != nil {
		return nil, err
	}
	at := hd.size + fgbIndexSize(hd.count, hd.nodeSize)
	var (
		recs  []record
		ts    tallies
		notes []Skip
	)
	for i := 0; at < len(data); i++ {
		if at+4 > len(data) {
			notes = append(notes, Skip{-1, fmt.Sprintf("FlatGeobuf is truncated after feature %d", i)})
			break
		}
		n := int(binary.LittleEndian.Uint32(data[at:]))
		if n < 4 || at+4+n > len(data) {
			notes = append(notes, Skip{-1, fmt.Sprintf("FlatGeobuf is truncated in feature %d: the rest of the file is not read", i+1)})
			break
		}
		if r, ok := hd.record(data[at+4:at+4+n], i, &ts); ok {
			recs = append(recs, r)
		}
		at += 4 + n
	}
	if hd.count > 0 && uint64(len(recs)) != hd.count && len(ts.order) == 0 && len(notes) == 0 {
		notes = append(notes, Skip{-1, fmt.Sprintf("the header counts %d features, the file holds %d", hd.count, len(recs))})
	}
	return hd.finish(name, recs, ts, notes, opt)
}

// finish makes the layer of the records read.
func (hd *fgbHeader) finish(name string, recs []record, ts tallies, notes []Skip, opt Options) (*Layer, error) {
	notes = append(notes, ts.skips("feature")...)
	if hd.tr.Note != "" {
		notes = append(notes, Skip{-1, hd.tr.Note})
	}
	if msg := notLonLat(recs); msg != "" {
		return nil, fmt.Errorf("%s; is its CRS right?", msg)
	}
	if len(recs) == 0 {
		if len(notes) > 0 {
			return nil, fmt.Errorf("no usable feature (%s)", notes[0].Reason)
		}
		if opt.Bound != (orb.Bound{}) {
			return fromRecords(name, nil, nil, opt), nil
		}
		return nil, errors.New("no feature in it")
	}
	return fromRecords(name, recs, notes, opt), nil
}

// fgbIndexSize is the size of the packed R-tree of count items with
// nodes of nodeSize: every level's nodes, 40 bytes each (a box of four
// doubles and an offset).
func fgbIndexSize(count uint64, nodeSize int) int {
	if nodeSize < 2 || count == 0 {
		return 0
	}
	n, nodes := count, count
	for n != 1 {
		n = (n + uint64(nodeSize) - 1) / uint64(nodeSize)
		nodes += n
	}
	return int(nodes * 40)
}

// fgbCRS is the header's CRS (table at c, 0 for none): by EPSG code, or
// by its WKT.
func fgbCRS(h *fbuf, c int) (crs.Transform, error) {
	if c == 0 {
		return crs.Transform{}, nil
	}
	org, code, wkt := h.str(c, 0), h.int32At(c, 1), h.str(c, 4)
	if code == 0 || code == 4326 {
		if wkt == "" || code == 4326 {
			return crs.Transform{}, nil
		}
		return crs.ParseWKT(wkt)
	}
	if org == "" || org == "EPSG" || org == "epsg" {
		tr, err := crs.FromEPSG(int(code), "EPSG:"+strconv.Itoa(int(code)))
		if err == nil || wkt == "" {
			return tr, err
		}
	}
	return crs.ParseWKT(wkt)
}

// fgbGeometry reads the Geometry table at g; typ is the header's type,
// or Unknown when each geometry says its own.
func fgbGeometry(f *fbuf, g int, typ uint8, depth int) orb.Geometry {
	if t := f.uint8At(g, 6, 0); t != fgbUnknown {
		typ = t
	}
	if depth > 8 {
		f.bad = true
		return nil
	}
	xy := f.float64s(g, 1)
	ends := f.uint32s(g, 0)
	pts := make([]orb.Point, len(xy)/2)
	for i := range pts {
		pts[i] = orb.Point{xy[2*i], xy[2*i+1]}
	}
	// parts splits pts at ends (indices of points, each the end of one).
	parts := func() [][]orb.Point {
		if len(ends) == 0 {
			return [][]orb.Point{pts}
		}
		var out [][]orb.Point
		lo := 0
		for _, e := range ends {
			hi := int(e)
			if hi < lo || hi > len(pts) {
				f.bad = true
				return nil
			}
			out = append(out, pts[lo:hi:hi])
			lo = hi
		}
		return out
	}
	switch typ {
	case fgbPoint:
		if len(pts) == 0 {
			return nil
		}
		return pts[0]
	case fgbMultiPoint:
		return orb.MultiPoint(pts)
	case fgbLineString:
		return orb.LineString(pts)
	case fgbMultiLineString:
		var ml orb.MultiLineString
		for _, p := range parts() {
			ml = append(ml, p)
		}
		return ml
	case fgbPolygon:
		var poly orb.Polygon
		for _, p := range parts() {
			poly = append(poly, orb.Ring(p))
		}
		return poly
	case fgbMultiPolygon, fgbCollection:
		var sub []orb.Geometry
		each := uint8(fgbUnknown) // a collection's parts say their type
		if typ == fgbMultiPolygon {
			each = fgbPolygon
		}
		for _, p := range f.tables(g, 7) {
			if s := fgbGeometry(f, p, each, depth+1); s != nil {
				sub = append(sub, s)
			}
		}
		if typ == fgbCollection {
			return orb.Collection(sub)
		}
		var mp orb.MultiPolygon
		for _, s := range sub {
			if p, ok := s.(orb.Polygon); ok {
				mp = append(mp, p)
			}
		}
		return mp
	}
	f.bad = true
	return nil
}

// fgbProps decodes a feature's properties: each a column index (ushort)
// and a value in that column's type.
func fgbProps(f *fbuf, b []byte, cols []fgbColumn) props {
	ps := make(props, 0, len(cols))
	for i := 0; i < len(b); {
		if i+2 > len(b) {
			f.bad = true
			break
		}
		c := int(binary.LittleEndian.Uint16(b[i:]))
		i += 2
		if c >= len(cols) {
			f.bad = true
			break
		}
		col := cols[c]
		size := [...]int{1, 1, 1, 2, 2, 4, 4, 8, 8, 4, 8}
		if int(col.typ) < len(size) {
			n := size[col.typ]
			if i+n > len(b) {
				f.bad = true
				break
			}
			v := b[i : i+n]
			i += n
			le := binary.LittleEndian
			switch col.typ {
			case 0:
				ps = append(ps, integer(col.name, int64(int8(v[0]))))
			case 1:
				ps = append(ps, integer(col.name, int64(v[0])))
			case 2:
				ps = append(ps, boolean(col.name, v[0] != 0))
			case 3:
				ps = append(ps, integer(col.name, int64(int16(le.Uint16(v)))))
			case 4:
				ps = append(ps, integer(col.name, int64(le.Uint16(v))))
			case 5:
				ps = append(ps, integer(col.name, int64(int32(le.Uint32(v)))))
			case 6:
				ps = append(ps, integer(col.name, int64(le.Uint32(v))))
			case 7:
				ps = append(ps, integer(col.name, int64(le.Uint64(v))))
			case 8:
				ps = append(ps, prop{col.name, strconv.FormatUint(le.Uint64(v), 10), true})
			case 9:
				ps = append(ps, num(col.name, float64(math.Float32frombits(le.Uint32(v)))))
			case 10:
				ps = append(ps, num(col.name, math.Float64frombits(le.Uint64(v))))
			}
			continue
		}
		// String, Json, DateTime, Binary: a length, then the bytes.
		if i+4 > len(b) {
			f.bad = true
			break
		}
		n := int(binary.LittleEndian.Uint32(b[i:]))
		i += 4
		if n < 0 || i+n > len(b) {
			f.bad = true
			break
		}
		v := b[i : i+n]
		i += n
		switch col.typ {
		case 14:
			ps = append(ps, str(col.name, fmt.Sprintf("(%d bytes of binary data)", n)))
		default:
			ps = append(ps, str(col.name, toValidUTF8(string(v))))
		}
	}
	return ps
}
