package places

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

var updateGolden = flag.Bool("update", false, "rewrite testdata/find-golden.ndjson from what Find returns now")

// goldenVariants rewrite an article so that the same names meet other paths of the finder:
// all capitals (datelines, abbreviations), no capitals, one sentence a line (line starts,
// headlines) and curly apostrophes (possessives, contractions, elisions).
var goldenVariants = []struct {
	name string
	fn   func(string) string
}{
	{"as-is", func(s string) string { return s }},
	{"upper", strings.ToUpper},
	{"lower", strings.ToLower},
	{"lines", func(s string) string { return strings.ReplaceAll(s, ". ", ".\n") }},
	{"curly", func(s string) string { return strings.ReplaceAll(s, "'", "’") }},
}

// TestFindGolden compares everything Find returns (places, mentions and, from
// WithCandidates, the readings weighed and their evidence) for the test articles and their
// variants with testdata/find-golden.ndjson, written once by `go test -run FindGolden
// -update` before the finder was made faster: a speed-up must not change what is found.
func TestFindGolden(t *testing.T) {
	g := gaz(t).WithCandidates()
	paths, err := filepath.Glob("testdata/articles/*.txt")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no test articles (%v)", err)
	}
	sort.Strings(paths)
	var got bytes.Buffer
	enc := json.NewEncoder(&got)
	enc.SetEscapeHTML(false)
	for _, p := range paths {
		text, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, v := range goldenVariants {
			line := struct {
				Article string  `json:"article"`
				Variant string  `json:"variant"`
				Places  []Place `json:"places"`
			}{filepath.Base(p), v.name, g.Find(v.fn(string(text)))}
			if err := enc.Encode(line); err != nil {
				t.Fatal(err)
			}
		}
	}
	const golden = "testdata/find-golden.ndjson"
	if *updateGolden {
		if err := os.WriteFile(golden, got.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	gotLines, wantLines := strings.Split(got.String(), "\n"), strings.Split(string(want), "\n")
	for i := 0; i < len(gotLines) || i < len(wantLines); i++ {
		var a, b string
		if i < len(gotLines) {
			a = gotLines[i]
		}
		if i < len(wantLines) {
			b = wantLines[i]
		}
		if a != b {
			t.Fatalf("line %d differs from %s:\ngot  %.600s\nwant %.600s", i+1, golden, a, b)
		}
	}
}
