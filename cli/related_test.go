package cli

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// relatedGot is the JSON `newsatlas related --json` prints, as the tests read it.
type relatedGot struct {
	Region   struct{ Layer, Name string } `json:"region"`
	Articles []struct {
		Source   string `json:"source"`
		Title    string `json:"title"`
		Date     string `json:"date"`
		Mentions int    `json:"mentions"`
		Passages []struct {
			Text   string   `json:"text"`
			Start  int      `json:"start"`
			End    int      `json:"end"`
			Places []string `json:"places"`
		} `json:"passages"`
	} `json:"articles"`
}

// relatedJSON runs Related with args (--json among them) and decodes what
// it prints, failing the test unless it exits 0.
func relatedJSON(t *testing.T, args ...string) relatedGot {
	t.Helper()
	var o, e bytes.Buffer
	if code := Related(args, &o, &e); code != OK {
		t.Fatalf("%v: exit %d, stderr %q", args, code, e.String())
	}
	var v relatedGot
	if err := json.Unmarshal(o.Bytes(), &v); err != nil {
		t.Fatalf("%v: %v in %s", args, err, o.String())
	}
	return v
}

// TestRelated: the region under a point and its articles, most mentions first, with the
// passages holding the mentions; the same from the cache index and streamed; a date
// window leaves articles out.
func TestRelated(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	dir := t.TempDir()
	writeTemp(t, dir, "a.txt", []byte("Aleppo shelled\n\nOctober 19, 2016 - Shells fell on Aleppo. Talks in Geneva went on."))
	writeTemp(t, dir, "b.ndjson", []byte(`{"text":"Homs and Hama were calm. Idlib too.","title":"Calm","date":"2016-10-21"}`+"\n"+
		`{"text":"Paris only.","date":"2016-10-21"}`+"\n"))
	box := writeTemp(t, t.TempDir(), "box.geojson", []byte(`{"type":"FeatureCollection","features":[{"type":"Feature",
		"properties":{"name":"Syria box"},"geometry":{"type":"Polygon","coordinates":[[[35.5,32.3],[42.4,32.3],[42.4,37.4],[35.5,37.4],[35.5,32.3]]]}}]}`))
	for _, extra := range [][]string{nil, {"--no-index"}, nil} { // the third reopens the index
		args := append([]string{"--json", "--layer", box, "38.0", "35.0"}, extra...)
		got := relatedJSON(t, append(args, dir)...)
		if got.Region.Layer != "box" || got.Region.Name != "Syria box" {
			t.Fatalf("region %+v", got.Region)
		}
		if len(got.Articles) != 2 || got.Articles[0].Title != "Calm" || got.Articles[0].Mentions != 3 ||
			got.Articles[1].Title != "Aleppo shelled" || got.Articles[1].Mentions != 2 {
			t.Fatalf("%v: articles %+v", extra, got.Articles)
		}
		p := got.Articles[1].Passages
		if len(p) != 2 || p[1].Text != "October 19, 2016 - Shells fell on Aleppo." || p[1].Places[0] != "Aleppo" {
			t.Errorf("%v: passages %+v", extra, p)
		}
	}
	// the governorate of Aleppo, on the day after the first article
	got := relatedJSON(t, "--json", "--from", "2016-10-20", "37.5", "36.3", dir)
	if got.Region.Layer != "syria-governorates" || got.Region.Name != "Aleppo" || len(got.Articles) != 0 {
		t.Errorf("Aleppo after Oct 20: %+v", got)
	}
	got = relatedJSON(t, "--json", "--date", "2016-10-19", "37.5", "36.3", dir)
	if len(got.Articles) != 1 || got.Articles[0].Source != filepath.Join(dir, "a.txt") {
		t.Errorf("Aleppo on Oct 19: %+v", got)
	}
	var o, e bytes.Buffer
	if code := Related([]string{"37.5", "36.3", dir}, &o, &e); code != OK || !strings.HasPrefix(o.String(), "Aleppo (syria-governorates), related articles: 1\n") ||
		!strings.Contains(o.String(), "Shells fell on Aleppo.") {
		t.Errorf("text: exit %d\n%s%s", code, o.String(), e.String())
	}
	if code := Related([]string{"--date", "2016-10-19", "--from", "2016-10-01", "37", "36", dir}, &o, &e); code != Usage {
		t.Errorf("--date with --from: exit %d", code)
	}
}
