package timeline

import (
	"strconv"
	"strings"
	"testing"

	"newsatlas/control"
)

func TestParseEventErrors(t *testing.T) {
	tests := []struct {
		name, events, want string
	}{
		{"same date and order", `[
			{"date":"2012-01-01","neighbourhoods":["A","B"],"control":"government","source":` + src + `},
			{"date":"2013-01-01","neighbourhoods":["A"],"control":"opposition","source":` + src + `},
			{"date":"2013-01-01","neighbourhoods":["A"],"control":"contested","source":` + src + `}]`,
			"two events of 2013-01-01 with order 0 both set A"},
		{"source older than the event", `[
			{"date":"2017-01-01","neighbourhoods":["A","B"],"control":"government","sources":[` + src + `]}]`,
			"no source published on or after 2017-01-01"},
		{"source and sources", `[
			{"date":"2012-01-01","neighbourhoods":["A","B"],"control":"government","source":` + src + `,"sources":[` + src + `]}]`,
			"both source and sources"},
		{"empty sources", `[
			{"date":"2012-01-01","neighbourhoods":["A","B"],"control":"government","sources":[]}]`,
			"no source"},
		{"incomplete second source", `[
			{"date":"2012-01-01","neighbourhoods":["A","B"],"control":"government","sources":[` + src + `,{"publication":"Q","date":"2016-01-01"}]}]`,
			"source 2: source has no title"},
		{"confirmation of another holder", `[
			{"date":"2012-01-01","neighbourhoods":["A","B"],"control":"government","source":` + src + `},
			{"date":"2013-01-01","neighbourhoods":["B"],"control":"opposition","confirms":true,"source":` + src + `}]`,
			"B is government on that date, not opposition"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse([]byte(testHoods), []byte(tt.events))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v, want %q", err, tt.want)
			}
		})
	}
}

// Events of one date apply by their order field, whatever their place in
// the file.
func TestParseSameDateOrder(t *testing.T) {
	for _, first := range []string{"opposition", "contested"} {
		second := map[string]string{"opposition": "contested", "contested": "opposition"}[first]
		order := map[string]int{"opposition": 0, "contested": 1}
		events := `[
			{"date":"2012-01-01","neighbourhoods":["A","B"],"control":"government","source":` + src + `},
			{"date":"2013-01-01","order":` + strconv.Itoa(order[first]) + `,"neighbourhoods":["A"],"control":"` + first + `","source":` + src + `},
			{"date":"2013-01-01","order":` + strconv.Itoa(order[second]) + `,"neighbourhoods":["A"],"control":"` + second + `","source":` + src + `}]`
		tl, err := Parse([]byte(testHoods), []byte(events))
		if err != nil {
			t.Fatal(err)
		}
		if got := controlOf(t, tl.At(date("2013-06-01")), "A"); got != control.Contested {
			t.Errorf("file order %s, %s: A is %s, want contested (order 1)", first, second, got)
		}
	}
}

// A confirmation is shown in a field of its own: since and source stay
// those of the change, and it is no tick on the timeline.
func TestParseConfirmation(t *testing.T) {
	events := `[
		{"date":"2012-01-01","neighbourhoods":["A","B"],"control":"government","source":{"publication":"P","title":"T","date":"2012-01-02"}},
		{"date":"2013-01-01","neighbourhoods":["A"],"control":"opposition","sources":[{"publication":"Change","title":"T","date":"2013-01-01","url":"http://c"},{"publication":"Other","title":"T","date":"2013-01-02"}]},
		{"date":"2014-01-01","neighbourhoods":["A"],"control":"opposition","confirms":true,"source":{"publication":"Later","title":"T","date":"2014-01-01","url":"http://l"}},
		{"date":"2015-01-01","neighbourhoods":["A"],"control":"government","source":{"publication":"End","title":"T","date":"2015-01-01","url":"http://c"}}]`
	tl, err := Parse([]byte(testHoods), []byte(events))
	if err != nil {
		t.Fatal(err)
	}
	if n := len(tl.Changes()); n != 3 {
		t.Errorf("%d change dates, want 3 (the confirmation is none)", n)
	}
	if n := len(tl.Confirmations()); n != 1 {
		t.Errorf("%d confirmations, want 1", n)
	}
	tests := []struct {
		date, since, source, confirmed string
	}{
		{"2013-06-01", "2013-01-01", "Change", ""},
		{"2014-06-01", "2013-01-01", "Change", "Later"},
		{"2015-06-01", "2015-01-01", "End", ""}, // a change ends the confirmation
	}
	for _, tt := range tests {
		for _, f := range tl.At(date(tt.date)).Features {
			if f.Properties["name"] != "A" {
				continue
			}
			p := f.Properties
			if p["since"] != tt.since || !strings.HasPrefix(p.MustString("source"), tt.source+",") ||
				p["source_url"] != "http://c" || !strings.HasPrefix(p.MustString("confirmed", ""), tt.confirmed) ||
				(tt.confirmed == "") != (p.MustString("confirmed", "") == "") {
				t.Errorf("%s: since %v source %v confirmed %v", tt.date, p["since"], p["source"], p["confirmed"])
			}
		}
	}
	pubs := func(d string) string {
		var out []string
		for _, s := range tl.Sources(date(d)) {
			out = append(out, s.Publication)
		}
		return strings.Join(out, ",")
	}
	if got := pubs("2013-06-01"); got != "P,Change,Other" {
		t.Errorf("sources on 2013-06-01: %s", got)
	}
	if got := pubs("2014-06-01"); got != "P,Change,Other,Later" {
		t.Errorf("sources on 2014-06-01: %s", got)
	}
}
