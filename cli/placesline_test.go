package cli

import (
	"bytes"
	"encoding/json"
	"math"
	"testing"

	"newsatlas/places"
)

// TestAppendArticleLine checks that appendArticleLine writes what a json.Encoder with
// HTML escaping off writes, byte for byte, for lines with every field, none, strings that
// need escaping, invalid UTF-8, line separators, tiny and huge floats and candidates.
func TestAppendArticleLine(t *testing.T) {
	mention := func(text string) []places.Mention {
		return []places.Mention{{Start: 0, End: len(text), Text: text}, {Start: 9, End: 15, Text: "Syrian", Kind: places.Demonym}}
	}
	odd := []string{
		"", "Aleppo", `say "Aleppo"`, `C:\path`, "tab\there", "line\nbreak\r\n", "\b\f\x00\x1f\x7f",
		"<b>&amp;</b>", "Dēr ez-Zōr", "N’Djamena “quoted”", "\xff\xfe broken \xc3", "a\u2028b\u2029c", "😀 ز",
	}
	var lines []articleLine
	for _, s := range odd {
		lines = append(lines, articleLine{Source: s, ID: s, URL: s, Title: s, Date: s, DateFrom: s,
			Places: []places.Place{{Name: s, Kind: s, Mentions: mention(s), Country: s, Population: 12, GeonameID: 7}}})
	}
	for _, f := range []float64{0, math.Copysign(0, -1), 36.2, -86.7467, 1e-7, -3e-9, 1e-6, 5e21, 1e20, 179.99999999, 0.1 + 0.2} {
		lines = append(lines, articleLine{Source: "f", Places: []places.Place{{Name: "X", Lat: f, Lon: -f, Kind: "city", Mentions: []places.Mention{}}}})
	}
	lines = append(lines,
		articleLine{Source: "empty", Places: []places.Place{}},
		articleLine{Source: "candidates", Places: []places.Place{{Name: "Paris", Lat: 48.85, Lon: 2.35, Kind: "city",
			Mentions: mention("Paris"), Candidates: []places.Candidate{{Name: "Paris", Kind: "city", Score: 9.5, Chosen: true, Evidence: []string{"<a> & b"}}}}}},
		articleLine{Source: "two", Places: []places.Place{{Name: "A", Kind: "country", Mentions: mention("A")}, {Name: "B", Kind: "region", Mentions: mention("B"), Population: -1}}},
	)
	for i, l := range lines {
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(l); err != nil {
			t.Fatal(err)
		}
		got, err := appendArticleLine(nil, &l)
		if err != nil {
			t.Fatalf("line %d: %v", i, err)
		}
		if !bytes.Equal(got, want.Bytes()) {
			t.Errorf("line %d:\ngot  %s\nwant %s", i, got, want.Bytes())
		}
	}
	if _, err := appendArticleLine(nil, &articleLine{Places: []places.Place{{Lat: math.NaN()}}}); err == nil {
		t.Error("NaN latitude: no error")
	}
}

// BenchmarkAppendArticleLine writes a line of three places with two mentions each.
func BenchmarkAppendArticleLine(b *testing.B) {
	ms := []places.Mention{{Start: 10, End: 16, Text: "Aleppo"}, {Start: 200, End: 206, Text: "Syrian", Kind: places.Demonym}}
	l := articleLine{Source: "news.ndjson:17", ID: "17", Title: "Talks on Aleppo resume in Geneva", Date: "2016-09-09", Places: []places.Place{
		{Name: "Aleppo", Lat: 36.2021, Lon: 37.1343, Kind: "city", Mentions: ms, Country: "SY", Population: 1602264, GeonameID: 170063},
		{Name: "Syria", Lat: 35, Lon: 38, Kind: "country", Mentions: ms, Country: "SY", Population: 22198110, GeonameID: 163843},
		{Name: "Geneva", Lat: 46.2022, Lon: 6.1457, Kind: "city", Mentions: ms, Country: "CH", Population: 183981, GeonameID: 2660646},
	}}
	b.ReportAllocs()
	var buf []byte
	for b.Loop() {
		buf, _ = appendArticleLine(buf[:0], &l)
	}
}
