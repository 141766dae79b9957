package places

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"newsatlas/places/namekey"
)

// token is one word of the article with what Find needs to know about it.
type token struct {
	start, end int    // byte range, without a possessive 's
	fullEnd    int    // end of the word with its possessive, when poss
	key        string // namekey.Word of the word, without a possessive 's
	fullKey    string // key with the possessive, when poss
	poss       bool   // the word ended in 's or ’s
	cap        bool   // starts with an upper-case letter
	allCaps    bool   // two or more letters, all upper case
	lower      bool   // starts with a lower-case letter
	sep        string // the text between the previous word and this one
	// uninformative is true where a capital says nothing: the start of a sentence or
	// line, after an opening quote or a dash, and in a title-case headline.
	uninformative bool
	headline      bool // the word is in a title-case headline line
	dateline      bool // an all-caps word of a dateline (TEHRAN (Tasnim) –, KUWAIT CITY –)
	demonym       bool // a nationality or people word (Syrian, Kurdish), set by Find
	contraction   bool // the word is a contraction (He'd, they'll, can't)
}

// tokenize cuts text into words and marks sentence starts, headlines and datelines.
func tokenize(text string) []token { return new(scratch).tokenize(text) }

// tokenize is tokenize in the slices of s. The words' keys are folded into one buffer,
// one string for the whole text.
func (s *scratch) tokenize(text string) []token {
	spans := namekey.AppendWords(s.spans[:0], text)
	toks := s.toks[:0]
	keys := s.keys[:0]
	at := s.keyAt[:0]
	prevEnd := 0
	for _, sp := range spans {
		w := text[sp.Start:sp.End]
		t := token{start: sp.Start, end: sp.End, sep: text[prevEnd:sp.Start]}
		prevEnd = sp.End
		var k keyAt
		if base, ok := stripPossessive(w); ok {
			t.poss = true
			k.full[0] = len(keys)
			keys = namekey.AppendWord(keys, w)
			k.full[1] = len(keys)
			t.fullEnd = sp.End
			t.end = sp.Start + len(base)
			w = base
		}
		k.key[0] = len(keys)
		keys = namekey.AppendWord(keys, w)
		k.key[1] = len(keys)
		at = append(at, k)
		t.contraction = isContraction(w)
		r, n := utf8.DecodeRuneInString(w)
		t.cap = unicode.IsUpper(r)
		t.lower = unicode.IsLower(r)
		if t.lower && isElision(w[n:]) {
			t.cap, t.lower = true, false // d'Ivoire, l'Aquila
		}
		t.allCaps = isAllCaps(w)
		toks = append(toks, t)
	}
	s.spans, s.toks, s.keys, s.keyAt = spans, toks, keys, at
	all := string(keys)
	for i, k := range at {
		toks[i].key = all[k.key[0]:k.key[1]]
		toks[i].fullKey = all[k.full[0]:k.full[1]]
	}
	markSentences(toks)
	markHeadlines(text, toks)
	markDatelines(toks)
	return toks
}

// stripPossessive cuts a trailing 's written with any apostrophe namekey knows ('s, ’s, ʼs...).
func stripPossessive(w string) (string, bool) {
	if len(w) < 3 || (w[len(w)-1] != 's' && w[len(w)-1] != 'S') {
		return w, false
	}
	r, n := utf8.DecodeLastRuneInString(w[:len(w)-1])
	if !namekey.IsApostrophe(r) || len(w)-1-n == 0 {
		return w, false
	}
	return w[:len(w)-1-n], true
}

// isContraction reports whether w ends in an apostrophe and d, ll, re, ve, m or t (He'd, can't).
func isContraction(w string) bool {
	if !hasApostrophe(w) {
		return false
	}
	for _, suf := range []string{"d", "ll", "re", "ve", "m", "t", "D", "LL", "RE", "VE", "M", "T"} {
		if b, ok := strings.CutSuffix(w, suf); ok && b != "" {
			r, n := utf8.DecodeLastRuneInString(b)
			if namekey.IsApostrophe(r) && len(b) > n {
				return true
			}
		}
	}
	return false
}

// hasApostrophe reports whether w holds one of ' ’ ʼ ` ´.
func hasApostrophe(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c == '\'' || c == '`' || c >= utf8.RuneSelf {
			return strings.ContainsAny(w[i:], "'’ʼ`´")
		}
	}
	return false
}

