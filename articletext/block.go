package articletext

// A Block is one paragraph of an article as the window lays it out: a heading, a
// paragraph, a list item's paragraph, a block quote's or a code block, with the styles of
// its words, or a table of such blocks. Start and End are byte offsets into the article's
// Text.
type Block struct {
	Start, End int
	// Heading is the heading's level (1 for "#"), 0 for other blocks. The first line of
	// a plain-text article is its headline, level 1.
	Heading int
	// List is how deep in lists the block sits (0: not in a list); Marker is the list
	// item's bullet ("•") or number ("3.") on its first block, "" on the others.
	List   int
	Marker string
	// Quote is how deep in block quotes the block sits.
	Quote int
	// Code is a code block: its lines are kept as they are.
	Code bool
	// Spans are the styled runs of the block's words, in text order (they may nest).
	Spans []Span
	// Table is a table's cells, row by row, the header row first (nil for other
	// blocks). Each cell is a Block of its own, with its Start, End and Spans, in the
	// table's stretch of Text, where a tab parts the cells of a row and a line break
	// the rows.
	Table [][]Block
}

// A Span is a styled run of an article's text: emphasis, strong emphasis, code or a link.
type Span struct {
	Start, End int // byte offsets into the article's Text
	Style      SpanStyle
	URL        string // a link's destination
}

// SpanStyle is how a Span's words are shown.
type SpanStyle uint8

// The span styles.
const (
	Italic SpanStyle = 1 << iota
	Bold
	Code
	Link
)
