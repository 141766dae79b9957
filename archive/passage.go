package archive

import (
	"sort"
	"strings"

	"newsatlas/places"
)

// Passage is a sentence of an article that mentions places.
type Passage struct {
	Text string `json:"text"`
	// Start and End are the sentence's byte offsets into the article's Text.
	Start int `json:"start"`
	End   int `json:"end"`
	// Places are the names of the places the sentence mentions, in order, once each.
	Places []string `json:"places"`
}

// Passages are the sentences of text holding the mentions of ps (whose offsets are into
// text), in text order, each once with the places it names. A sentence ends at ".", "!"
// or "?" followed by white space, or at a line break.
func Passages(text string, ps []places.Place) []Passage {
	type at struct {
		start, end int
		name       string
	}
	var ms []at
	for _, p := range ps {
		for _, m := range p.Mentions {
			if m.Start >= 0 && m.End <= len(text) && m.Start < m.End {
				ms = append(ms, at{m.Start, m.End, p.Name})
			}
		}
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].start < ms[j].start })
	var out []Passage
	for _, m := range ms {
		if n := len(out); n > 0 && m.start < out[n-1].End {
			last := &out[n-1]
			if !contains(last.Places, m.name) {
				last.Places = append(last.Places, m.name)
			}
			last.End = max(last.End, sentenceEnd(text, m.end))
			last.Text = text[last.Start:last.End]
			continue
		}
		s, e := sentenceStart(text, m.start), sentenceEnd(text, m.end)
		out = append(out, Passage{Text: text[s:e], Start: s, End: e, Places: []string{m.name}})
	}
	return out
}

func contains(ss []string, s string) bool {
	for _, t := range ss {
		if t == s {
			return true
		}
	}
	return false
}

// sentenceStart is the offset of the first non-space byte of the sentence holding byte i.
func sentenceStart(text string, i int) int {
	s := 0
	for j := i - 1; j >= 0; j-- {
		c := text[j]
		if c == '\n' {
			s = j + 1
			break
		}
		if (c == ' ' || c == '\t') && j > 0 && strings.IndexByte(".!?", text[j-1]) >= 0 && !abbreviation(text, j-1) {
			s = j + 1
			break
		}
	}
	for s < i && (text[s] == ' ' || text[s] == '\t' || text[s] == '\r') {
		s++
	}
	return s
}

// sentenceEnd is the offset just after the sentence holding byte i-1: after its closing
// punctuation (and a closing quote or bracket), or at the line's end.
func sentenceEnd(text string, i int) int {
	for j := i; j < len(text); j++ {
		c := text[j]
		if c == '\n' || c == '\r' {
			return j
		}
		if strings.IndexByte(".!?", c) >= 0 && !abbreviation(text, j) && (j+1 == len(text) || text[j+1] == ' ' || text[j+1] == '\n' || text[j+1] == '\r' || strings.IndexByte("\"')]", text[j+1]) >= 0) {
			k := j + 1
			for k < len(text) && strings.IndexByte("\"')]", text[k]) >= 0 {
				k++
			}
			if k == len(text) || text[k] == ' ' || text[k] == '\n' || text[k] == '\r' {
				return k
			}
		}
	}
	return len(text)
}

// abbreviations are the words whose period does not end a sentence (Dr. Smith).
var abbreviations = map[string]bool{
	"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "St": true, "Sr": true, "Jr": true, "Gen": true,
	"Col": true, "Lt": true, "Sgt": true, "Gov": true, "Sen": true, "Rep": true, "Prof": true,
	"Mt": true, "Ft": true, "Capt": true, "Maj": true, "Adm": true, "Rev": true, "No": true, "vs": true,
}

// abbreviation reports whether the period at text[i] closes an abbreviation: one of
// abbreviations, a single capital letter (J. Smith) or dotted initials (U.S.).
func abbreviation(text string, i int) bool {
	if text[i] != '.' {
		return false
	}
	j := i
	for j > 0 && (isLetter(text[j-1]) || text[j-1] == '.') {
		j--
	}
	w := text[j:i]
	switch {
	case w == "":
		return false
	case abbreviations[w]:
		return true
	case len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z':
		return true
	}
	return strings.Contains(w, ".") && len(w) <= 5 // U.S, U.N
}

func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
