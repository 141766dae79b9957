package cli

import (
	"bufio"
	"encoding/json"
	"os"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// realNews is a sample of a real public news dataset: the 796 WORLD NEWS items of
// 2018-2020 of HuffPost's News Category Dataset (Rishabh Misra, CC BY 4.0), as NDJSON
// articles; see archive/testdata/SOURCES.md for where it comes from and how it was cut.
const realNews = "../archive/testdata/huffpost-world-2018-2020.ndjson"

// TestRealNewsInfo: `info` opens the real dataset as an archive of its 796 items,
// every one dated by its record, 1 May 2018 to 27 December 2020.
func TestRealNewsInfo(t *testing.T) {
	code, out, errs := run(t, "info", "--json", realNews)
	if code != OK {
		t.Fatalf("info: exit %d: %s", code, errs)
	}
	var got []Summary
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("%v in %s", err, out)
	}
	if len(got) != 1 || got[0].Kind != "archive" || got[0].Archive == nil {
		t.Fatalf("info %s", out)
	}
	a := got[0].Archive
	if a.Articles != 796 || a.First != "2018-05-01" || a.Last != "2020-12-27" || a.DateFrom["ndjson"] != 796 || len(got[0].Skipped) != 0 {
		t.Errorf("info: %+v, skipped %v", a, got[0].Skipped)
	}
}

// TestRealNewsPlaces: `places --json` over the real dataset gives one line per item, in
// the file's order, with its date, and finds the countries and cities its headlines and
// summaries name, at byte offsets that hold the words (many of the texts are not ASCII:
// curly quotes, accented names).
func TestRealNewsPlaces(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	code, out, errs := run(t, "places", "--json", realNews)
	if code != OK {
		t.Fatalf("places: exit %d: %s", code, errs)
	}
	type line struct {
		Source string `json:"source"`
		Title  string `json:"title"`
		Date   string `json:"date"`
		placesOut
	}
	texts := realTexts(t)
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 1<<20)
	n, placed, nonASCII := 0, 0, 0
	named := map[string]int{}
	for sc.Scan() {
		var l line
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			t.Fatalf("line %d: %v: %s", n+1, err, sc.Text())
		}
		n++
		if l.Date < "2018-05-01" || l.Date > "2020-12-27" {
			t.Errorf("%s: date %q", l.Source, l.Date)
		}
		if n > len(texts) {
			continue
		}
		text := texts[n-1]
		if !strings.HasPrefix(text, l.Title) {
			t.Errorf("%s: title %q is not its text's first line", l.Source, l.Title)
		}
		if len(l.Places) > 0 {
			placed++
		}
		if utf8.RuneCountInString(text) != len(text) {
			nonASCII++
		}
		for _, p := range l.Places {
			named[p.Name]++
			for _, m := range p.Mentions {
				if m.Start < 0 || m.End > len(text) || m.Start >= m.End || text[m.Start:m.End] != m.Text {
					t.Errorf("%s: %s mention %q at %d-%d is not there in %q", l.Source, p.Name, m.Text, m.Start, m.End, text)
				}
			}
		}
	}
	if n != 796 {
		t.Errorf("%d lines, want 796", n)
	}
	if placed < 700 {
		t.Errorf("places found in %d of %d items", placed, n)
	}
	if nonASCII < 100 {
		t.Errorf("only %d items not ASCII: not the real sample?", nonASCII)
	}
	for _, name := range []string{"United States", "China", "Iran", "United Kingdom", "North Korea", "Hong Kong", "Syria", "Ukraine"} {
		if named[name] < 5 {
			t.Errorf("%s named in %d items", name, named[name])
		}
	}
}

// TestRealNewsRelated: `related` at a point in Iran takes the country under it and lists
// the items naming Iran or its places, ranked by mentions, each with passages cut from
// its own text; a date window keeps those of 2019 alone.
func TestRealNewsRelated(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	related := func(args ...string) relatedGot {
		t.Helper()
		return relatedJSON(t, append([]string{"--json"}, args...)...)
	}
	texts := realTexts(t)
	all := related("--limit", "0", "53", "32", realNews)
	if all.Region.Layer != "countries" || all.Region.Name != "Iran" {
		t.Fatalf("region %+v, want the country Iran", all.Region)
	}
	if len(all.Articles) < 30 {
		t.Fatalf("%d items related to Iran", len(all.Articles))
	}
	in2019 := 0
	for i, a := range all.Articles {
		if i > 0 && a.Mentions > all.Articles[i-1].Mentions {
			t.Errorf("not ranked by mentions at %d: %d after %d", i, a.Mentions, all.Articles[i-1].Mentions)
		}
		if strings.HasPrefix(a.Date, "2019-") {
			in2019++
		}
		line, err := strconv.Atoi(a.Source[strings.LastIndexByte(a.Source, ':')+1:])
		if err != nil || line < 1 || line > len(texts) {
			t.Fatalf("source %q", a.Source)
		}
		text := texts[line-1]
		if len(a.Passages) == 0 {
			t.Errorf("%s: no passage", a.Source)
		}
		for _, p := range a.Passages {
			if p.End > len(text) || text[p.Start:p.End] != p.Text || len(p.Places) == 0 {
				t.Errorf("%s: passage %q at %d-%d not in its text", a.Source, p.Text, p.Start, p.End)
			}
		}
	}
	year := related("--limit", "0", "--from", "2019-01-01", "--to", "2019-12-31", "53", "32", realNews)
	if len(year.Articles) != in2019 || in2019 == 0 {
		t.Errorf("%d items related to Iran in 2019, want the %d of all dated 2019", len(year.Articles), in2019)
	}
	for _, a := range year.Articles {
		if !strings.HasPrefix(a.Date, "2019-") {
			t.Errorf("%s dated %s in a window of 2019", a.Source, a.Date)
		}
	}
}

// realTexts is the text of each item of realNews, in order.
func realTexts(t *testing.T) []string {
	t.Helper()
	var out []string
	b, err := os.ReadFile(realNews)
	if err != nil {
		t.Fatal(err)
	}
	for i, l := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		var r struct{ Text string }
		if err := json.Unmarshal([]byte(l), &r); err != nil {
			t.Fatalf("%s:%d: %v", realNews, i+1, err)
		}
		out = append(out, r.Text)
	}
	return out
}
