package layer

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strings"
)

// xnode is an element of an XML document held whole, for formats whose
// meaning depends on nesting and references (KML's Folders, Styles and
// StyleMaps) more than a struct mapping can say. Names are local:
// namespaces (kml:, gx:) are dropped.
type xnode struct {
	name  string
	attrs []xml.Attr
	text  string // the character data directly inside it, trimmed
	kids  []*xnode
}

// maxDepth is the deepest nesting read; deeper elements are dropped, so a
// hostile file cannot exhaust the stack of a recursive walk.
const maxDepth = 256

// parseXML reads a whole document into a tree.
func parseXML(data []byte) (*xnode, error) {
	d := xml.NewDecoder(bytes.NewReader(data))
	d.CharsetReader = charsetReader
	d.Strict = false
	root := &xnode{}
	stack := []*xnode{root}
	text := [][]byte{nil} // each open element's character data
	for {
		tok, err := d.Token()
		if err != nil {
			if errors.Is(err, io.EOF) && len(stack) == 1 {
				return root, nil
			}
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			n := &xnode{name: t.Name.Local, attrs: t.Attr}
			if len(stack) < maxDepth {
				top := stack[len(stack)-1]
				top.kids = append(top.kids, n)
			}
			stack = append(stack, n)
			text = append(text, nil)
		case xml.EndElement:
			if len(stack) == 1 {
				continue
			}
			n := stack[len(stack)-1]
			n.text = strings.TrimSpace(string(text[len(text)-1]))
			stack, text = stack[:len(stack)-1], text[:len(text)-1]
		case xml.CharData:
			text[len(text)-1] = append(text[len(text)-1], t...)
		}
	}
}

// kid is the first child named name, nil when there is none.
func (n *xnode) kid(name string) *xnode {
	if n == nil {
		return nil
	}
	for _, k := range n.kids {
		if k.name == name {
			return k
		}
	}
	return nil
}

// textOf is the text of the first child named name, "" when none.
func (n *xnode) textOf(name string) string {
	if k := n.kid(name); k != nil {
		return k.text
	}
	return ""
}

// attr is the value of an attribute, "" when absent.
func (n *xnode) attr(name string) string {
	for _, a := range n.attrs {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}
