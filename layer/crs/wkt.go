package crs

import (
	"fmt"
	"strconv"
	"strings"
)

// node is one keyword of WKT 1 and what its brackets hold: quoted
// strings, numbers and nested keywords, in order.
type node struct {
	key  string
	strs []string
	nums []float64
	kids []*node
}

// parseWKT reads WKT 1 (ESRI's or OGC's) into a tree.
func parseWKT(s string) (*node, error) {
	p := &wktParser{s: strings.TrimSpace(s)}
	n, err := p.node(0)
	if err != nil {
		return nil, err
	}
	return n, nil
}

type wktParser struct {
	s string
	i int
}

func (p *wktParser) skip() {
	for p.i < len(p.s) && strings.IndexByte(" \t\r\n", p.s[p.i]) >= 0 {
		p.i++
	}
}

func (p *wktParser) node(depth int) (*node, error) {
	if depth > 32 {
		return nil, fmt.Errorf("WKT nested too deeply")
	}
	p.skip()
	start := p.i
	for p.i < len(p.s) && (p.s[p.i] == '_' || p.s[p.i] >= 'A' && p.s[p.i] <= 'Z' || p.s[p.i] >= 'a' && p.s[p.i] <= 'z' || p.s[p.i] >= '0' && p.s[p.i] <= '9') {
		p.i++
	}
	n := &node{key: strings.ToUpper(p.s[start:p.i])}
	if n.key == "" {
		return nil, fmt.Errorf("want a WKT keyword at byte %d", p.i)
	}
	p.skip()
	if p.i >= len(p.s) || (p.s[p.i] != '[' && p.s[p.i] != '(') {
		return n, nil // a bare keyword, as AXIS["x",EAST]
	}
	closer := byte(']')
	if p.s[p.i] == '(' {
		closer = ')'
	}
	p.i++
	for {
		p.skip()
		if p.i >= len(p.s) {
			return nil, fmt.Errorf("WKT ends inside %s", n.key)
		}
		switch c := p.s[p.i]; {
		case c == closer:
			p.i++
			return n, nil
		case c == ',':
			p.i++
		case c == '"':
			end := strings.IndexByte(p.s[p.i+1:], '"')
			if end < 0 {
				return nil, fmt.Errorf("WKT string not closed in %s", n.key)
			}
			n.strs = append(n.strs, p.s[p.i+1:p.i+1+end])
			p.i += end + 2
		case c == '-' || c == '+' || c == '.' || c >= '0' && c <= '9':
			start := p.i
			for p.i < len(p.s) && strings.IndexByte("+-.eE0123456789", p.s[p.i]) >= 0 {
				p.i++
			}
			v, err := strconv.ParseFloat(p.s[start:p.i], 64)
			if err != nil {
				return nil, fmt.Errorf("WKT number %q in %s", p.s[start:p.i], n.key)
			}
			n.nums = append(n.nums, v)
		default:
			k, err := p.node(depth + 1)
			if err != nil {
				return nil, err
			}
			n.kids = append(n.kids, k)
		}
	}
}

// kid is the first child with key, nil when none.
func (n *node) kid(key string) *node {
	if n == nil {
		return nil
	}
	for _, k := range n.kids {
		if k.key == key {
			return k
		}
	}
	return nil
}

// name is the node's first string.
func (n *node) name() string {
	if n == nil || len(n.strs) == 0 {
		return ""
	}
	return n.strs[0]
}

// param is a PARAMETER's value by name, compared without case or
// underscores; ok is false when absent.
func (n *node) param(names ...string) (float64, bool) {
	for _, k := range n.kids {
		if k.key != "PARAMETER" || len(k.nums) == 0 {
			continue
		}
		for _, name := range names {
			if norm(k.name()) == norm(name) {
				return k.nums[0], true
			}
		}
	}
	return 0, false
}

// norm is a WKT name for comparing: lower case, without _ or spaces.
func norm(s string) string {
	return strings.NewReplacer("_", "", " ", "", "-", "").Replace(strings.ToLower(s))
}
