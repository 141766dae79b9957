package places

import (
	"strings"

	"newsatlas/places/namekey"
)

// match is a stretch of words that names a gazetteer key.
type match struct {
	i, j     int     // words [i, j)
	key      string  // the gazetteer key
	postings []int32 // entry indices, altBit set for alternate names
	abbrevCC string  // for a country abbreviation (US, UK...), its country code
	// abbrevRegion marks a state or province abbreviation (Ky., B.C.): postings holds its
	// region, abbrevCC its country.
	abbrevRegion bool
	demonym      int32  // for a demonym (Turkish, South African), its entry plus one; else 0
	baseKey      string // for a name read with its possessive (St John's), the key without it
	start        int    // byte range of the mention
	end          int
}

// demonymEntry returns the entry a demonym match stands for.
func (m *match) demonymEntry() (int, bool) { return int(m.demonym) - 1, m.demonym > 0 }

// maxDemonymWords bounds the words of a demonym (Papua New Guinean).
const maxDemonymWords = 3

// demonymAt returns the longest demonym starting at word i, if any.
func (g *Gazetteer) demonymAt(toks []token, i int) (match, bool) {
	var best match
	var b []byte
	for j := i + 1; j <= len(toks) && j-i <= maxDemonymWords; j++ {
		t := &toks[j-1]
		if !t.cap || t.allCaps && !t.dateline || t.poss || j-1 > i && t.sep != " " {
			break
		}
		if j-1 > i {
			b = append(b, ' ')
		}
		b = append(b, t.key...)
		if !g.demonymWords.hasBytes(b) {
			continue // not a demonym, nor a people
		}
		if e, ok := g.demonyms[string(b)]; ok && !g.nouns[string(b)] {
			best = match{i: i, j: j, key: string(b), demonym: e + 1, start: toks[i].start, end: t.end}
		}
	}
	return best, best.demonym > 0
}

// maxNameWords bounds the words of a name tried at each position.
const maxNameWords = 6

// findMatches scans the words for the longest gazetteer names, left to right, and
// appends them to out. Stop phrases (organisations) are skipped whole.
func (g *Gazetteer) findMatches(out []match, text string, toks []token) []match {
	var b, joined, full []byte // the key tried, without hyphens, with a possessive
	for i := 0; i < len(toks); {
		if m, ok := abbreviationAt(text, toks, i); ok {
			out = append(out, m)
			i = m.j
			continue
		}
		if m, ok := g.regionAbbreviationAt(text, toks, i); ok {
			out = append(out, m)
			i = m.j
			continue
		}
		if !canStart(toks, i) {
			i++
			continue
		}
		best, stop := match{}, 0
		b, joined = b[:0], joined[:0] // joined: the words without the hyphens (Pétion-Ville)
		hyphens := true
		for j := i + 1; j <= len(toks) && j-i <= maxNameWords; j++ {
			t := &toks[j-1]
			if j-1 > i {
				if !joins(toks, j-1) {
					break
				}
				if p := &toks[j-2]; p.poss {
					// past a possessive, the name holds it: Martha's Vineyard, not Toronto's Pearson
					b = withPoss(b, p)
					joined = withPoss(joined, p)
				}
				if !(t.cap || (toks[i].dateline && t.dateline) || (t.lower && isJoiner(t.key))) {
					break
				}
				b = append(b, ' ')
				hyphens = hyphens && strings.TrimSpace(t.sep) == "-"
			}
			b = append(b, t.key...)
			joined = append(joined, t.key...)
			last := t.cap || t.allCaps && t.dateline
			if !last {
				continue
			}
			if stopPhraseKeys.hasBytes(b) {
				stop = j
			}
			if t.poss {
				full = append(append(full[:0], b[:len(b)-len(t.key)]...), t.fullKey...)
				// St John's: the possessive is part of the name, unless the name without it
				// is a place and with it only an alternate name (London's).
				if p := g.lookupBytes(full); p != nil && (hasPrimary(p) || g.lookupBytes(b) == nil) {
					best = match{i: i, j: j, key: string(full), baseKey: string(b), postings: p, start: toks[i].start, end: t.fullEnd}
					continue
				}
			}
			if p := g.lookupBytes(b); p != nil {
				best = match{i: i, j: j, key: string(b), postings: p, start: toks[i].start, end: t.end}
			} else if j-i > 1 && hyphens {
				if p := g.lookupBytes(joined); p != nil {
					best = match{i: i, j: j, key: string(joined), postings: p, start: toks[i].start, end: t.end}
				}
			}
		}
		dem, isDem := g.demonymAt(toks, i)
		switch {
		case stop > 0 && stop >= best.j && stop >= dem.j:
			i = stop
		case isDem && dem.j >= best.j:
			out = append(out, dem)
			i = dem.j
		case best.postings != nil:
			out = append(out, best)
			i = best.j
		default:
			i++
		}
	}
	return out
}

