package places

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"

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
	*class
	name     string
	lat, lon float64
	pop      int64
	gid      int32 // GeoNames id, 0 when none
	flags    uint8
}

// class is what an entry shares with every entry of the same kind in the same first-level
// region and of the same feature code: the gazetteer keeps one of each (12,754 for
// 147,838 entries), which entries point to.
type class struct {
	kind   string // country, region, city, landmark, water
	cc     string // ISO 3166-1 alpha-2 code, "" when none
	admin1 string // GeoNames admin1 code within cc
	fcode  string // GeoNames feature code (PPLC, PPLA, ADM1...)
}

// Gazetteer is the place-name index that Find resolves names against. It is read-only
// after loading and safe for concurrent use.
type Gazetteer struct {
	entries []entry
	index   nameIndex
	common  map[string]bool // words of keys that are also ordinary lower-case English words
	// demonyms maps the key of a nationality word (Turkish, South Africans) to the entry it
	// stands for: a country, or a region (European, Scottish).
	demonyms map[string]int32
	nouns    map[string]bool // demonyms that name people (Syrians, Briton): evidence, never pinned
	// demonymWords holds the keys of demonyms and of peoples (Kurdish): the words that
	// are a nationality or a people.
	demonymWords *wordSet
	countries    map[string]int32 // ISO code -> the country's entry
	explain      bool             // Find lists each place's candidates (WithCandidates)
	regions      map[string]int32 // "cc.admin1" -> the first-level region's entry
	scratch      *scratchPool     // Find's working memory
}

// LoadGazetteer reads the gazetteer embedded in the binary (package data). Its parts
// (two halves of the entries and the name index, see data/gazetteer/build.go) are
// decompressed and parsed at once, each on its own goroutine.
func LoadGazetteer() (*Gazetteer, error) {
	g, err := readParts(data.Gazetteer())
	if err != nil {
		return nil, fmt.Errorf("embedded gazetteer: %w", err)
	}
	return g, nil
}

// ReadGazetteer reads a gzip-compressed gazetteer file as data/gazetteer/build.go writes it.
func ReadGazetteer(r io.Reader) (*Gazetteer, error) {
	text, err := gunzip(r, 0)
	if err != nil {
		return nil, err
	}
	return parseGazetteer(text)
}

// parseGazetteer parses a decompressed gazetteer: entry lines, @common and @demonym lines
// and, after @index, one line per sorted key.
func parseGazetteer(text string) (*Gazetteer, error) {
	head, index, ok := strings.Cut(text, "\n@index\n")
	if !ok {
		return nil, fmt.Errorf("no @index section")
	}
	return assemble([]string{head}, index)
}

// gunzip decompresses r whole; size, when known, is the decompressed size.
func gunzip(r io.Reader, size int) (string, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return "", fmt.Errorf("open gzip: %w", err)
	}
	var buf strings.Builder
	buf.Grow(size + 1)
	if _, err := io.Copy(&buf, zr); err != nil {
		return "", fmt.Errorf("decompress: %w", err)
	}
	return buf.String(), nil
}

// partsPrefix opens the comment of the empty first gzip member of a gazetteer written in
// parts; the compressed sizes of the parts that follow it come after it.
const partsPrefix = "newsatlas gazetteer parts "

