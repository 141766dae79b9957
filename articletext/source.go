package articletext

import (
	"sort"
	"strings"
)

// A sourceMap leads byte offsets in an article's text back to byte offsets in the file
// the text was read from. The text is a run of pieces; each piece came from a stretch of
// the file, byte for byte (scale 1: UTF-8 text), two file bytes a text byte (scale 2: ASCII
// read from UTF-16) or as a whole (scale 0: a decoded entity, a character read from UTF-16,
// a line break standing for markup).
type sourceMap struct {
	pieces []piece // in text order
}

// piece is text bytes from text on (up to the next piece) read from file bytes [file, fileEnd).
type piece struct {
	text, file, fileEnd int
	scale               int
}

// start is the file offset of text byte t: where the piece holding it begins in the file,
// or t's own byte for a scaled piece.
func (m *sourceMap) start(t int) int {
	if len(m.pieces) == 0 {
		return t
	}
	p := m.at(t)
	if p.scale == 0 {
		return p.file
	}
	return p.file + p.scale*(t-p.text)
}

// end is the file offset just after text byte t-1: an exclusive end.
func (m *sourceMap) end(t int) int {
	if len(m.pieces) == 0 || t == 0 {
		return t
	}
	p := m.at(t - 1)
	if p.scale == 0 {
		return p.fileEnd
	}
	return p.file + p.scale*(t-p.text)
}

// at is the piece holding text byte t.
func (m *sourceMap) at(t int) *piece {
	i := sort.Search(len(m.pieces), func(i int) bool { return m.pieces[i].text > t })
	return &m.pieces[max(i-1, 0)]
}

// textBuilder writes an article's text and its sourceMap.
type textBuilder struct {
	b strings.Builder
	m sourceMap
}

// copy appends s, which is file bytes [file, file+len(s)) as they are.
func (tb *textBuilder) copy(s string, file int) { tb.add(s, file, file+len(s), 1) }

// widen appends ASCII text s read from UTF-16: file bytes [file, file+2*len(s)).
func (tb *textBuilder) widen(s string, file int) { tb.add(s, file, file+2*len(s), 2) }

// stand appends s, which stands for file bytes [file, fileEnd) as a whole.
func (tb *textBuilder) stand(s string, file, fileEnd int) { tb.add(s, file, fileEnd, 0) }

// add appends s and its piece, extending the last piece when s continues it.
func (tb *textBuilder) add(s string, file, fileEnd, scale int) {
	if s == "" {
		return
	}
	if n := len(tb.m.pieces); n > 0 && scale != 0 {
		if last := &tb.m.pieces[n-1]; last.scale == scale && last.fileEnd == file {
			last.fileEnd = fileEnd
			tb.b.WriteString(s)
			return
		}
	}
	tb.m.pieces = append(tb.m.pieces, piece{text: tb.b.Len(), file: file, fileEnd: fileEnd, scale: scale})
	tb.b.WriteString(s)
}

// len is the length of the text written so far.
func (tb *textBuilder) len() int { return tb.b.Len() }