// withPoss rewrites the last word of b, possessive token p's key, as its key with the
// possessive.
func withPoss(b []byte, p *token) []byte {
	return append(b[:len(b)-len(p.key)], p.fullKey...)
}

// hasPrimary reports whether a posting list holds an entry's own name, not only alternates.
func hasPrimary(p []int32) bool {
	for _, x := range p {
		if x&altBit == 0 {
			return true
		}
	}
	return false
}

// canStart reports whether a name may start at word i.
func canStart(toks []token, i int) bool {
	t := &toks[i]
	switch {
	case t.allCaps:
		return t.dateline
	case t.cap:
		return true
	case t.lower && i+1 < len(toks) && toks[i+1].cap && joins(toks, i+1):
		return articlePrefixes[t.key]
	}
	return false
}

// joins reports whether word j continues the name the previous word is part of.
func joins(toks []token, j int) bool {
	sep := toks[j].sep
	if isSpanSep(sep) {
		return true
	}
	// St. Petersburg, Mt. Lebanon
	if (sep == ". " || sep == ".") && j > 0 {
		switch toks[j-1].key {
		case "saint", "sainte", "mount", "fort":
			return true
		}
	}
	return false
}

// abbreviationAt matches a country abbreviation (US, U.S., UK...) at word i, case-sensitively.
func abbreviationAt(text string, toks []token, i int) (match, bool) {
	t := &toks[i]
	if !t.cap {
		return match{}, false
	}
	rest := text[t.start:]
	for _, a := range abbreviations {
		if rest[0] != a.text[0] || !strings.HasPrefix(rest, a.text) {
			continue
		}
		end := t.start + len(a.text)
		if end < len(text) {
			c := text[end]
			if c == '$' || c == '-' && !strings.HasSuffix(a.text, ".") || isWordByte(c) {
				continue
			}
		}
		if t.start > 0 && (isWordByte(text[t.start-1]) || text[t.start-1] == '.') {
			continue
		}
		j := i
		for j < len(toks) && toks[j].start < end {
			j++
		}
		key := namekey.Key(a.text)
		return match{i: i, j: j, key: key, abbrevCC: a.cc, start: t.start, end: end}, true
	}
	return match{}, false
}

// isWordByte reports whether c is an ASCII letter or digit or the start of a UTF-8 sequence.
func isWordByte(c byte) bool {
	return c >= 0x80 || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// regionAbbreviationAt matches a state or province abbreviation at word i: after a place
// and a comma (Barrie, Ont.; LOUISVILLE, KY; in a dateline also without its dot: EDMONTON,
// Ky), or, for those with an inner dot, alone (in B.C.) but not after a number (300 B.C.).
func (g *Gazetteer) regionAbbreviationAt(text string, toks []token, i int) (match, bool) {
	t := &toks[i]
	if !t.cap {
		return match{}, false
	}
	afterPlace := i > 0 && isComma(t.sep) && toks[i-1].cap
	if !afterPlace && (t.end-t.start != 1 || t.end >= len(text) || text[t.end] != '.') {
		return match{}, false // alone, only N.J., B.C.: a letter and a dot
	}
	afterDigit := i > 0 && t.sep == " " && toks[i-1].key != "" && toks[i-1].key[0] >= '0' && toks[i-1].key[0] <= '9'
	rest := text[t.start:]
	ends := func(n int) bool { return n >= len(rest) || !isWordByte(rest[n]) }
	mk := func(n int, cc, admin1 string) (match, bool) {
		r, ok := g.regions[cc+"."+admin1]
		if !ok {
			return match{}, false
		}
		j := i
		for j < len(toks) && toks[j].start < t.start+n {
			j++
		}
		return match{i: i, j: j, key: namekey.Key(rest[:n]), postings: []int32{r}, abbrevCC: cc, abbrevRegion: true,
			start: t.start, end: t.start + n}, true
	}
	for _, a := range regionAbbreviations {
		if rest[0] != a.text[0] {
			continue // neither a.text nor a.text without its dot starts rest
		}
		inner := strings.Count(a.text, ".") > 1
		if strings.HasPrefix(rest, a.text) && (afterPlace || inner && !afterDigit) {
			return mk(len(a.text), a.cc, a.admin1)
		}
		if bare := strings.TrimSuffix(a.text, "."); afterPlace && toks[i-1].dateline && !inner &&
			strings.HasPrefix(rest, bare) && ends(len(bare)) {
			return mk(len(bare), a.cc, a.admin1)
		}
	}
	if afterPlace && len(rest) >= 2 && postalStates[rest[:2]] && ends(2) {
		return mk(2, "US", rest[:2])
	}
	return match{}, false
}
