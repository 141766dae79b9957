package layer

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"

	"github.com/paulmach/orb"
)

// A FlatGeobuf file's spatial index is a packed Hilbert R-tree: every
// node a box (four float64) and an offset (uint64), 40 bytes, stored level
// by level from the root, with the leaves (one per feature, in the order
// of the features) last. A leaf's offset is its feature's byte offset
// from the start of the features; an inner node's is the position of its
// first child among the nodes, and its children are the nodeSize nodes
// from there (fewer at the end of a level).

// errNoIndex says a FlatGeobuf file cannot be searched by its index: it
// has none, or its boxes are not in longitude and latitude.
var errNoIndex = errors.New("no spatial index in longitude and latitude")

// fgbNodeBytes is the size of one node of the index.
const fgbNodeBytes = 40

// readFGBBound reads from r (a FlatGeobuf file of size bytes) only the
// features its spatial index finds in opt.Bound: the header, the index
// nodes whose boxes meet the bound and those features, never the whole
// file. It returns errNoIndex when the file has no index to search.
func readFGBBound(ctx context.Context, r io.ReaderAt, size int64, name string, opt Options) (*Layer, error) {
	var pre [12]byte
	if _, err := r.ReadAt(pre[:], 0); err != nil {
		return nil, errors.New("not a FlatGeobuf file (shorter than its magic number and header size)")
	}
	hlen := int64(binary.LittleEndian.Uint32(pre[8:]))
	if hlen < 4 || 12+hlen > size {
		return nil, fmt.Errorf("FlatGeobuf header of %d bytes in a file of %d (is the file truncated?)", hlen, size)
	}
	head := make([]byte, 12+hlen)
	if _, err := r.ReadAt(head, 0); err != nil {
		return nil, fmt.Errorf("read the FlatGeobuf header: %w", err)
	}
	hd, err := readFGBHeader(head)
	if err != nil {
		return nil, err
	}
	isize := int64(fgbIndexSize(hd.count, hd.nodeSize))
	if isize == 0 || !hd.tr.Geographic() {
		return nil, errNoIndex
	}
	if int64(hd.size)+isize > size {
		return nil, fmt.Errorf("FlatGeobuf index of %d bytes runs past the end of the file (is it truncated?)", isize)
	}
	offsets, err := fgbSearch(ctx, io.NewSectionReader(r, int64(hd.size), isize), hd.count, hd.nodeSize, opt.Bound)
	if err != nil {
		return nil, err
	}
	var (
		recs  []record
		ts    tallies
		notes []Skip
		buf   []byte
	)
	start := int64(hd.size) + isize
	for i, off := range offsets {
		if i%1024 == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		at := start + int64(off)
		var n [4]byte
		if at+4 > size {
			notes = append(notes, Skip{-1, fmt.Sprintf("the index points past the end of the file (feature at byte %d)", at)})
			break
		}
		if _, err := r.ReadAt(n[:], at); err != nil {
			return nil, fmt.Errorf("read feature at byte %d: %w", at, err)
		}
		fl := int64(binary.LittleEndian.Uint32(n[:]))
		if fl < 4 || at+4+fl > size {
			notes = append(notes, Skip{-1, fmt.Sprintf("FlatGeobuf is truncated in the feature at byte %d", at)})
			continue
		}
		buf = slices.Grow(buf[:0], int(fl))[:fl]
		if _, err := r.ReadAt(buf, at+4); err != nil {
			return nil, fmt.Errorf("read feature at byte %d: %w", at, err)
		}
		// record keeps nothing of buf: geometry and properties are copied
		if rec, ok := hd.record(buf, i, &ts); ok {
			recs = append(recs, rec)
		}
	}
	return hd.finish(name, recs, ts, notes, opt)
}

// fgbSearch walks the index (read through r) from the root and returns
// the byte offsets, sorted, of the features whose boxes meet b.
func fgbSearch(ctx context.Context, r io.ReaderAt, count uint64, nodeSize int, b orb.Bound) ([]uint64, error) {
	// the levels' [start, end) among the nodes, leaves first
	type span struct{ start, end uint64 }
	var levels []span
	n, total := count, count
	sizes := []uint64{n}
	for n != 1 {
		n = (n + uint64(nodeSize) - 1) / uint64(nodeSize)
		total += n
		sizes = append(sizes, n)
	}
	at := total
	for _, s := range sizes {
		at -= s
		levels = append(levels, span{at, at + s})
	}
	leaves := total - count
	type item struct {
		node  uint64
		level int
	}
	queue := []item{{0, len(levels) - 1}}
	var out []uint64
	buf := make([]byte, nodeSize*fgbNodeBytes)
	for len(queue) > 0 {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		it := queue[len(queue)-1]
		queue = queue[:len(queue)-1]
		end := min(it.node+uint64(nodeSize), levels[it.level].end)
		if it.node >= end {
			return nil, fmt.Errorf("the FlatGeobuf index is damaged (node %d outside its level)", it.node)
		}
		nb := buf[:(end-it.node)*fgbNodeBytes]
		if _, err := r.ReadAt(nb, int64(it.node)*fgbNodeBytes); err != nil {
			return nil, fmt.Errorf("read the FlatGeobuf index: %w", err)
		}
		for k := range end - it.node {
			e := nb[k*fgbNodeBytes:]
			f := func(i int) float64 { return math.Float64frombits(binary.LittleEndian.Uint64(e[8*i:])) }
			box := orb.Bound{Min: orb.Point{f(0), f(1)}, Max: orb.Point{f(2), f(3)}}
			if !box.Intersects(b) {
				continue
			}
			off := binary.LittleEndian.Uint64(e[32:])
			if it.node+k >= leaves {
				out = append(out, off)
			} else if it.level > 0 && off < total {
				queue = append(queue, item{off, it.level - 1})
			} else {
				return nil, fmt.Errorf("the FlatGeobuf index is damaged (child %d of node %d)", off, it.node+k)
			}
		}
	}
	slices.Sort(out)
	return out, nil
}
