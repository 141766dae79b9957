package articletext

import (
	"fmt"
	"path/filepath"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// Text is an article's text, decoded to UTF-8 and, for an HTML page, reduced to its
// readable text, with the maps that lead its byte offsets back to the bytes it was read
// from.
type Text struct {
	Text string
	// Blocks are how a Markdown article's Text is laid out and styled
	// (headings, paragraphs, lists, quotes, code, with their emphasis and
	// links); nil for other articles.
	Blocks []Block
	maps   []sourceMap // innermost first
}

// Decode reads an article's bytes: UTF-8 (with or without a byte-order mark) or UTF-16
// with one, HTML (by name's extension, or sniffed when name has none) reduced to its
// text, and Markdown (.md, .markdown) rendered to its words and blocks. The error says what is wrong with b (empty, binary, not UTF-8); it does not name
// the file.
func Decode(name string, b []byte) (*Text, error) {
	s, maps, blocks, err := articleText(name, b)
	if err != nil {
		return nil, err
	}
	return &Text{Text: s, Blocks: blocks, maps: maps}, nil
}

// FileSpan is the byte span [start, end) of t.Text as offsets into the bytes t was decoded
// from: the same for UTF-8 text; the mention's code units for UTF-16; for HTML the page's
// bytes from the span's first character to its last, markup and references included. A nil
// Text leaves the span as it is.
func (t *Text) FileSpan(start, end int) (int, int) {
	if t == nil {
		return start, end
	}
	for _, m := range t.maps {
		start, end = m.start(start), m.end(end)
	}
	return start, end
}

// articleText decodes an article's bytes to UTF-8 text, reduces HTML to its text, renders
// Markdown to its words and blocks, and returns the maps that lead the text's offsets back
// to b's.
func articleText(name string, b []byte) (string, []sourceMap, []Block, error) {
	if strings.TrimSpace(string(b)) == "" {
		return "", nil, nil, fmt.Errorf("empty file, no text in it")
	}
	s, decoded, err := decodeText(b)
	if err != nil {
		return "", nil, nil, err
	}
	var source []sourceMap
	var blocks []Block
	switch {
	case IsHTML(name, s):
		var m sourceMap
		s, m = htmlText(s)
		if s == "" {
			return "", nil, nil, fmt.Errorf("HTML page with no text in it")
		}
		source = append(source, m)
	case isMarkdown(name):
		var m sourceMap
		s, m, blocks = markdownText(s)
		if strings.TrimSpace(s) == "" {
			return "", nil, nil, fmt.Errorf("Markdown with no text in it")
		}
		source = append(source, m)
	}
	return s, append(source, decoded), blocks, nil
}

// decodeText reads UTF-8 (with or without a byte-order mark) or UTF-16 with one.
func decodeText(b []byte) (string, sourceMap, error) {
	var tb textBuilder
	switch {
	case len(b) >= 2 && (b[0] == 0xff && b[1] == 0xfe || b[0] == 0xfe && b[1] == 0xff):
		if err := decodeUTF16(&tb, b); err != nil {
			return "", sourceMap{}, err
		}
		if strings.IndexByte(tb.b.String(), 0) >= 0 {
			return "", sourceMap{}, fmt.Errorf("binary data, not an article")
		}
		return tb.b.String(), tb.m, nil
	case strings.IndexByte(string(b[:min(len(b), 4096)]), 0) >= 0:
		return "", sourceMap{}, fmt.Errorf("binary data, not an article")
	case !utf8.Valid(b):
		return "", sourceMap{}, fmt.Errorf("not UTF-8 text; save it as UTF-8")
	case len(b) >= 3 && string(b[:3]) == "\ufeff":
		tb.copy(string(b[3:]), 3)
		return tb.b.String(), tb.m, nil
	}
	return string(b), sourceMap{}, nil
}

// decodeUTF16 decodes b, UTF-16 that starts with its byte-order mark, into tb.
func decodeUTF16(tb *textBuilder, b []byte) error {
	if len(b)%2 != 0 {
		return fmt.Errorf("UTF-16 text of an odd number of bytes (%d)", len(b))
	}
	unit := func(i int) rune { return rune(b[i])<<8 | rune(b[i+1]) }
	if b[0] == 0xff {
		unit = func(i int) rune { return rune(b[i+1])<<8 | rune(b[i]) }
	}
	var ascii []byte
	asciiAt := 0
	flush := func() {
		tb.widen(string(ascii), asciiAt)
		ascii = ascii[:0]
	}
	for i := 2; i < len(b); i += 2 {
		r, n := unit(i), 2
		switch {
		case r < 0x80:
			if len(ascii) == 0 {
				asciiAt = i
			}
			ascii = append(ascii, byte(r))
			continue
		case utf16.IsSurrogate(r):
			if i+4 > len(b) {
				return fmt.Errorf("invalid UTF-16: unpaired surrogate at byte %d", i)
			}
			if r = utf16.DecodeRune(r, unit(i+2)); r == utf8.RuneError {
				return fmt.Errorf("invalid UTF-16: unpaired surrogate at byte %d", i)
			}
			n = 4
		}
		flush()
		tb.stand(string(r), i, i+n)
		i += n - 2
	}
	flush()
	return nil
}

// IsHTML reports whether an article is an HTML page: by its name's extension, or by how
// it starts when the name has none.
func IsHTML(name, text string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".htm", ".html":
		return true
	case "":
		t := strings.ToLower(strings.TrimSpace(text[:min(len(text), 512)]))
		return strings.HasPrefix(t, "<!doctype html") || strings.HasPrefix(t, "<html")
	}
	return false
}