// readParts reads a gazetteer file made of parts, each a gzip member of its own, at once;
// a file of one stream is read as ReadGazetteer reads it.
func readParts(gz []byte) (*Gazetteer, error) {
	br := bytes.NewReader(gz)
	zr, err := gzip.NewReader(br)
	if err != nil {
		return nil, fmt.Errorf("open gzip: %w", err)
	}
	sizes, ok := strings.CutPrefix(zr.Comment, partsPrefix)
	if !ok {
		return ReadGazetteer(bytes.NewReader(gz))
	}
	zr.Multistream(false)
	if _, err := io.Copy(io.Discard, zr); err != nil {
		return nil, fmt.Errorf("decompress: %w", err)
	}
	var parts [][]byte
	at := len(gz) - br.Len()
	for _, f := range strings.Split(sizes, ",") {
		n, err := strconv.Atoi(f)
		if err != nil || n < 4 || at+n > len(gz) {
			return nil, fmt.Errorf("bad part size %q", f)
		}
		parts = append(parts, gz[at:at+n])
		at += n
	}
	if len(parts) < 2 {
		return nil, fmt.Errorf("%d parts, want the entries and the index", len(parts))
	}
	// Decompress the parts at once, the index parsed as soon as it is out; then parse the
	// entry parts at once, into one slice.
	texts := make([]string, len(parts))
	errs := make([]error, len(parts))
	var index nameIndex
	var wg sync.WaitGroup
	for i, p := range parts {
		wg.Go(func() {
			if texts[i], errs[i] = gunzip(bytes.NewReader(p), gzipSize(p)); errs[i] != nil || i < len(parts)-1 {
				return
			}
			section, ok := strings.CutPrefix(texts[i], "@index\n")
			if !ok {
				errs[i] = fmt.Errorf("no @index section")
				return
			}
			index, errs[i] = indexOf(section)
		})
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	heads, err := parseHeads(texts[:len(texts)-1])
	if err != nil {
		return nil, err
	}
	return join(heads, index)
}

// parseHeads parses the entry parts of a gazetteer at once, each on its own goroutine,
// into one slice of entries in file order.
func parseHeads(texts []string) (*heads, error) {
	h := &heads{parts: make([]headPart, len(texts))}
	// each part's entries go to a stretch of one slice, as long as its lines at most
	at := make([]int, len(texts)+1)
	for i, t := range texts {
		at[i+1] = at[i] + strings.Count(t, "\n") + 1
	}
	all := make([]entry, at[len(texts)])
	errs := make([]error, len(texts))
	var wg sync.WaitGroup
	for i, t := range texts {
		wg.Go(func() { errs[i] = h.parts[i].parse(t, all[at[i]:at[i]:at[i+1]]) })
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	// close the gaps the parts' comment and @ lines left
	n := 0
	for _, p := range h.parts {
		n += copy(all[n:], p.entries)
	}
	h.entries = all[:n]
	return h, nil
}

// gzipSize reads the decompressed size a gzip stream records in its last four bytes.
func gzipSize(gz []byte) int {
	if len(gz) < 4 {
		return 0
	}
	n := len(gz)
	return int(uint32(gz[n-4]) | uint32(gz[n-3])<<8 | uint32(gz[n-2])<<16 | uint32(gz[n-1])<<24)
}

// assemble parses the entry parts and the index section of a decompressed gazetteer.
func assemble(texts []string, index string) (*Gazetteer, error) {
	heads, err := parseHeads(texts)
	if err != nil {
		return nil, err
	}
	idx, err := parseIndex(index)
	if err != nil {
		return nil, err
	}
	return join(heads, idx)
}

// heads are the parsed entry parts of a gazetteer and all their entries in file order.
type heads struct {
	entries []entry
	parts   []headPart
}

// headPart is one parsed part of the entries: its entries in file order (their names cut
// from one string of their own, their classes interned within the part), its common words
// and its demonym lines.
type headPart struct {
	entries []entry
	common  []string
	dems    [][2]string
}

// parse parses entry lines, @common and @demonym lines, appending the entries to into,
// which must have room for one a line. The result keeps none of text: the names are
// copied into one string and the codes are interned, so that the loaded gazetteer holds
// about half the memory the file takes. Line numbers in errors count from the start of
// text.
func (p *headPart) parse(text string, into []entry) error {
	n := cap(into)
	p.entries = into
	var names strings.Builder
	names.Grow(n * 12)
	nameEnd := make([]uint32, 0, n)
	classes := map[class]*class{}
	for line := 1; len(text) > 0; line++ {
		var l string
		l, text = nextLine(text)
		switch {
		case l == "" || l[0] == '#':
		case strings.HasPrefix(l, "@demonym\t"):
			key, target, ok := strings.Cut(l[len("@demonym\t"):], "\t")
			if !ok || key == "" || target == "" {
				return fmt.Errorf("line %d: want @demonym KEY TARGET [noun]", line)
			}
			p.dems = append(p.dems, [2]string{strings.Clone(key), strings.Clone(target)})
		case strings.HasPrefix(l, "@common\t"):
			p.common = append(p.common, strings.Fields(strings.Clone(l[len("@common\t"):]))...)
		default:
			e, c, err := parseEntry(l)
			if err != nil {
				return fmt.Errorf("line %d: %w", line, err)
			}
			if e.class = classes[c]; e.class == nil {
				e.class = &class{kind: c.kind, cc: strings.Clone(c.cc), admin1: strings.Clone(c.admin1), fcode: strings.Clone(c.fcode)}
				classes[*e.class] = e.class
			}
			names.WriteString(e.name)
			nameEnd = append(nameEnd, uint32(names.Len()))
			p.entries = append(p.entries, e)
		}
	}
	all := names.String()
	start := uint32(0)
	for i, end := range nameEnd {
		p.entries[i].name = all[start:end]
		start = end
	}
	return nil
}

// join makes the gazetteer of its parsed entry parts and its index: the entries' classes
// are interned across parts, and the tables of countries, regions and demonyms are built.
func join(h *heads, idx nameIndex) (*Gazetteer, error) {
	g := &Gazetteer{entries: h.entries, index: idx, common: map[string]bool{}, demonyms: map[string]int32{}, nouns: map[string]bool{}, countries: map[string]int32{}, regions: map[string]int32{}, scratch: &scratchPool{}}
	classes := map[class]*class{} // one of each class
	same := map[*class]*class{}   // a part's class -> the one of its kind
	for i := range g.entries {
		e := &g.entries[i]
		c, ok := same[e.class]
		if !ok {
			if c = classes[*e.class]; c == nil {
				c = e.class
				classes[*c] = c
			}
			same[e.class] = c
		}
		e.class = c
		if e.kind == "region" && e.flags&flagCurated == 0 && e.cc != "" && e.admin1 != "" {
			if k := e.cc + "." + e.admin1; !hasKey(g.regions, k) {
				g.regions[k] = int32(i)
			}
		}
		if e.kind == "country" && e.cc != "" && !hasKey(g.countries, e.cc) {
			g.countries[e.cc] = int32(i)
		}
	}
	for _, p := range h.parts {
		for _, w := range p.common {
			g.common[w] = true
		}
	}
	if len(g.entries) == 0 || g.index.len() == 0 {
		return nil, fmt.Errorf("no entries")
	}
	for _, p := range h.parts {
		for _, d := range p.dems {
			target, use, _ := strings.Cut(d[1], "\t")
			i := g.demonymTarget(target)
			if i < 0 || use != "" && use != "noun" {
				return nil, fmt.Errorf("demonym %q: no place %q or unknown use %q", d[0], target, use)
			}
			g.demonyms[d[0]] = int32(i)
			if use == "noun" {
				g.nouns[d[0]] = true
			}
		}
	}
	g.demonymWords = newWordSet(g.demonyms)
	for w := range peoples {
		g.demonymWords.add(w)
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

// parseEntry parses one entry line: kind, name, lat, lon, cc, admin1, pop, fcode, gid,
// flags. The entry's name and the class's strings are parts of l.
func parseEntry(l string) (entry, class, error) {
	var f [10]string
	for i := range f {
		j := strings.IndexByte(l, '\t')
		if j < 0 {
			if i != len(f)-1 {
				return entry{}, class{}, fmt.Errorf("%d fields, want %d", i+1, len(f))
			}
			f[i] = l
			break
		}
		f[i], l = l[:j], l[j+1:]
	}
	kind, ok := kindNames[f[0][0]]
	if !ok || len(f[0]) != 1 {
		return entry{}, class{}, fmt.Errorf("unknown kind %q", f[0])
	}
	lat, err1 := strconv.ParseFloat(f[2], 64)
	lon, err2 := strconv.ParseFloat(f[3], 64)
	if err1 != nil || err2 != nil {
		return entry{}, class{}, fmt.Errorf("bad coordinates %q %q", f[2], f[3])
	}
	pop, _ := strconv.ParseInt(f[6], 10, 64)
	gid, _ := strconv.ParseInt(f[8], 10, 32)
	e := entry{name: f[1], lat: lat, lon: lon, pop: pop, gid: int32(gid)}
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
	return e, class{kind: kind, cc: f[4], admin1: f[5], fcode: f[7]}, nil
}

// demonymTarget returns the entry a demonym's target names: an upper-case ISO code names a
// country, anything else is the key of a region. It returns -1 when there is none.
func (g *Gazetteer) demonymTarget(target string) int {
	if len(target) == 2 && strings.ToUpper(target) == target {
		return g.countryIndex(target)
	}
	for _, p := range g.lookup(target) {
		if e := &g.entries[p&^altBit]; p&altBit == 0 && e.kind == "region" {
			return int(p &^ altBit)
		}
	}
	return -1
}

// hasKey reports whether m holds k.
func hasKey(m map[string]int32, k string) bool { _, ok := m[k]; return ok }