// isElision reports whether rest, what follows a word's first letter, is an apostrophe and
// a capital letter.
func isElision(rest string) bool {
	r, n := utf8.DecodeRuneInString(rest)
	if !namekey.IsApostrophe(r) {
		return false
	}
	r, _ = utf8.DecodeRuneInString(rest[n:])
	return unicode.IsUpper(r)
}

// isAllCaps reports whether w has at least two letters and no lower-case one.
func isAllCaps(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n >= 2
}

// markSentences marks words whose capital letter the grammar asks for.
func markSentences(toks []token) {
	for i := range toks {
		if i > 0 && toks[i].sep == " " {
			continue
		}
		if i == 0 || opensSentence(toks[i].sep) ||
			strings.Contains(toks[i].sep, " - ") {
			toks[i].uninformative = true
		}
	}
}

// opensSentence reports whether sep, the text before a word, holds one of . ! ? : ; a line
// break, an opening quote, a dash or a parenthesis (“"‘–—().
func opensSentence(sep string) bool {
	for i := 0; i < len(sep); i++ {
		switch c := sep[i]; {
		case c >= utf8.RuneSelf:
			return strings.ContainsAny(sep[i:], ".!?:;\n“\"‘–—(")
		case c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '\n' || c == '"' || c == '(':
			return true
		}
	}
	return false
}

// markHeadlines marks the words of title-case lines: lines that do not end a sentence and
// whose longer words are mostly capitalised.
func markHeadlines(text string, toks []token) {
	lineStart, k := 0, 0 // k: the first word not before the line
	for lineStart < len(text) {
		lineEnd := strings.IndexByte(text[lineStart:], '\n')
		if lineEnd < 0 {
			lineEnd = len(text)
		} else {
			lineEnd += lineStart
		}
		for k < len(toks) && toks[k].start < lineStart {
			k++
		}
		in := k // the words of the line are toks[k:in]: words hold no line break
		for in < len(toks) && toks[in].end <= lineEnd {
			in++
		}
		line := strings.TrimSpace(text[lineStart:lineEnd])
		if line != "" && !strings.ContainsAny(line[len(line)-1:], ".!?\"”:") {
			long, capped := 0, 0
			for i := k; i < in; i++ {
				if len(toks[i].key) >= 4 {
					long++
					if toks[i].cap {
						capped++
					}
				}
			}
			if long >= 2 && capped*4 >= long*3 {
				for i := k; i < in; i++ {
					toks[i].headline = true
					toks[i].uninformative = true
				}
			}
		}
		lineStart = lineEnd + 1
	}
}

// markDatelines marks the all-caps words that open a line or a sentence and are followed by
// a comma, an opening parenthesis or a dash (TEHRAN (Tasnim) –, BEIJING --), or that open
// the text before a capitalised word (WASHINGTON Barack Obama...): the dateline, where an
// all-caps name is a place.
func markDatelines(toks []token) {
	for i := 0; i < len(toks); i++ {
		if i > 0 && toks[i].sep == " " {
			continue // neither a line start nor after ". "
		}
		lineStart := i == 0 || strings.Contains(toks[i].sep, "\n")
		if !lineStart && !strings.HasSuffix(toks[i].sep, ". ") {
			continue
		}
		j := i
		for j < len(toks) && j-i < 5 && toks[j].allCaps && (j == i || joins(toks, j)) {
			j++
		}
		if j == i || j == len(toks) && j-i > 4 {
			continue
		}
		after := ""
		if j < len(toks) {
			after = toks[j].sep
		}
		dash := strings.ContainsAny(after, "(–—") || strings.Contains(after, " - ") || strings.Contains(after, "--")
		opensText := i == 0 && after == " " && j < len(toks) && toks[j].cap && !toks[j].allCaps
		if dash || lineStart && strings.Contains(after, ",") || opensText {
			for k := i; k < j; k++ {
				toks[k].dateline = true
			}
		}
	}
}

// isSpanSep reports whether two words separated by sep may belong to one name: one space
// or one hyphen.
func isSpanSep(sep string) bool {
	switch sep {
	case " ", "-", "‐", " -", "- ", "\u00a0":
		return true
	}
	return false
}
