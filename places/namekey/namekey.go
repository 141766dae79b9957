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
	if r < utf8.RuneSelf {
		return asciiWord[r]
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// asciiWord marks the ASCII letters and digits, the ASCII runes of words.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

// decodeRune is utf8.DecodeRuneInString with the ASCII byte read first.
func decodeRune(s string) (rune, int) {
	if len(s) > 0 && s[0] < utf8.RuneSelf {
		return rune(s[0]), 1
	}
	return utf8.DecodeRuneInString(s)
}

// SplitWords cuts s into words: runs of letters, digits and marks, with apostrophes kept
// when a word rune follows them.
func SplitWords(s string) []Span { return AppendWords(make([]Span, 0, len(s)/6), s) }

// AppendWords appends the words of s (SplitWords) to out.
func AppendWords(out []Span, s string) []Span {
	start := -1
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf && c != '\'' && c != '`' {
			if asciiWord[c] {
				if start < 0 {
					start = i
				}
				for i++; i < len(s) && s[i] < utf8.RuneSelf && asciiWord[s[i]]; i++ {
				}
				continue
			} else if start >= 0 {
				out = append(out, Span{start, i})
				start = -1
			}
			i++
			continue
		}
		r, n := decodeRune(s[i:])
		switch {
		case IsWordRune(r) && !IsApostrophe(r):
			if start < 0 {
				start = i
			}
		case IsApostrophe(r) && start >= 0:
			next, _ := decodeRune(s[i+n:])
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

// spellOut spells out the abbreviations that place names use both ways: st, ste, mt and ft.
func spellOut(k []byte) (string, bool) {
	if len(k) < 2 || len(k) > 3 {
		return "", false
	}
	switch string(k) {
	case "st":
		return "saint", true
	case "ste":
		return "sainte", true
	case "mt":
		return "mount", true
	case "ft":
		return "fort", true
	}
	return "", false
}

// Word folds one word to its key form.
func Word(w string) string {
	if isKey(w) {
		if a, ok := spellOut([]byte(w)); ok {
			return a
		}
		return w
	}
	return string(AppendWord(make([]byte, 0, len(w)), w))
}

// isKey reports whether w is its own key form as a word: lower-case ASCII without
// apostrophes, unless it is an abbreviation Word spells out.
func isKey(w string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf || c == '\'' || c == '`' || ('A' <= c && c <= 'Z') {
			return false
		}
	}
	_, abbrev := spellOut([]byte(w))
	return !abbrev
}

// AppendWord appends the key form of word w (Word) to dst.
func AppendWord(dst []byte, w string) []byte {
	start := len(dst)
	for i := 0; i < len(w); {
		if c := w[i]; c < utf8.RuneSelf {
			switch {
			case c == '\'' || c == '`':
			case 'A' <= c && c <= 'Z':
				dst = append(dst, c+'a'-'A')
			default:
				dst = append(dst, c)
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		i += n
		switch {
		case IsApostrophe(r):
		case r == 'ـ' || (r >= 0x064B && r <= 0x065F) || r == 0x0670:
			// Arabic tatweel and vowel marks.
		case r == 'أ' || r == 'إ' || r == 'آ' || r == 'ٱ':
			dst = utf8.AppendRune(dst, 'ا')
		case r == 'ة':
			dst = utf8.AppendRune(dst, 'ه')
		case r == 'ى':
			dst = utf8.AppendRune(dst, 'ي')
		default:
			if f, ok := foldTable[r]; ok {
				dst = append(dst, f...)
			} else if !unicode.IsMark(r) {
				dst = utf8.AppendRune(dst, unicode.ToLower(r))
			}
		}
	}
	if a, ok := spellOut(dst[start:]); ok {
		dst = append(dst[:start], a...)
	}
	return dst
}
