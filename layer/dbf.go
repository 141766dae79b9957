package layer

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
)

// A dBASE III table, as a Shapefile's .dbf holds its attributes: a header
// of field descriptors, then fixed-length records. Character fields are
// decoded with the .cpg's encoding, or the one the header's language
// driver byte names; with neither, UTF-8 when the text is valid UTF-8,
// else Windows-1252. Numeric fields (N, F) become numbers, logical (L)
// booleans, dates (D) YYYY-MM-DD text; a blank value is null.

// dbfField is one field descriptor.
type dbfField struct {
	name     string
	kind     byte // C, N, F, L, D, ...
	off, len int  // within a record, after its deletion flag
}

// dbfTable is a read .dbf.
type dbfTable struct {
	fields []dbfField
	data   []byte // the records
	reclen int
	n      int // records the header declares and the data holds
	enc    encoding.Encoding
	notes  []Skip
}

// readDBF reads a .dbf's header; cpg is the .cpg's text, "" when there is
// none.
func readDBF(data []byte, cpg string) (*dbfTable, error) {
	if len(data) < 33 {
		return nil, errors.New("too short for a dBASE table")
	}
	n := int(binary.LittleEndian.Uint32(data[4:8]))
	hlen := int(binary.LittleEndian.Uint16(data[8:10]))
	reclen := int(binary.LittleEndian.Uint16(data[10:12]))
	if hlen < 33 || hlen > len(data) || reclen < 1 {
		return nil, fmt.Errorf("not a dBASE table (header of %d bytes, records of %d)", hlen, reclen)
	}
	t := &dbfTable{reclen: reclen}
	off := 1 // after the deletion flag
	for p := 32; p+32 <= hlen && data[p] != 0x0d; p += 32 {
		d := data[p : p+32]
		name := d[:11]
		if i := bytes.IndexByte(name, 0); i >= 0 {
			name = name[:i]
		}
		f := dbfField{name: strings.TrimSpace(string(name)), kind: d[11], off: off, len: int(d[16])}
		if f.kind == 'C' {
			f.len += int(d[17]) << 8 // long character fields use the decimal byte
		}
		off += f.len
		t.fields = append(t.fields, f)
	}
	if off > reclen {
		return nil, fmt.Errorf("dBASE fields of %d bytes do not fit records of %d", off, reclen)
	}
	t.data = data[hlen:]
	t.n = min(n, len(t.data)/reclen)
	if t.n < n {
		t.notes = append(t.notes, Skip{-1, fmt.Sprintf(".dbf is truncated: %d of %d records", t.n, n)})
	}
	t.enc = t.encoding(cpg, data[29])
	for i := range t.fields {
		t.fields[i].name = t.text([]byte(t.fields[i].name))
		if t.fields[i].name == "" {
			t.fields[i].name = fmt.Sprintf("field %d", i+1)
		}
	}
	return t, nil
}

// encoding picks the character fields' encoding; nil is UTF-8 (or, with
// nothing to say so, UTF-8 when valid, else Windows-1252: see text).
func (t *dbfTable) encoding(cpg string, ldid byte) encoding.Encoding {
	if cpg = strings.TrimSpace(cpg); cpg != "" {
		enc, ok := charset(cpg)
		if ok {
			return enc
		}
		t.notes = append(t.notes, Skip{-1, fmt.Sprintf(".cpg names encoding %q, not one this app reads: read as UTF-8 or Windows-1252", clip(cpg, 30))})
		return nil
	}
	switch ldid {
	case 0x01:
		return charmap.CodePage437
	case 0x02:
		return charmap.CodePage850
	case 0x03, 0x57:
		return charmap.Windows1252 // 0x57 "ANSI": what GDAL writes for ISO-8859-1
	case 0xc8:
		return charmap.Windows1250
	case 0xc9:
		return charmap.Windows1251
	}
	return nil
}

// text decodes character data, trimmed of its padding.
func (t *dbfTable) text(b []byte) string {
	b = bytes.TrimRight(b, " \x00")
	b = bytes.TrimLeft(b, " ")
	if t.enc == nil {
		if utf8.Valid(b) {
			return string(b)
		}
		out, _ := charmap.Windows1252.NewDecoder().Bytes(b)
		return string(out)
	}
	out, err := t.enc.NewDecoder().Bytes(b)
	if err != nil {
		return toValidUTF8(string(b))
	}
	return string(out)
}

// deleted reports whether record i is marked deleted.
func (t *dbfTable) deleted(i int) bool { return t.data[i*t.reclen] == '*' }

// record appends record i's fields to ps.
func (t *dbfTable) record(i int, ps props) props {
	rec := t.data[i*t.reclen : (i+1)*t.reclen]
	for _, f := range t.fields {
		raw := rec[f.off : f.off+f.len]
		switch f.kind {
		case 'N', 'F':
			s := strings.TrimSpace(string(raw))
			switch {
			case s == "" || strings.Trim(s, "*") == "":
				ps = append(ps, null(f.name))
			case numberText(s):
				ps = append(ps, prop{f.name, s, true})
			default:
				if v, err := strconv.ParseFloat(s, 64); err == nil {
					ps = append(ps, num(f.name, v)) // "+1", "1.", ".5"
				} else {
					ps = append(ps, str(f.name, s))
				}
			}
		case 'L':
			switch strings.TrimSpace(string(raw)) {
			case "T", "t", "Y", "y":
				ps = append(ps, boolean(f.name, true))
			case "F", "f", "N", "n":
				ps = append(ps, boolean(f.name, false))
			default:
				ps = append(ps, null(f.name))
			}
		case 'D':
			if d := isoDate(strings.TrimSpace(string(raw))); d != "" {
				ps = append(ps, str(f.name, d))
			} else {
				ps = append(ps, null(f.name))
			}
		default:
			ps = append(ps, str(f.name, t.text(raw)))
		}
	}
	return ps
}
