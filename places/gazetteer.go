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
	entries []entry
	index   map[string][]int32 // key -> entry indices, altBit set for alternate names
	common  map[string]bool    // keys that are also ordinary lower-case English words
	maxLen  int                // most words in a key
}

// LoadGazetteer reads the gazetteer embedded in the binary (package data).
func LoadGazetteer() (*Gazetteer, error) {
	g, err := ReadGazetteer(bytes.NewReader(data.Gazetteer()))
	if err != nil {
		return nil, fmt.Errorf("embedded gazetteer: %w", err)
	}
	return g, nil
}

// ReadGazetteer reads a gzip-compressed gazetteer file as data/gazetteer/build.go writes it.
func ReadGazetteer(r io.Reader) (*Gazetteer, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("open gzip: %w", err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("decompress: %w", err)
	}
	return parseGazetteer(string(raw))
}

// parseGazetteer parses the decompressed file. Strings in the result share text's memory.
func parseGazetteer(text string) (*Gazetteer, error) {
	n := strings.Count(text, "\n")
	g := &Gazetteer{
		entries: make([]entry, 0, n),
		index:   make(map[string][]int32, n*2),
		common:  map[string]bool{},
	}
	line := 0
	for len(text) > 0 {
		line++
		var l string
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			l, text = text[:i], text[i+1:]
		} else {
			l, text = text, ""
		}
		switch {
		case l == "" || l[0] == '#':
			continue
		case strings.HasPrefix(l, "@common\t"):
			for _, w := range strings.Fields(l[len("@common\t"):]) {
				g.common[w] = true
			}
			continue
		}
		if err := g.addLine(l); err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
	}
	if len(g.entries) == 0 {
		return nil, fmt.Errorf("no entries")
	}
	return g, nil
}

// kindNames expands the one-letter kinds of the file.
var kindNames = map[string]string{"c": "country", "r": "region", "p": "city", "l": "landmark", "w": "water"}

// addLine parses one entry line:
// kind, name, lat, lon, cc, admin1, pop, fcode, gid, flags, keys, alternate keys.
func (g *Gazetteer) addLine(l string) error {
	var f [12]string
	for i := range f {
		j := strings.IndexByte(l, '\t')
		if j < 0 {
			if i != len(f)-1 {
				return fmt.Errorf("%d fields, want %d", i+1, len(f))
			}
			f[i] = l
			break
		}
		f[i], l = l[:j], l[j+1:]
	}
	kind, ok := kindNames[f[0]]
	if !ok {
		return fmt.Errorf("unknown kind %q", f[0])
	}
	lat, err1 := strconv.ParseFloat(f[2], 64)
	lon, err2 := strconv.ParseFloat(f[3], 64)
	if err1 != nil || err2 != nil {
		return fmt.Errorf("bad coordinates %q %q", f[2], f[3])
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
	id := int32(len(g.entries))
	g.entries = append(g.entries, e)
	g.addKeys(f[10], id)
	g.addKeys(f[11], id|altBit)
	return nil
}

// addKeys indexes the |-separated keys under posting p.
func (g *Gazetteer) addKeys(keys string, p int32) {
	for len(keys) > 0 {
		var k string
		if i := strings.IndexByte(keys, '|'); i >= 0 {
			k, keys = keys[:i], keys[i+1:]
		} else {
			k, keys = keys, ""
		}
		if k == "" {
			continue
		}
		g.index[k] = append(g.index[k], p)
		if w := strings.Count(k, " ") + 1; w > g.maxLen {
			g.maxLen = w
		}
	}
}

// lookup returns the postings of key.
func (g *Gazetteer) lookup(key string) []int32 { return g.index[key] }
