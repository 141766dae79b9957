package namekey

import (
	"slices"
	"testing"
)

// TestWord checks the key form of single words: ASCII kept or lower-cased, apostrophes
// dropped, diacritics and Arabic letter variants folded, abbreviations spelled out, and
// invalid UTF-8 kept as U+FFFD.
func TestWord(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"aleppo", "aleppo"},
		{"Aleppo", "aleppo"},
		{"ALEPPO", "aleppo"},
		{"Debal'tseve", "debaltseve"},
		{"N’Djamena", "ndjamena"},
		{"Dēr", "der"},
		{"Zōr", "zor"},
		{"Karbalāʼ", "karbala"},
		{"Æro", "aero"},
		{"İstanbul", "istanbul"},
		{"ΑΘΗΝΑ", "αθηνα"},
		{"أحمد", "احمد"},
		{"حلبـ", "حلب"},
		{"St", "saint"},
		{"st", "saint"},
		{"STE", "sainte"},
		{"Mt", "mount"},
		{"ft", "fort"},
		{"Stadt", "stadt"},
		{"S\u0301t", "saint"}, // the combining mark dropped, then St spelled out
		{"\xffab", "\ufffdab"},
		{"", ""},
	} {
		if got := Word(c.in); got != c.want {
			t.Errorf("Word(%q) = %q, want %q", c.in, got, c.want)
		}
		if got := string(AppendWord([]byte("x "), c.in)); got != "x "+c.want {
			t.Errorf("AppendWord(%q) = %q, want %q", c.in, got, "x "+c.want)
		}
	}
}

// TestSplitWords checks word boundaries: ASCII and other letters, digits and marks make
// words, an apostrophe stays inside a word only before a word rune.
func TestSplitWords(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"Deir ez-Zor, Syria.", []string{"Deir", "ez", "Zor", "Syria"}},
		{"Syria's N’Djamena Karbalāʼ", []string{"Syria's", "N’Djamena", "Karbalā"}},
		{"rock 'n' roll '90s", []string{"rock", "n", "roll", "90s"}},
		{"e\u0301te\u0301 — ٢٠١٦ حلب", []string{"e\u0301te\u0301", "٢٠١٦", "حلب"}},
		{"a\xffb", []string{"a", "b"}},
		{"", nil},
	} {
		var got []string
		for _, s := range SplitWords(c.in) {
			got = append(got, c.in[s.Start:s.End])
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("SplitWords(%q) = %q, want %q", c.in, got, c.want)
		}
		if spans := AppendWords([]Span{{1, 2}}, c.in); len(spans) != len(c.want)+1 || spans[0] != (Span{1, 2}) {
			t.Errorf("AppendWords(%q) = %v, want the span given and %d more", c.in, spans, len(c.want))
		}
	}
}

// TestKey checks whole names: words keyed and joined by single spaces.
func TestKey(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Deir ez-Zor", "deir ez zor"},
		{"Deir Ez Zor", "deir ez zor"},
		{"Dēr ez-Zōr", "der ez zor"},
		{"St. John's", "saint johns"},
		{"  Mt   Lebanon ", "mount lebanon"},
	} {
		if got := Key(c.in); got != c.want {
			t.Errorf("Key(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
