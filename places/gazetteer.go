package places

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"newsatlas/data"
)

// Entry flags stored in the gazetteer file.
const (
	flagCountryGated = 1 << iota // a place only found when the article is about its country
	flagAleppoGated              // an Aleppo neighbourhood: only found when Aleppo is named
	flagCurated                  // from the hand-made list of seas, regions and landmarks
)

// altBit marks, in an index posting, a key that is one of the entry's alternate names.
const altBit = 1 << 30

// entry is one gazetteer record.
type entry struct {
	name     string
	lat, lon float64
	kind     string // country, region, city, landmark, water
	cc       string // ISO 3166-1 alpha-2 code, "" when none
	admin1   string // GeoNames admin1 code within cc
	pop      int64
	fcode    string // GeoNames feature code (PPLC, PPLA, ADM1...)
	gid      int    // GeoNames id, 0 when none
	flags    int
}

// Gazetteer is the place-name index that Find resolves names against. It is read-only
// after loading and safe for concurrent use.
type Gazetteer struct {
	entries  []entry
	keys     []string        // sorted lookup keys
	postings []string        // per key: comma-separated entry ids, ~ before alternate names
	common   map[string]bool // words of keys that are also ordinary lower-case English words
}

// LoadGazetteer reads the gazetteer embedded in the binary (package data).
func LoadGazetteer() (*Gazetteer, error) {
	gz := data.Gazetteer()
	g, err := readGazetteer(bytes.NewReader(gz), gzipSize(gz))
	if err != nil {
		return nil, fmt.Errorf("embedded gazetteer: %w", err)
	}
	return g, nil
}

// ReadGazetteer reads a gzip-compressed gazetteer file as data/gazetteer/build.go writes it.
func ReadGazetteer(r io.Reader) (*Gazetteer, error) { return readGazetteer(r, 0) }

// readGazetteer is ReadGazetteer with a hint of the decompressed size.
func readGazetteer(r io.Reader, size int) (*Gazetteer, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("open gzip: %w", err)
	}
	var buf strings.Builder
	buf.Grow(size + 1)
	if _, err := io.Copy(&buf, zr); err != nil {
		return nil, fmt.Errorf("decompress: %w", err)
	}
	return parseGazetteer(buf.String())
}

// gzipSize reads the decompressed size a gzip stream records in its last four bytes.
func gzipSize(gz []byte) int {
	if len(gz) < 4 {
		return 0
	}
	n := len(gz)
	return int(uint32(gz[n-4]) | uint32(gz[n-3])<<8 | uint32(gz[n-2])<<16 | uint32(gz[n-1])<<24)
}

// parseGazetteer parses the decompressed file: entry lines, the @common line and, after
// @index, one line per sorted key. Strings in the result share text's memory.
func parseGazetteer(text string) (*Gazetteer, error) {
	head, index, ok := strings.Cut(text, "\n@index\n")
	if !ok {
		return nil, fmt.Errorf("no @index section")
	}
	g := &Gazetteer{common: map[string]bool{}}
	g.entries = make([]entry, 0, strings.Count(head, "\n")+1)
	for line := 1; len(head) > 0; line++ {
		var l string
		l, head = nextLine(head)
		switch {
		case l == "" || l[0] == '#':
		case strings.HasPrefix(l, "@common\t"):
			for _, w := range strings.Fields(l[len("@common\t"):]) {
				g.common[w] = true
			}
		default:
			e, err := parseEntry(l)
			if err != nil {
				return nil, fmt.Errorf("line %d: %w", line, err)
			}
			g.entries = append(g.entries, e)
		}
	}
	n := strings.Count(index, "\n") + 1
	g.keys = make([]string, 0, n)
	g.postings = make([]string, 0, n)
	for len(index) > 0 {
		var l string
		l, index = nextLine(index)
		k, p, ok := strings.Cut(l, "\t")
		if !ok {
			continue
		}
		if len(g.keys) > 0 && k <= g.keys[len(g.keys)-1] {
			return nil, fmt.Errorf("index not sorted at %q", k)
		}
		g.keys = append(g.keys, k)
		g.postings = append(g.postings, p)
	}
	if len(g.entries) == 0 || len(g.keys) == 0 {
		return nil, fmt.Errorf("no entries")
	}
	return g, nil
}

// nextLine cuts the first line off s.
func nextLine(s string) (line, rest string) {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i], s[i+1:]
	}
	return s, ""
}

// kindNames expands the one-letter kinds of the file.
var kindNames = map[byte]string{'c': "country", 'r': "region", 'p': "city", 'l': "landmark", 'w': "water"}

// parseEntry parses one entry line: kind, name, lat, lon, cc, admin1, pop, fcode, gid, flags.
func parseEntry(l string) (entry, error) {
	var f [10]string
	for i := range f {
		j := strings.IndexByte(l, '\t')
		if j < 0 {
			if i != len(f)-1 {
				return entry{}, fmt.Errorf("%d fields, want %d", i+1, len(f))
			}
			f[i] = l
			break
		}
		f[i], l = l[:j], l[j+1:]
	}
	kind, ok := kindNames[f[0][0]]
	if !ok || len(f[0]) != 1 {
		return entry{}, fmt.Errorf("unknown kind %q", f[0])
	}
	lat, err1 := strconv.ParseFloat(f[2], 64)
	lon, err2 := strconv.ParseFloat(f[3], 64)
	if err1 != nil || err2 != nil {
		return entry{}, fmt.Errorf("bad coordinates %q %q", f[2], f[3])
	}
	pop, _ := strconv.ParseInt(f[6], 10, 64)
	gid, _ := strconv.Atoi(f[8])
	e := entry{name: f[1], lat: lat, lon: lon, kind: kind, cc: f[4], admin1: f[5], pop: pop, fcode: f[7], gid: gid}
	for _, c := range f[9] {
		switch c {
		case 's':
			e.flags |= flagCountryGated
		case 'a':
			e.flags |= flagAleppoGated
		case 'q':
			e.flags |= flagCurated
		}
	}
	return e, nil
}

// lookup returns the postings of key: entry indices, altBit set for alternate names.
func (g *Gazetteer) lookup(key string) []int32 {
	i := sort.SearchStrings(g.keys, key)
	if i == len(g.keys) || g.keys[i] != key {
		return nil
	}
	p := g.postings[i]
	out := make([]int32, 0, strings.Count(p, ",")+1)
	for len(p) > 0 {
		var s string
		if j := strings.IndexByte(p, ','); j >= 0 {
			s, p = p[:j], p[j+1:]
		} else {
			s, p = p, ""
		}
		alt := int32(0)
		if s[0] == '~' {
			alt, s = altBit, s[1:]
		}
		if id, err := strconv.Atoi(s); err == nil && id < len(g.entries) {
			out = append(out, int32(id)|alt)
		}
	}
	return out
}
