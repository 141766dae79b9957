package articletext

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
)

// isMarkdown reports whether an article is Markdown, by its name's extension.
func isMarkdown(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".md", ".markdown":
		return true
	}
	return false
}

// markdownText renders Markdown source to an article's text: the words of its headings,
// paragraphs, list items, block quotes, code blocks and pipe tables (GitHub's), one block
// a paragraph with a blank line between blocks, hard-wrapped lines joined, a table's
// cells parted by tabs and its rows by line breaks, no markup. The map leads the text's
// offsets back to src's (goldmark's segments of each text node); the blocks say how the
// text is laid out and styled.
func markdownText(src string) (string, sourceMap, []Block) {
	source := []byte(src)
	// CommonMark with GitHub's pipe tables
	doc := goldmark.New(goldmark.WithExtensions(extension.Table)).Parser().Parse(text.NewReader(source))
	md := &mdWriter{src: src}
	_ = ast.Walk(doc, md.walk)
	return md.tb.b.String(), md.tb.m, md.blocks
}

// mdWriter is the state of markdownText's walk over the tree.
type mdWriter struct {
	src    string
	tb     textBuilder
	blocks []Block
	cur    *Block // the block being written, nil between blocks
	marker string // the bullet due on the next block of a list item
	list   int
	quote  int
	spans  []int // indices into cur.Spans of the spans open
	// autoAt is where in src the search for an autolink's label starts.
	autoAt int
	// table is the table being written, nil outside tables; cur is its cell then.
	table *Block
}

// walk is the ast.Walker that writes the text.
func (md *mdWriter) walk(n ast.Node, entering bool) (ast.WalkStatus, error) {
	switch n := n.(type) {
	case *ast.List:
		md.list += depth(entering)
	case *ast.ListItem:
		if entering {
			md.marker = itemMarker(n)
		}
	case *ast.Blockquote:
		md.quote += depth(entering)
	case *ast.Heading:
		md.block(n, entering, Block{Heading: n.Level})
	case *ast.Paragraph, *ast.TextBlock:
		md.block(n, entering, Block{})
	case *ast.CodeBlock, *ast.FencedCodeBlock:
		md.block(n, entering, Block{Code: true})
		if entering {
			md.codeLines(n)
		}
		return ast.WalkSkipChildren, nil
	case *ast.HTMLBlock, *ast.RawHTML, *ast.Image:
		return ast.WalkSkipChildren, nil
	case *east.Table:
		md.tableBlock(n, entering)
	case *east.TableHeader, *east.TableRow:
		if entering && md.table != nil {
			if len(md.table.Table) > 0 {
				md.tb.stand("\n", md.autoAt, md.autoAt)
			}
			md.table.Table = append(md.table.Table, nil)
		}
	case *east.TableCell:
		md.cell(entering)
	case *ast.ThematicBreak:
		// a rule between blocks: the blank line already separates them
	case *ast.Emphasis:
		st := Italic
		if n.Level >= 2 {
			st = Bold
		}
		md.span(entering, Span{Style: st})
	case *ast.CodeSpan:
		md.span(entering, Span{Style: Code})
	case *ast.Link:
		md.span(entering, Span{Style: Link, URL: string(n.Destination)})
	case *ast.AutoLink:
		if entering && md.cur != nil {
			label := string(n.Label([]byte(md.src)))
			at := strings.Index(md.src[md.autoAt:], label)
			if at >= 0 {
				at += md.autoAt
				start := md.tb.len()
				md.tb.copy(label, at)
				md.autoAt = at + len(label)
				md.cur.Spans = append(md.cur.Spans, Span{Start: start, End: md.tb.len(), Style: Link, URL: string(n.URL([]byte(md.src)))})
			}
		}
	case *ast.Text:
		if entering && md.cur != nil {
			md.text(n.Segment)
			switch {
			case n.HardLineBreak():
				md.tb.stand("\n", n.Segment.Stop, n.Segment.Stop)
			case n.SoftLineBreak():
				md.tb.stand(" ", n.Segment.Stop, n.Segment.Stop)
			}
		}
	case *ast.String:
		if entering && md.cur != nil {
			md.tb.stand(string(n.Value), md.autoAt, md.autoAt)
		}
	}
	return ast.WalkContinue, nil
}

func depth(entering bool) int {
	if entering {
		return 1
	}
	return -1
}

// itemMarker is a list item's bullet, or its number in an ordered list.
func itemMarker(n *ast.ListItem) string {
	l, ok := n.Parent().(*ast.List)
	if !ok || !l.IsOrdered() {
		return "•"
	}
	i := l.Start
	for c := l.FirstChild(); c != nil && c != ast.Node(n); c = c.NextSibling() {
		i++
	}
	return fmt.Sprintf("%d.", i)
}

