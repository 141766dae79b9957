package cli

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
)

const eventsCSV = "../layer/testdata/time/events.csv"

// identifyEvents are the names of the events identify finds at lon 38
// (e05, of 5 October 2016) with the flags given.
func identifyEvents(t *testing.T, flags ...string) []string {
	t.Helper()
	args := append([]string{"identify", "--json", "--bbox", "35,34,41,36", "--size", "640x400"}, flags...)
	code, out, errs := run(t, append(args, "38", "35", eventsCSV)...)
	if code != OK {
		t.Fatalf("%v: exit %d: %s", flags, code, errs)
	}
	var hits []struct {
		Layer      string         `json:"layer"`
		Properties map[string]any `json:"properties"`
	}
	if err := json.Unmarshal([]byte(out), &hits); err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, h := range hits {
		if h.Layer == "events" {
			names = append(names, h.Properties["name"].(string))
		}
	}
	return names
}

func TestIdentifyAtDate(t *testing.T) {
	for _, c := range []struct {
		flags []string
		want  []string
	}{
		{nil, []string{"e05"}},
		{[]string{"--date", "2016-10-05"}, []string{"e05"}},
		{[]string{"--date", "2016-10-06"}, nil},
		{[]string{"--date", "2016-10-07", "--window", "2d"}, []string{"e05"}},
		{[]string{"--date", "2016-10-04", "--window", "all"}, nil},
		{[]string{"--date", "2016-10-09", "--window", "all"}, []string{"e05"}},
	} {
		if got := identifyEvents(t, c.flags...); !slices.Equal(got, c.want) {
			t.Errorf("%v: %v, want %v", c.flags, got, c.want)
		}
	}
}

func TestWindowFlagBad(t *testing.T) {
	for _, cmd := range [][]string{{"identify", "38", "35"}, {"render", "-o", "x.png"}} {
		code, _, errs := run(t, append(cmd, "--window", "fortnight", eventsCSV)...)
		if code != Usage || !strings.Contains(errs, "--window fortnight") || strings.Count(errs, "\n") != 1 {
			t.Errorf("%s --window fortnight: exit %d: %q", cmd[0], code, errs)
		}
	}
}
