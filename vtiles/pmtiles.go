package vtiles

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"sort"

	"github.com/paulmach/orb"
)

// PMTiles v3 (https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md)
// is read here rather than through github.com/protomaps/go-pmtiles: that
// module's reader sits in a package that imports gocloud.dev's blob
// drivers (AWS, Azure and Google Cloud SDKs, gRPC, OpenTelemetry): 1,609
// edges in `go mod graph` and 437 go.sum lines for a header, a varint
// directory and a Hilbert curve, a few hundred lines here.

const (
	pmHeaderLen = 127
	pmMaxDepth  = 4 // root and up to three levels of leaves, more than the spec's writers make
)

// compression codes of the header.
const (
	compUnknown = 0
	compNone    = 1
	compGzip    = 2
)

// pmHeader is the part of the fixed header the reader uses.
type pmHeader struct {
	rootOff, rootLen   uint64
	metaOff, metaLen   uint64
	leafOff, leafLen   uint64
	dataOff, dataLen   uint64
	addressed          uint64
	internalComp       byte
	tileComp, tileType byte
	minZoom, maxZoom   byte
	bound              orb.Bound
}

// pmEntry is one directory entry: a run of tiles, or a leaf directory
// when run is 0.
type pmEntry struct {
	id, off uint64
	length  uint32
	run     uint32
}

// pmtiles is an open PMTiles archive over a range reader.
type pmtiles struct {
	r    ranger
	h    pmHeader
	root []pmEntry
	m    meta
	// leaves caches the leaf directories read, by offset.
	leaves *lru[uint64, []pmEntry]
}

// openPMTiles reads the header, the root directory and the metadata.
func openPMTiles(ctx context.Context, r ranger) (*pmtiles, error) {
	size := r.size()
	if size >= 0 && size < pmHeaderLen {
		return nil, fmt.Errorf("not a PMTiles file: %d bytes, shorter than the %d-byte header", size, pmHeaderLen)
	}
	b, err := r.read(ctx, 0, pmHeaderLen)
	if err != nil {
		return nil, err
	}
	h, err := parseHeader(b)
	if err != nil {
		return nil, err
	}
	if size >= 0 {
		for _, s := range []struct {
			what     string
			off, len uint64
		}{{"root directory", h.rootOff, h.rootLen}, {"metadata", h.metaOff, h.metaLen}, {"leaf directories", h.leafOff, h.leafLen}, {"tile data", h.dataOff, h.dataLen}} {
			if s.off+s.len > uint64(size) {
				return nil, fmt.Errorf("truncated PMTiles: the %s ends at byte %d of a %d-byte file", s.what, s.off+s.len, size)
			}
		}
	}
	p := &pmtiles{r: r, h: h, leaves: newLRU[uint64, []pmEntry](64)}
	if p.root, err = p.directory(ctx, h.rootOff, h.rootLen); err != nil {
		return nil, fmt.Errorf("root directory: %w", err)
	}
	p.m = meta{format: "PMTiles v3", minZoom: uint32(h.minZoom), maxZoom: uint32(h.maxZoom), bound: h.bound, tiles: int64(h.addressed)}
	if h.metaLen > 0 {
		raw, err := p.section(ctx, h.metaOff, h.metaLen)
		if err != nil {
			return nil, fmt.Errorf("metadata: %w", err)
		}
		var md struct {
			VectorLayers []struct {
				ID string `json:"id"`
			} `json:"vector_layers"`
		}
		if err := json.Unmarshal(raw, &md); err != nil {
			p.m.notes = append(p.m.notes, fmt.Sprintf("metadata is not JSON (%v): source layers named by the tiles", err))
		}
		for _, l := range md.VectorLayers {
			p.m.layers = append(p.m.layers, l.ID)
		}
	}
	return p, nil
}

