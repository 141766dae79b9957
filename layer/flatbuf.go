package layer

import (
	"encoding/binary"
	"math"
)

// fbuf reads tables of a FlatBuffers buffer, as FlatGeobuf stores its
// header and features, with every offset checked: a bad one sets bad and
// reads as zero, so a damaged file is reported, never a panic. Only what
// FlatGeobuf needs is here: tables, scalars, strings and vectors.
type fbuf struct {
	b   []byte
	bad bool
}

// u32 reads a little-endian uint32 at i.
func (f *fbuf) u32(i int) uint32 {
	if i < 0 || i+4 > len(f.b) {
		f.bad = true
		return 0
	}
	return binary.LittleEndian.Uint32(f.b[i:])
}

// u16 reads a little-endian uint16 at i.
func (f *fbuf) u16(i int) uint16 {
	if i < 0 || i+2 > len(f.b) {
		f.bad = true
		return 0
	}
	return binary.LittleEndian.Uint16(f.b[i:])
}

// root is the position of the buffer's root table.
func (f *fbuf) root() int { return int(f.u32(0)) }

// field is where field n of the table at t lies, 0 when it is absent.
func (f *fbuf) field(t, n int) int {
	vt := t - int(int32(f.u32(t)))
	size := int(f.u16(vt))
	at := 4 + 2*n
	if f.bad || at+2 > size {
		return 0
	}
	off := int(f.u16(vt + at))
	if off == 0 {
		return 0
	}
	return t + off
}

// ref follows the offset stored at field n of the table at t (to a
// string, vector or table); 0 when the field is absent.
func (f *fbuf) ref(t, n int) int {
	at := f.field(t, n)
	if at == 0 {
		return 0
	}
	return at + int(f.u32(at))
}

// uint8At is field n of the table at t as a ubyte, def when absent.
func (f *fbuf) uint8At(t, n int, def uint8) uint8 {
	at := f.field(t, n)
	if at == 0 {
		return def
	}
	if at >= len(f.b) {
		f.bad = true
		return 0
	}
	return f.b[at]
}

// uint16At is field n as a ushort, def when absent.
func (f *fbuf) uint16At(t, n int, def uint16) uint16 {
	at := f.field(t, n)
	if at == 0 {
		return def
	}
	return f.u16(at)
}

// uint64At is field n as a ulong, 0 when absent.
func (f *fbuf) uint64At(t, n int) uint64 {
	at := f.field(t, n)
	if at == 0 {
		return 0
	}
	return uint64(f.u32(at)) | uint64(f.u32(at+4))<<32
}

// int32At is field n as an int, 0 when absent.
func (f *fbuf) int32At(t, n int) int32 {
	at := f.field(t, n)
	if at == 0 {
		return 0
	}
	return int32(f.u32(at))
}

// str is the string at field n, "" when absent.
func (f *fbuf) str(t, n int) string {
	s := f.ref(t, n)
	if s == 0 {
		return ""
	}
	l := int(f.u32(s))
	if f.bad || s+4+l > len(f.b) || l < 0 {
		f.bad = true
		return ""
	}
	return string(f.b[s+4 : s+4+l])
}

// vector is the start and length of the vector at field n; 0, 0 when
// absent. elem is the size of its elements, for the bounds check.
func (f *fbuf) vector(t, n, elem int) (start, length int) {
	v := f.ref(t, n)
	if v == 0 {
		return 0, 0
	}
	l := int(f.u32(v))
	if f.bad || l < 0 || v+4+l*elem > len(f.b) || v+4+l*elem < v {
		f.bad = true
		return 0, 0
	}
	return v + 4, l
}

// bytesAt is the [ubyte] vector at field n.
func (f *fbuf) bytesAt(t, n int) []byte {
	s, l := f.vector(t, n, 1)
	return f.b[s : s+l]
}

// float64s is the [double] vector at field n.
func (f *fbuf) float64s(t, n int) []float64 {
	s, l := f.vector(t, n, 8)
	out := make([]float64, l)
	for i := range out {
		out[i] = math.Float64frombits(binary.LittleEndian.Uint64(f.b[s+8*i:]))
	}
	return out
}

// uint32s is the [uint] vector at field n.
func (f *fbuf) uint32s(t, n int) []uint32 {
	s, l := f.vector(t, n, 4)
	out := make([]uint32, l)
	for i := range out {
		out[i] = binary.LittleEndian.Uint32(f.b[s+4*i:])
	}
	return out
}

// tables are the positions of the tables in the vector at field n.
func (f *fbuf) tables(t, n int) []int {
	s, l := f.vector(t, n, 4)
	out := make([]int, l)
	for i := range out {
		at := s + 4*i
		out[i] = at + int(f.u32(at))
	}
	return out
}
