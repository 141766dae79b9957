package places

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
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
	demonyms  map[string]int32
	nouns     map[string]bool  // demonyms that name people (Syrians, Briton): evidence, never pinned
	countries map[string]int32 // ISO code -> the country's entry
	explain   bool             // Find lists each place's candidates (WithCandidates)
	regions   map[string]int32 // "cc.admin1" -> the first-level region's entry
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
// @index, one line per sorted key. The result keeps none of text: the names are copied into
// one string, the index section into another, and the codes are interned, so that the
// loaded gazetteer holds about half the memory the file takes.
func parseGazetteer(text string) (*Gazetteer, error) {
	head, index, ok := strings.Cut(text, "\n@index\n")
	if !ok {
		return nil, fmt.Errorf("no @index section")
	}
	g := &Gazetteer{common: map[string]bool{}, demonyms: map[string]int32{}, nouns: map[string]bool{}, countries: map[string]int32{}, regions: map[string]int32{}}
	var dems [][2]string
	n := strings.Count(head, "\n") + 1
	g.entries = make([]entry, 0, n)
	var names strings.Builder
	names.Grow(n * 12)
	nameEnd := make([]uint32, 0, n)
	classes := map[class]*class{}
	for line := 1; len(head) > 0; line++ {
		var l string
		l, head = nextLine(head)
		switch {
		case l == "" || l[0] == '#':
		case strings.HasPrefix(l, "@demonym\t"):
			key, target, ok := strings.Cut(l[len("@demonym\t"):], "\t")
			if !ok || key == "" || target == "" {
				return nil, fmt.Errorf("line %d: want @demonym KEY TARGET [noun]", line)
			}
			dems = append(dems, [2]string{strings.Clone(key), strings.Clone(target)})
		case strings.HasPrefix(l, "@common\t"):
			for _, w := range strings.Fields(strings.Clone(l[len("@common\t"):])) {
				g.common[w] = true
			}
		default:
			e, c, err := parseEntry(l)
			if err != nil {
				return nil, fmt.Errorf("line %d: %w", line, err)
			}
			if e.class = classes[c]; e.class == nil {
				e.class = &class{kind: c.kind, cc: strings.Clone(c.cc), admin1: strings.Clone(c.admin1), fcode: strings.Clone(c.fcode)}
				classes[*e.class] = e.class
			}
			if e.kind == "region" && e.flags&flagCurated == 0 && e.cc != "" && e.admin1 != "" {
				if k := e.cc + "." + e.admin1; !hasKey(g.regions, k) {
					g.regions[k] = int32(len(g.entries))
				}
			}
			if e.kind == "country" && e.cc != "" {
				if !hasKey(g.countries, e.cc) {
					g.countries[strings.Clone(e.cc)] = int32(len(g.entries))
				}
			}
			names.WriteString(e.name)
			nameEnd = append(nameEnd, uint32(names.Len()))
			g.entries = append(g.entries, e)
		}
	}
	all := names.String()
	start := uint32(0)
	for i, end := range nameEnd {
		g.entries[i].name = all[start:end]
		start = end
	}
	idx, err := parseIndex(index)
	if err != nil {
		return nil, err
	}
	g.index = idx
	if len(g.entries) == 0 || g.index.len() == 0 {
		return nil, fmt.Errorf("no entries")
	}
	for _, d := range dems {
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
