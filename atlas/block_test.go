package atlas

import (
	"strings"
	"testing"
)

// TestParagraphsOfPlainText are the non-blank lines, the first a headline.
func TestParagraphsOfPlainText(t *testing.T) {
	a := &Article{Text: "Title\n\nOne line\r\nTwo"}
	ps := a.Paragraphs()
	var got []string
	for _, p := range ps {
		got = append(got, a.Text[p.Start:p.End])
	}
	if strings.Join(got, "|") != "Title|One line|Two" || ps[0].Heading != 1 || ps[1].Heading != 0 {
		t.Fatalf("paragraphs %q %+v", got, ps)
	}
}
