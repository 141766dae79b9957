package archive

import (
	"context"
	"strings"
	"testing"

	"github.com/paulmach/orb"
)

// TestRealSources reads the real, dated news items of testdata (the sources of the Aleppo
// control record), finds their places and relates them to Aleppo's districts: every item
// dated by its record, in order, and the passages cut from each item's own text.
func TestRealSources(t *testing.T) {
	g := gazetteer(t)
	src := "testdata/aleppo-sources.ndjson"
	aleppo := NewRegion("aleppo-control", "Aleppo city", orb.Polygon{{{37.0, 36.1}, {37.3, 36.1}, {37.3, 36.3}, {37.0, 36.3}, {37.0, 36.1}}})
	var ms []Match
	n, last := 0, ""
	read := func(yield func(*Article) error) error {
		return Walk(context.Background(), []string{src}, Options{}, yield)
	}
	err := Geoparse(context.Background(), g, 0, read, func(p *Parsed) error {
		n++
		if p.DateFrom != DateFromNDJSON || p.Day() < "2012-07-01" || p.Day() > "2016-12-31" || p.Day() < last {
			t.Errorf("%s: date %s from %q after %s", p.Source, p.Day(), p.DateFrom, last)
		}
		last = p.Day()
		if m, ok := Relate(p, aleppo); ok {
			ms = append(ms, m)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n != 62 {
		t.Errorf("%d articles, want 62", n)
	}
	if len(ms) < 40 {
		t.Errorf("%d of %d items name a place in Aleppo", len(ms), n)
	}
	Rank(ms)
	for i, m := range ms {
		if i > 0 && m.Mentions > ms[i-1].Mentions {
			t.Fatalf("not ranked by mentions at %d", i)
		}
		for _, p := range m.Passages {
			if m.Text[p.Start:p.End] != p.Text || len(p.Places) == 0 {
				t.Errorf("%s: passage %+v", m.Source, p)
			}
			for _, name := range p.Places {
				if name == "Syria" {
					t.Errorf("%s: Syria counted inside an Aleppo district", m.Source)
				}
			}
		}
	}
	if !strings.Contains(ms[0].Passages[0].Text, "Aleppo") {
		t.Errorf("first passage %q", ms[0].Passages[0].Text)
	}
}