// parseHeader reads the 127-byte header.
func parseHeader(b []byte) (pmHeader, error) {
	var h pmHeader
	if len(b) < pmHeaderLen || string(b[:7]) != "PMTiles" {
		return h, errors.New("not a PMTiles file (no PMTiles magic number)")
	}
	if b[7] != 3 {
		return h, fmt.Errorf("PMTiles version %d: only version 3 is read (convert it: pmtiles convert old.pmtiles new.pmtiles)", b[7])
	}
	u := func(i int) uint64 { return binary.LittleEndian.Uint64(b[i:]) }
	deg := func(i int) float64 { return float64(int32(binary.LittleEndian.Uint32(b[i:]))) / 1e7 }
	h = pmHeader{
		rootOff: u(8), rootLen: u(16), metaOff: u(24), metaLen: u(32),
		leafOff: u(40), leafLen: u(48), dataOff: u(56), dataLen: u(64),
		addressed:    u(72),
		internalComp: b[97], tileComp: b[98], tileType: b[99],
		minZoom: b[100], maxZoom: b[101],
		bound: orb.Bound{Min: orb.Point{deg(102), deg(106)}, Max: orb.Point{deg(110), deg(114)}},
	}
	if h.tileType != 1 && h.tileType != 0 {
		return h, fmt.Errorf("PMTiles of %s tiles: only vector tiles (MVT) are read", tileTypeName(h.tileType))
	}
	for _, c := range []byte{h.internalComp, h.tileComp} {
		if c != compNone && c != compGzip && c != compUnknown {
			return h, fmt.Errorf("PMTiles compressed with %s: only gzip or none is read (pmtiles convert can rewrite it)", compName(c))
		}
	}
	if h.maxZoom < h.minZoom || h.maxZoom > 30 {
		return h, fmt.Errorf("PMTiles header: zoom range %d-%d is not usable", h.minZoom, h.maxZoom)
	}
	return h, nil
}

func tileTypeName(t byte) string {
	switch t {
	case 2:
		return "PNG"
	case 3:
		return "JPEG"
	case 4:
		return "WebP"
	case 5:
		return "AVIF"
	}
	return fmt.Sprintf("type %d", t)
}

func compName(c byte) string {
	switch c {
	case 3:
		return "brotli"
	case 4:
		return "zstd"
	}
	return fmt.Sprintf("code %d", c)
}

// section reads a part of the file and undoes the internal compression.
func (p *pmtiles) section(ctx context.Context, off, n uint64) ([]byte, error) {
	if n > 64<<20 {
		return nil, fmt.Errorf("%d bytes at %d: too big for a directory or metadata", n, off)
	}
	b, err := p.r.read(ctx, int64(off), int64(n))
	if err != nil {
		return nil, err
	}
	if p.h.internalComp == compGzip {
		return gunzip(b)
	}
	return b, nil
}

// directory reads and decodes the directory at off.
func (p *pmtiles) directory(ctx context.Context, off, n uint64) ([]pmEntry, error) {
	b, err := p.section(ctx, off, n)
	if err != nil {
		return nil, err
	}
	return decodeDirectory(b)
}

// decodeDirectory reads the varint columns of a directory: ids as
// deltas, run lengths, lengths, then offsets (0 meaning right after the
// previous entry's bytes).
func decodeDirectory(b []byte) ([]pmEntry, error) {
	r := bytes.NewReader(b)
	next := func() (uint64, error) {
		v, err := binary.ReadUvarint(r)
		if err != nil {
			return 0, errors.New("directory is cut short")
		}
		return v, nil
	}
	n, err := next()
	if err != nil {
		return nil, err
	}
	if n > uint64(len(b)) { // each entry takes at least four bytes
		return nil, fmt.Errorf("directory claims %d entries in %d bytes", n, len(b))
	}
	es := make([]pmEntry, n)
	var id uint64
	for i := range es {
		d, err := next()
		if err != nil {
			return nil, err
		}
		id += d
		es[i].id = id
	}
	for i := range es {
		v, err := next()
		if err != nil {
			return nil, err
		}
		es[i].run = uint32(v)
	}
	for i := range es {
		v, err := next()
		if err != nil {
			return nil, err
		}
		es[i].length = uint32(v)
	}
	for i := range es {
		v, err := next()
		if err != nil {
			return nil, err
		}
		if v == 0 && i > 0 {
			es[i].off = es[i-1].off + uint64(es[i-1].length)
		} else {
			es[i].off = v - 1
		}
	}
	return es, nil
}

