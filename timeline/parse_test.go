package timeline

import (
	"strings"
	"testing"

	"newsatlas/control"
)

const testHoods = `{"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"id":"a","NAME":"A","NAME_A":"أ"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}},
{"type":"Feature","properties":{"id":"b","NAME":"B","NAME_A":"ب"},"geometry":{"type":"Polygon","coordinates":[[[1,0],[2,0],[2,1],[1,1],[1,0]]]}}
]}`

const src = `{"publication":"P","title":"T","date":"2016-01-01"}`

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, events, want string
	}{
		{"ok", `[{"date":"2012-01-01","neighbourhoods":["A","b"],"control":"government","source":` + src + `}]`, ""},
		{"unknown name", `[{"date":"2012-01-01","neighbourhoods":["A","B","Z"],"control":"government","source":` + src + `}]`, `unknown neighbourhoods "Z"`},
		{"bad control", `[{"date":"2012-01-01","neighbourhoods":["A","B"],"control":"rebels","source":` + src + `}]`, `control "rebels"`},
		{"no publication", `[{"date":"2012-01-01","neighbourhoods":["A","B"],"control":"sdf","source":{"title":"T","date":"2016-01-01"}}]`, "no publication"},
		{"no title", `[{"date":"2012-01-01","neighbourhoods":["A","B"],"control":"sdf","source":{"publication":"P","date":"2016-01-01"}}]`, "no title"},
		{"no source date", `[{"date":"2012-01-01","neighbourhoods":["A","B"],"control":"sdf","source":{"publication":"P","title":"T"}}]`, "source date"},
		{"bad date", `[{"date":"1 Jan 2012","neighbourhoods":["A","B"],"control":"sdf","source":` + src + `}]`, "not YYYY-MM-DD"},
		{"no neighbourhoods", `[{"date":"2012-01-01","neighbourhoods":[],"control":"sdf","source":` + src + `}]`, "no neighbourhoods"},
		{"incomplete baseline", `[{"date":"2012-01-01","neighbourhoods":["A"],"control":"government","source":` + src + `},
			{"date":"2012-02-01","neighbourhoods":["B"],"control":"government","source":` + src + `}]`, "does not set B"},
		{"no events", `[]`, "no events"},
		{"not JSON", `{`, "events"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse([]byte(testHoods), []byte(tt.events))
			switch {
			case tt.want == "" && err != nil:
				t.Fatalf("unexpected error: %v", err)
			case tt.want != "" && err == nil:
				t.Fatalf("no error, want %q", tt.want)
			case tt.want != "" && !strings.Contains(err.Error(), tt.want):
				t.Fatalf("error %q, want it to contain %q", err, tt.want)
			}
		})
	}
}

func TestParseBadNeighbourhoods(t *testing.T) {
	events := []byte(`[{"date":"2012-01-01","neighbourhoods":["A"],"control":"government","source":` + src + `}]`)
	for _, hoods := range []string{
		``,
		`{"type":"FeatureCollection","features":[]}`,
		`{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"NAME":"A"},"geometry":{"type":"Point","coordinates":[0,0]}}]}`,
		`{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}}]}`,
	} {
		if _, err := Parse([]byte(hoods), events); err == nil || !strings.HasPrefix(err.Error(), "neighbourhoods: ") {
			t.Errorf("Parse(%.40q): error %v, want a neighbourhoods error", hoods, err)
		}
	}
}

// Events of one date apply in file order and a later event overrides.
func TestParseOrder(t *testing.T) {
	tl, err := Parse([]byte(testHoods), []byte(`[
		{"date":"2013-01-01","neighbourhoods":["A"],"control":"opposition","source":`+src+`},
		{"date":"2012-01-01","neighbourhoods":["A","B"],"control":"government","source":`+src+`}]`))
	if err != nil {
		t.Fatal(err)
	}
	if got := controlOf(t, tl.At(date("2012-06-01")), "A"); got != control.Government {
		t.Errorf("A in 2012: %s", got)
	}
	if got := controlOf(t, tl.At(date("2013-06-01")), "A"); got != control.Opposition {
		t.Errorf("A in 2013: %s", got)
	}
	// before the baseline: the baseline holds
	if got := controlOf(t, tl.At(date("2000-01-01")), "B"); got != control.Government {
		t.Errorf("B in 2000: %s", got)
	}
}
