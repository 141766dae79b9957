// Package namekey turns place names and the words of a text into the lookup keys of the
// gazetteer. The gazetteer build script and package places share it, so a name and its
// mention in an article meet at the same key.
package namekey

//go:generate go run ./internal/genfold -o fold_table.go

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Key returns the lookup key of a place name as the gazetteer stores it: the name's
// words (see the tokenizer) lower-cased, with diacritics folded to ASCII, apostrophes
// dropped, Arabic letter variants unified, and the abbreviations St, Ste, Mt and Ft spelled
// out, joined by single spaces. "Deir ez-Zor", "Deir Ez Zor" and "Dēr ez-Zōr" share a key.
func Key(name string) string {
	var b strings.Builder
	for _, w := range SplitWords(name) {
		k := Word(name[w.Start:w.End])
		if k == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(k)
	}
	return b.String()
}

// Span is a word's byte range in a text.
type Span struct{ Start, End int }

// IsApostrophe reports whether r is one of the apostrophes and transliteration marks that
// may sit inside a word (Debal'tseve, N’Djamena, Karbalāʼ).
func IsApostrophe(r rune) bool {
	switch r {
	case '\'', '’', '‘', 'ʼ', 'ʻ', '`', '´', 'ʿ', 'ʾ', 'ʹ':
		return true
	}
	return false
}

// IsWordRune reports whether r belongs to a word.
func IsWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// SplitWords cuts s into words: runs of letters, digits and marks, with apostrophes kept
// when a word rune follows them.
func SplitWords(s string) []Span {
	var out []Span
	start := -1
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case IsWordRune(r) && !IsApostrophe(r):
			if start < 0 {
				start = i
			}
		case IsApostrophe(r) && start >= 0:
			next, _ := utf8.DecodeRuneInString(s[i+n:])
			if !IsWordRune(next) || IsApostrophe(next) {
				out = append(out, Span{start, i})
				start = -1
			}
		default:
			if start >= 0 {
				out = append(out, Span{start, i})
				start = -1
			}
		}
		i += n
	}
	if start >= 0 {
		out = append(out, Span{start, len(s)})
	}
	return out
}

// wordAbbreviations spells out the abbreviations that place names use both ways.
var wordAbbreviations = map[string]string{"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}

// Word folds one word to its key form.
func Word(w string) string {
	ascii := true
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 || c == '\'' || c == '`' || ('A' <= c && c <= 'Z') {
			ascii = false
			break
		}
	}
	if ascii {
		if a, ok := wordAbbreviations[w]; ok {
			return a
		}
		return w
	}
	var b strings.Builder
	b.Grow(len(w))
	for _, r := range w {
		switch {
		case r < 0x80:
			if r == '\'' || r == '`' {
				continue
			}
			b.WriteRune(unicode.ToLower(r))
		case IsApostrophe(r):
		case r == 'ـ' || (r >= 0x064B && r <= 0x065F) || r == 0x0670:
			// Arabic tatweel and vowel marks.
		case r == 'أ' || r == 'إ' || r == 'آ' || r == 'ٱ':
			b.WriteRune('ا')
		case r == 'ة':
			b.WriteRune('ه')
		case r == 'ى':
			b.WriteRune('ي')
		default:
			if f, ok := foldTable[r]; ok {
				b.WriteString(f)
			} else if !unicode.IsMark(r) {
				b.WriteRune(unicode.ToLower(r))
			}
		}
	}
	k := b.String()
	if a, ok := wordAbbreviations[k]; ok {
		return a
	}
	return k
}