// find is the entry of dir holding id, or false.
func find(dir []pmEntry, id uint64) (pmEntry, bool) {
	i := sort.Search(len(dir), func(i int) bool { return dir[i].id > id }) - 1
	if i < 0 {
		return pmEntry{}, false
	}
	e := dir[i]
	if e.run == 0 || id < e.id+uint64(e.run) {
		return e, true
	}
	return pmEntry{}, false
}

func (p *pmtiles) tile(ctx context.Context, z, x, y uint32) ([]byte, error) {
	id := tileID(z, x, y)
	dir := p.root
	for depth := 0; depth < pmMaxDepth; depth++ {
		e, ok := find(dir, id)
		if !ok {
			return nil, nil
		}
		if e.run > 0 {
			if e.off+uint64(e.length) > p.h.dataLen {
				return nil, fmt.Errorf("tile %d/%d/%d lies past the end of the tile data", z, x, y)
			}
			return p.r.read(ctx, int64(p.h.dataOff+e.off), int64(e.length))
		}
		leaf, ok := p.leaves.get(e.off)
		if !ok {
			if e.off+uint64(e.length) > p.h.leafLen {
				return nil, fmt.Errorf("leaf directory at %d lies past the end of the leaf section", e.off)
			}
			var err error
			if leaf, err = p.directory(ctx, p.h.leafOff+e.off, uint64(e.length)); err != nil {
				return nil, fmt.Errorf("leaf directory at %d: %w", e.off, err)
			}
			p.leaves.put(e.off, leaf)
		}
		dir = leaf
	}
	return nil, fmt.Errorf("tile %d/%d/%d: directories nest deeper than %d levels", z, x, y, pmMaxDepth)
}

func (p *pmtiles) meta() meta   { return p.m }
func (p *pmtiles) close() error { return p.r.close() }

// tileID is the tile's place on the spec's Hilbert curve, counted over
// all lower zoom levels first.
func tileID(z, x, y uint32) uint64 {
	acc := (uint64(1)<<(2*z) - 1) / 3
	for s := uint32(1) << z >> 1; s > 0; s >>= 1 {
		rx, ry := x&s, y&s
		acc += uint64(s) * uint64(s) * uint64((3*b2u(rx))^b2u(ry))
		if ry == 0 {
			if rx != 0 {
				x, y = s-1-x, s-1-y
			}
			x, y = y, x
		}
	}
	return acc
}

func b2u(v uint32) uint32 {
	if v != 0 {
		return 1
	}
	return 0
}

// gunzip undoes gzip compression.
func gunzip(b []byte) ([]byte, error) {
	var u unzipper
	return u.gunzip(b)
}

// maxUnzipped bounds what one tile or directory may unzip to.
const maxUnzipped = 256 << 20

// unzipper undoes gzip compression, keeping its decompressor (some 40 KB
// of tables and window) from one call to the next. It is not for use by
// several goroutines at once.
type unzipper struct{ zr *gzip.Reader }

// gunzip undoes gzip compression into a slice of the size the stream's
// trailer gives, so that it is allocated once.
func (u *unzipper) gunzip(b []byte) ([]byte, error) {
	var err error
	if u.zr == nil {
		u.zr, err = gzip.NewReader(bytes.NewReader(b))
	} else {
		err = u.zr.Reset(bytes.NewReader(b))
	}
	if err != nil {
		return nil, fmt.Errorf("not gzip data (%v)", err)
	}
	// The trailer's last four bytes are the length unzipped (modulo
	// 2^32): only a hint, which a corrupt stream may get wrong.
	size := 0
	if len(b) >= 18 {
		size = int(binary.LittleEndian.Uint32(b[len(b)-4:]))
	}
	out := make([]byte, 0, min(size, 64*len(b), maxUnzipped)+1)
	for {
		if len(out) == cap(out) {
			if len(out) > maxUnzipped {
				return nil, fmt.Errorf("gzip data unzips to more than %d MB", maxUnzipped>>20)
			}
			out = slices.Grow(out, min(len(out), maxUnzipped+1-len(out)))
		}
		n, err := u.zr.Read(out[len(out):cap(out)])
		out = out[:len(out)+n]
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, fmt.Errorf("gzip data is corrupt (%v)", err)
		}
	}
}