// block starts or ends a block: a blank line before it, its place in lists and quotes.
func (md *mdWriter) block(n ast.Node, entering bool, b Block) {
	if !entering {
		if md.cur != nil {
			end := md.tb.len()
			if md.cur.Start == end {
				md.cur = nil // nothing in it (an empty heading)
				return
			}
			md.cur.End = end
			md.blocks = append(md.blocks, *md.cur)
			md.cur = nil
		}
		return
	}
	at := blockStart(n)
	if at > md.autoAt {
		md.autoAt = at
	}
	if md.tb.len() > 0 {
		md.tb.stand("\n\n", at, at)
	}
	b.Start, b.List, b.Quote, b.Marker = md.tb.len(), md.list, md.quote, md.marker
	md.marker = ""
	md.cur = &b
	md.spans = md.spans[:0]
}

// tableBlock starts or ends a table: its cells are written as blocks of their own.
func (md *mdWriter) tableBlock(n ast.Node, entering bool) {
	if !entering {
		if md.table != nil {
			md.table.End = md.tb.len()
			md.blocks = append(md.blocks, *md.table)
			md.table = nil
		}
		return
	}
	if md.tb.len() > 0 {
		md.tb.stand("\n\n", md.autoAt, md.autoAt)
	}
	md.table = &Block{Start: md.tb.len(), List: md.list, Quote: md.quote, Marker: md.marker}
	md.marker = ""
}

// cell starts or ends a table's cell: a tab before all but a row's first.
func (md *mdWriter) cell(entering bool) {
	t := md.table
	if t == nil || len(t.Table) == 0 {
		return
	}
	row := &t.Table[len(t.Table)-1]
	if !entering {
		if md.cur != nil {
			md.cur.End = md.tb.len()
			*row = append(*row, *md.cur)
			md.cur = nil
		}
		return
	}
	if len(*row) > 0 {
		md.tb.stand("\t", md.autoAt, md.autoAt)
	}
	md.cur = &Block{Start: md.tb.len()}
	md.spans = md.spans[:0]
}

// blockStart is the source offset of a block's first line.
func blockStart(n ast.Node) int {
	if l := n.Lines(); l != nil && l.Len() > 0 {
		return l.At(0).Start
	}
	return 0
}

// span opens or closes a styled run in the current block.
func (md *mdWriter) span(entering bool, s Span) {
	if md.cur == nil {
		return
	}
	if entering {
		s.Start = md.tb.len()
		md.spans = append(md.spans, len(md.cur.Spans))
		md.cur.Spans = append(md.cur.Spans, s)
		return
	}
	if k := len(md.spans); k > 0 {
		i := md.spans[k-1]
		md.spans = md.spans[:k-1]
		if md.cur.Spans[i].End = md.tb.len(); md.cur.Spans[i].End == md.cur.Spans[i].Start {
			md.cur.Spans = append(md.cur.Spans[:i], md.cur.Spans[i+1:]...)
		}
	}
}

// text writes a text node's source: backslash escapes and character references
// decoded, each standing for its source bytes.
func (md *mdWriter) text(seg text.Segment) {
	s := md.src[seg.Start:seg.Stop]
	md.autoAt = max(md.autoAt, seg.Stop)
	run := 0 // start of the run of bytes copied as they are
	for i := 0; i < len(s); {
		switch {
		case s[i] == '\\' && i+1 < len(s) && isASCIIPunct(s[i+1]):
			md.tb.copy(s[run:i], seg.Start+run)
			md.tb.stand(s[i+1:i+2], seg.Start+i, seg.Start+i+2)
			i += 2
			run = i
			continue
		case s[i] == '&':
			if n, dec := entityAt(s[i:]); n > 0 && s[i+n-1] == ';' {
				md.tb.copy(s[run:i], seg.Start+run)
				md.tb.stand(dec, seg.Start+i, seg.Start+i+n)
				i += n
				run = i
				continue
			}
		}
		i++
	}
	md.tb.copy(s[run:], seg.Start+run)
}

// codeLines writes a code block's lines as they are, without the last line break.
func (md *mdWriter) codeLines(n ast.Node) {
	lines := n.Lines()
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		s := md.src[seg.Start:seg.Stop]
		if i == lines.Len()-1 {
			s = strings.TrimRight(s, "\r\n")
		}
		md.tb.copy(s, seg.Start)
	}
}

func isASCIIPunct(c byte) bool {
	return strings.IndexByte("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", c) >= 0
}
