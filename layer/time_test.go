package layer

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

func TestParseTime(t *testing.T) {
	day := func(y int, m time.Month, d int) Interval {
		s := time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix()
		return Interval{s, s + 86399}
	}
	at := func(s string) Interval {
		u, err := time.Parse(time.RFC3339, s)
		if err != nil {
			t.Fatal(err)
		}
		return Interval{u.Unix(), u.Unix()}
	}
	for _, c := range []struct {
		in   string
		want Interval
	}{
		{"2016-10-19", day(2016, 10, 19)},
		{"19 October 2016", day(2016, 10, 19)},
		{"19-October-2016", day(2016, 10, 19)},
		{"12 March 2016", day(2016, 3, 12)},
		{"20160312", day(2016, 3, 12)},
		{"2016/03/12", day(2016, 3, 12)},
		{"March 12, 2016", day(2016, 3, 12)},
		{"2016-10-19T14:30:00Z", at("2016-10-19T14:30:00Z")},
		{"2016-10-19T14:30:00.250+03:00", at("2016-10-19T11:30:00Z")},
		{"2016-10-19T14:30Z", at("2016-10-19T14:30:00Z")},
		{"2016-10-19T14:30:00", at("2016-10-19T14:30:00Z")},
		{"2016-10-19 14:30", at("2016-10-19T14:30:00Z")},
		{"20161019143000", at("2016-10-19T14:30:00Z")},
		{"2016-10", Interval{day(2016, 10, 1).Start, day(2016, 10, 31).End}},
		{"2016", Interval{day(2016, 1, 1).Start, day(2016, 12, 31).End}},
	} {
		got, err := ParseTime(c.in)
		if err != nil || got != c.want {
			t.Errorf("ParseTime(%q) = %v, %v; want %v", c.in, got, err, c.want)
		}
	}
	for _, bad := range []string{"soon", "19/10/2016", "2016-13-01", "", "12345"} {
		if iv, err := ParseTime(bad); err == nil {
			t.Errorf("ParseTime(%q) = %v, want an error", bad, iv)
		}
	}
}

func TestLoadTimes(t *testing.T) {
	l, err := Load("testdata/time/events.csv", Options{})
	if err != nil {
		t.Fatal(err)
	}
	ts := l.Times()
	if ts == nil || ts.Count != 10 {
		t.Fatalf("times = %+v, want 10 timed features", ts)
	}
	for i, iv := range ts.Features {
		want := time.Date(2016, 10, 1+i, 0, 0, 0, 0, time.UTC)
		if got := iv.From(); got.Format("2006-01-02") != want.Format("2006-01-02") {
			t.Errorf("feature %d (%s) starts %v, want on %v", i, l.Features[i].Name, got, want)
		}
	}
	if got := ts.Span.From(); !got.Equal(time.Date(2016, 10, 1, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("span from %v", got)
	}
	if got := ts.Span.To(); !got.Equal(time.Date(2016, 10, 10, 23, 59, 59, 0, time.UTC)) {
		t.Errorf("span to %v", got)
	}
	if len(l.Skipped) != 0 {
		t.Errorf("skipped %v", l.Skipped)
	}
}

func TestLoadTimesSpans(t *testing.T) {
	l, err := Load("testdata/time/spans.geojson", Options{})
	if err != nil {
		t.Fatal(err)
	}
	ts := l.Times()
	if ts == nil || ts.Count != 2 {
		t.Fatalf("times = %+v, want 2 timed features", ts)
	}
	siege := ts.Features[0]
	if siege.From().Format("2006-01-02") != "2016-07-17" || siege.To().Format("2006-01-02 15:04:05") != "2016-12-22 23:59:59" {
		t.Errorf("siege %v to %v", siege.From(), siege.To())
	}
	if got := ts.Features[1].From(); !got.Equal(time.Date(2016, 9, 9, 16, 0, 0, 0, time.UTC)) {
		t.Errorf("talks at %v", got)
	}
	if ts.Features[2].Timed() {
		t.Errorf("timeless feature has a time %v", ts.Features[2])
	}
}

// A value that is not a time gives one line naming the file, the property
// and the value; the rest loads.
func TestLoadTimesBad(t *testing.T) {
	l, err := Load("testdata/time/bad.csv", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(l.Features) != 4 || l.Times() == nil || l.Times().Count != 2 {
		t.Fatalf("%d features, times %+v; want 4 features, 2 timed", len(l.Features), l.Times())
	}
	if len(l.Skipped) != 1 {
		t.Fatalf("skipped = %v, want one line", l.Skipped)
	}
	r := l.Skipped[0].Reason
	for _, want := range []string{"testdata/time/bad.csv", "date", `"soon"`, "2 features"} {
		if !strings.Contains(r, want) {
			t.Errorf("reason %q lacks %q", r, want)
		}
	}
	if strings.Contains(r, "\n") {
		t.Errorf("reason %q is more than one line", r)
	}
}

func TestUntimedLayer(t *testing.T) {
	l, err := Parse("x", []byte(`{"type":"Feature","properties":{"name":"a"},"geometry":{"type":"Point","coordinates":[1,2]}}`), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if l.Times() != nil {
		t.Errorf("a layer without times has %+v", l.Times())
	}
}

func TestSubset(t *testing.T) {
	l, err := Load("testdata/time/events.csv", Options{})
	if err != nil {
		t.Fatal(err)
	}
	s := l.Subset([]int{2, 5})
	if len(s.Features) != 2 || s.Features[1].Name != "e06" || s.Features[1].ID != 5 {
		t.Fatalf("subset features %v", s.Features)
	}
	if s.Bound.Min[0] != 37 || s.Bound.Max[0] != 38.5 {
		t.Errorf("subset bound %v", s.Bound)
	}
	if s.Times().Count != 2 || s.Times().Span.From().Day() != 3 {
		t.Errorf("subset times %+v", s.Times())
	}
	if s.StyleOf(1) != l.StyleOf(5) {
		t.Errorf("subset style differs")
	}
}

// The formats' own time fields put their layers on the timeline: ACLED's
// event_date, GDELT's SQLDATE, GPX point times, KML's TimeStamp.
func TestFormatTimes(t *testing.T) {
	for _, c := range []struct {
		file     string
		timed    int
		from, to string // the span's ends, RFC 3339
	}{
		{"acled-sample.csv", 3, "2016-12-01T00:00:00Z", "2016-12-03T23:59:59Z"},
		{"20161201.export.CSV", 2, "2016-12-01T00:00:00Z", "2016-12-01T23:59:59Z"},
		{"walk-aleppo.gpx", 2, "2016-12-01T09:00:00Z", "2016-12-01T10:40:00Z"},
		{"mymaps-aleppo.kml", 2, "2016-11-15T00:00:00Z", "2016-12-22T23:59:59Z"},
	} {
		l, err := Load("testdata/formats/"+c.file, Options{})
		if err != nil {
			t.Fatal(err)
		}
		ts := l.Times()
		if ts == nil {
			t.Errorf("%s: no times", c.file)
			continue
		}
		for _, s := range l.Skipped {
			if strings.Contains(s.Reason, "not a time") {
				t.Errorf("%s: %s", c.file, s.Reason)
			}
		}
		if got := fmt.Sprint(ts.Count, " ", ts.Span.From().Format(time.RFC3339), " ", ts.Span.To().Format(time.RFC3339)); got != fmt.Sprint(c.timed, " ", c.from, " ", c.to) {
			t.Errorf("%s: %s timed, want %d %s %s", c.file, got, c.timed, c.from, c.to)
		}
	}
}
