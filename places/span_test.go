package places

import (
	"fmt"
	"testing"
	"unicode/utf8"
)

// TestSpansAreExactByteRanges: a mention's start and end are byte offsets of the text that
// cut no UTF-8 sequence, its text is text[start:end], and it is the name itself, whatever
// apostrophe, quote or dash stands beside it.
func TestSpansAreExactByteRanges(t *testing.T) {
	marks := []struct{ name, before, after string }{
		{"straight apostrophe", "", "'s harbour"},
		{"right single quote", "", "’s harbour"},
		{"modifier apostrophe", "", "ʼs harbour"},
		{"left single quote", "", "‘s harbour"},
		{"backtick", "", "`s harbour"},
		{"acute accent", "", "´s harbour"},
		{"capital S", "", "’S harbour"},
		{"straight quotes", `"`, `"`},
		{"curly double quotes", "“", "”"},
		{"curly single quotes", "‘", "’"},
		{"guillemets", "«", "»"},
		{"low quote", "„", "“"},
		{"em dash", "—", "—"},
		{"en dash", "–", "–"},
		{"hyphen sign", "‐", "‐"},
		{"minus sign", "−", "−"},
		{"ellipsis", "", "…"},
		{"non-breaking space", "\u00a0", "\u00a0"},
		{"trailing apostrophe", "", "’ docks"},
	}
	g := gaz(t)
	for _, m := range marks {
		for _, name := range []string{"London", "Kabul", "Rio de Janeiro"} {
			t.Run(fmt.Sprintf("%s/%s", m.name, name), func(t *testing.T) {
				text := "Officials met in " + m.before + name + m.after + " on Monday."
				var got []Mention
				for _, p := range g.Find(text) {
					got = append(got, p.Mentions...)
				}
				if len(got) != 1 {
					t.Fatalf("%q: %d mentions %v, want 1", text, len(got), got)
				}
				mt := got[0]
				if mt.Start < 0 || mt.End > len(text) || mt.Start >= mt.End {
					t.Fatalf("%q: span [%d,%d) out of range", text, mt.Start, mt.End)
				}
				if !utf8.ValidString(text[mt.Start:mt.End]) || !utf8.RuneStart(text[mt.Start]) ||
					mt.End < len(text) && !utf8.RuneStart(text[mt.End]) {
					t.Errorf("%q: span [%d,%d) cuts a UTF-8 sequence", text, mt.Start, mt.End)
				}
				if mt.Text != text[mt.Start:mt.End] || mt.Text != name {
					t.Errorf("%q: mention %q at [%d,%d), want %q", text, mt.Text, mt.Start, mt.End, name)
				}
			})
		}
	}
}
