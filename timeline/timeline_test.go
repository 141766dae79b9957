package timeline

import (
	"strings"
	"testing"
	"time"

	"github.com/paulmach/orb/geojson"

	"newsatlas/control"
)

func mustLoad(t *testing.T) *Timeline {
	t.Helper()
	tl, err := Load()
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	return tl
}

func date(s string) time.Time {
	d, err := time.Parse(DateLayout, s)
	if err != nil {
		panic(err)
	}
	return d
}

// controlOf returns the control of the named neighbourhood (CSR NAME or id)
// in fc; all polygons of a name must agree.
func controlOf(t *testing.T, fc *geojson.FeatureCollection, name string) string {
	t.Helper()
	got := ""
	for _, f := range fc.Features {
		if f.Properties["name"] != name && f.Properties["id"] != name {
			continue
		}
		c := f.Properties.MustString("control")
		if got != "" && got != c {
			t.Fatalf("%s: polygons disagree: %s and %s", name, got, c)
		}
		got = c
	}
	if got == "" {
		t.Fatalf("no neighbourhood %q", name)
	}
	return got
}

func TestSpotChecks(t *testing.T) {
	tl := mustLoad(t)
	tests := []struct {
		date, name, want string
	}{
		// before the battle
		{"2012-07-01", "New Aleppo", control.Government},
		{"2012-07-01", "Hanano", control.Government},
		// the 2012 division
		{"2012-08-01", "New Aleppo", control.Government},
		{"2012-08-01", "Hanano", control.Opposition},
		{"2012-08-01", "as-Sakhour", control.Opposition},
		{"2012-08-01", "ash-Sheikh Maqsoud", control.SDF},
		{"2013-06-01", "Souq al-Madina", control.Contested},
		{"2014-01-01", "Sheikh Najjar", control.Contested},
		{"2014-08-01", "Sheikh Najjar", control.Government},
		// July 2016 siege
		{"2016-07-20", "Rasafeh", control.Opposition}, // Bani Zeid
		{"2016-07-29", "Rasafeh", control.Government},
		{"2016-07-29", "al-Belleramoon", control.Government}, // Layramoun
		// Ramouseh breach and its reversal
		{"2016-08-10", "Ad-Ramouseh Industrial District I", control.Contested},
		{"2016-09-05", "Ad-Ramouseh Industrial District I", control.Government},
		// the article's date
		{"2016-10-19", "New Aleppo", control.Government},
		{"2016-10-19", "al-Hamdaniyeh I", control.Government},
		{"2016-10-19", "Hanano", control.Opposition}, // Masaken Hanano
		{"2016-10-19", "Bustan al-Qaser", control.Opposition},
		{"2016-10-19", "as-Sukkari", control.Opposition},
		{"2016-10-19", "ash-Sheikh Maqsoud", control.SDF},
		// the north-east collapse
		{"2016-11-27", "Hanano", control.Government},
		{"2016-11-27", "Bustan al-Basha", control.SDF},
		{"2016-11-29", "Bustan al-Basha", control.Government},
		{"2016-11-29", "as-Sakhour", control.Government},
		{"2016-11-29", "al-Haydariyeh", control.Government},
		{"2016-11-29", "Sheikh Kheder", control.Government},
		{"2016-11-29", "ash-Sheikh Fares", control.SDF},
		{"2016-12-01", "Hanano", control.Government},
		{"2016-12-01", "Jabal Badro", control.Government},
		{"2016-12-01", "as-Sukkari", control.Opposition},
		// December
		{"2016-12-06", "ash-Sha'ar", control.Government},
		{"2016-12-08", "Aleppo Citadel", control.Government},
		{"2016-12-13", "Sheikh Sa’eed", control.Government},
		{"2016-12-13", "Bustan al-Qaser", control.Government},
		{"2016-12-23", "as-Sukkari", control.Government},
		{"2016-12-23", "ash-Sheikh Maqsoud", control.SDF},
	}
	for _, tt := range tests {
		t.Run(tt.date+"/"+tt.name, func(t *testing.T) {
			if got := controlOf(t, tl.At(date(tt.date)), tt.name); got != tt.want {
				t.Errorf("%s on %s: control %s, want %s", tt.name, tt.date, got, tt.want)
			}
		})
	}
}

// After the 22 December 2016 completion everything is government except
// Sheikh Maqsoud (sdf) and the two districts the sources disagree on.
func TestCompletion(t *testing.T) {
	tl := mustLoad(t)
	exceptions := map[string]string{
		"ash-Sheikh Maqsoud": control.SDF,
		"al-Ashrafiyeh":      control.Contested,
		"ash-Sheikh Fares":   control.Contested,
	}
	for _, f := range tl.At(date("2016-12-23")).Features {
		name := f.Properties.MustString("name")
		want, ok := exceptions[name]
		if !ok {
			want = control.Government
		}
		if got := f.Properties.MustString("control"); got != want {
			t.Errorf("%s on 2016-12-23: %s, want %s", name, got, want)
		}
	}
}

