package atlas

import (
	"strings"

	"newsatlas/articletext"
)

// Block, Span and SpanStyle are an article's layout as articletext reads it.
type (
	Block     = articletext.Block
	Span      = articletext.Span
	SpanStyle = articletext.SpanStyle
)

// The span styles.
const (
	Italic = articletext.Italic
	Bold   = articletext.Bold
	Code   = articletext.Code
	Link   = articletext.Link
)

// Paragraphs are the blocks the window lays the article out in: a Markdown article's
// Blocks, or else each non-blank line of the text, the first as its headline.
func (a *Article) Paragraphs() []Block {
	if a.Blocks != nil {
		return a.Blocks
	}
	var out []Block
	off := 0
	for _, line := range strings.SplitAfter(a.Text, "\n") {
		start, end := off, off+len(strings.TrimRight(line, "\r\n"))
		off += len(line)
		if strings.TrimSpace(a.Text[start:end]) == "" {
			continue
		}
		b := Block{Start: start, End: end}
		if len(out) == 0 {
			b.Heading = 1
		}
		out = append(out, b)
	}
	return out
}
