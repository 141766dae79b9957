package layer

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// utf8Text returns text data as UTF-8: a UTF-8 byte-order mark is
// dropped, UTF-16 with its mark (what spreadsheets save as "Unicode
// text") is decoded, and text that is not valid UTF-8 is read as
// Windows-1252, a superset of Latin-1 and what older exports use. What
// was done is told in notes.
func utf8Text(data []byte, notes *[]Skip) ([]byte, error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xef, 0xbb, 0xbf}):
		data = data[3:]
	case bytes.HasPrefix(data, []byte{0xff, 0xfe}), bytes.HasPrefix(data, []byte{0xfe, 0xff}):
		out, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewDecoder().Bytes(data)
		if err != nil {
			return nil, fmt.Errorf("UTF-16 text that cannot be decoded: %v", err)
		}
		*notes = append(*notes, Skip{-1, "UTF-16 text, read as such"})
		return out, nil
	}
	if bytes.IndexByte(data[:min(len(data), 4096)], 0) >= 0 {
		return nil, fmt.Errorf("binary data, not text")
	}
	if utf8.Valid(data) {
		return data, nil
	}
	out, err := charmap.Windows1252.NewDecoder().Bytes(data)
	if err != nil {
		return []byte(strings.ToValidUTF8(string(data), "\uFFFD")), nil
	}
	*notes = append(*notes, Skip{-1, "not UTF-8: read as Windows-1252 (Latin-1)"})
	return out, nil
}

// charset is the encoding a Shapefile's .cpg names (or a DBF's language
// driver byte), nil for UTF-8.
func charset(name string) (encoding.Encoding, bool) {
	n := strings.ToUpper(strings.TrimSpace(name))
	n = strings.NewReplacer("-", "", "_", "", " ", "").Replace(n)
	switch n {
	case "", "UTF8", "65001":
		return nil, true
	case "ISO88591", "LATIN1", "88591", "28591":
		return charmap.ISO8859_1, true
	case "1252", "CP1252", "WINDOWS1252", "ANSI1252":
		return charmap.Windows1252, true
	case "ISO885915", "LATIN9", "885915", "28605":
		return charmap.ISO8859_15, true
	case "1250", "CP1250", "WINDOWS1250":
		return charmap.Windows1250, true
	case "1251", "CP1251", "WINDOWS1251":
		return charmap.Windows1251, true
	case "1256", "CP1256", "WINDOWS1256":
		return charmap.Windows1256, true
	case "437", "CP437", "OEM437":
		return charmap.CodePage437, true
	case "850", "CP850", "OEM850":
		return charmap.CodePage850, true
	}
	return nil, false
}