func TestEveryEventHasSource(t *testing.T) {
	tl := mustLoad(t)
	if len(tl.Events()) < 30 {
		t.Fatalf("only %d events", len(tl.Events()))
	}
	for i, ev := range tl.Events() {
		s := ev.Source
		if s.Publication == "" || s.Title == "" || s.Date == "" {
			t.Errorf("event %d (%s): incomplete source %+v", i, ev.Date.Format(DateLayout), s)
		}
		if _, err := time.Parse(DateLayout, s.Date); err != nil {
			t.Errorf("event %d: source date %q", i, s.Date)
		}
		if ev.Note == "" {
			t.Errorf("event %d (%s): no note", i, ev.Date.Format(DateLayout))
		}
	}
}

func TestEveryNeighbourhoodHasControl(t *testing.T) {
	tl := mustLoad(t)
	dates := tl.Changes()
	for d := date("2012-07-18"); d.Before(date("2017-01-01")); d = d.AddDate(0, 0, 17) {
		dates = append(dates, d)
	}
	for _, d := range dates {
		fc := tl.At(d)
		if len(fc.Features) != 133 {
			t.Fatalf("%s: %d features, want 133", d.Format(DateLayout), len(fc.Features))
		}
		for _, f := range fc.Features {
			p := f.Properties
			if !control.Valid(p.MustString("control", "")) {
				t.Errorf("%s: %s has control %q", d.Format(DateLayout), p.MustString("name", "?"), p["control"])
			}
			if p.MustString("as_of", "") != d.Format(DateLayout) {
				t.Errorf("as_of %v, want %s", p["as_of"], d.Format(DateLayout))
			}
			since := p.MustString("since", "")
			if since == "" || since > d.Format(DateLayout) {
				t.Errorf("%s: since %q after the date", p.MustString("name", "?"), since)
			}
			if src := p.MustString("source", ""); !strings.Contains(src, ", \"") {
				t.Errorf("source %q not `Publication, \"Title\", date`", src)
			}
		}
	}
}

func TestAtProperties(t *testing.T) {
	tl := mustLoad(t)
	found := false
	for _, f := range tl.At(date("2016-11-26")).Features {
		if f.Properties["name"] != "Hanano" {
			continue
		}
		found = true
		p := f.Properties
		if p["since"] != "2016-11-26" || p["name_ar"] != "هنانو" || p["control"] != control.Government {
			t.Errorf("Hanano on 2016-11-26: %v", p)
		}
		if !strings.HasPrefix(p.MustString("source"), "AFP (Guardian Nigeria), \"") || !strings.HasSuffix(p.MustString("source"), "2016-11-28") {
			t.Errorf("source %q", p["source"])
		}
		if !strings.HasPrefix(p.MustString("source_url"), "http") {
			t.Errorf("source_url %q", p["source_url"])
		}
	}
	if !found {
		t.Error("no Hanano on 2016-11-26")
	}
}

func TestChanges(t *testing.T) {
	tl := mustLoad(t)
	ch := tl.Changes()
	for i := 1; i < len(ch); i++ {
		if !ch[i-1].Before(ch[i]) {
			t.Fatalf("changes not ascending at %d: %v", i, ch)
		}
	}
	has := map[string]bool{}
	for _, d := range ch {
		has[d.Format(DateLayout)] = true
	}
	for _, want := range []string{"2012-07-18", "2012-07-29", "2016-07-28", "2016-08-06", "2016-09-04", "2016-11-26", "2016-11-28", "2016-12-07", "2016-12-22"} {
		if !has[want] {
			t.Errorf("no change on %s", want)
		}
	}
	// a confirmation that changes nothing is not a tick
	if has["2016-10-16"] {
		t.Errorf("2016-10-16 changes nothing but is a tick")
	}
}

func TestSources(t *testing.T) {
	tl := mustLoad(t)
	src := tl.Sources(date("2016-10-19"))
	if len(src) < 5 {
		t.Fatalf("%d sources on 2016-10-19", len(src))
	}
	pubs := map[string]bool{}
	for _, s := range src {
		pubs[s.Publication] = true
	}
	for _, want := range []string{"Enab Baladi", "Reuters"} {
		if !pubs[want] {
			t.Errorf("sources on 2016-10-19 lack %s: %v", want, src)
		}
	}
}

// TestSinceIsStartOfControl checks that a report confirming the same
// holder does not move "since": Masaken Hanano was held by the opposition
// from 2012 until the late-November 2016 offensive.
func TestSinceIsStartOfControl(t *testing.T) {
	tl, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		date, name, control, before string
	}{
		{"2016-10-19", "Hanano", control.Opposition, "2013-01-01"},
		{"2016-12-01", "Hanano", control.Government, "2016-12-01"},
		{"2016-10-19", "ash-Sheikh Maqsoud", control.SDF, "2013-01-01"},
	} {
		d, _ := time.Parse(DateLayout, tt.date)
		found := false
		for _, f := range tl.At(d).Features {
			if f.Properties["name"] != tt.name {
				continue
			}
			found = true
			since := f.Properties["since"].(string)
			if f.Properties["control"] != tt.control || since > tt.before || since > tt.date {
				t.Errorf("%s on %s: control %v since %s, want %s since before %s", tt.name, tt.date, f.Properties["control"], since, tt.control, tt.before)
			}
		}
		if !found {
			t.Errorf("no %s", tt.name)
		}
	}
}
