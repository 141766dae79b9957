package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestPlacesArchive: a folder streams one NDJSON line an article, in name order, with
// each article's source, title, date and places; what is skipped is a line on stderr.
func TestPlacesArchive(t *testing.T) {
	dir := t.TempDir()
	writeTemp(t, dir, "a.txt", []byte("Talks in Geneva\n\nOctober 19, 2016 - Talks in Geneva on Aleppo."))
	writeTemp(t, dir, "b.ndjson", []byte(`{"text":"Rain in Lyon.","title":"Lyon","date":"2016-10-21","id":"x"}`+"\n"+`{"title":"none"}`+"\n"))
	writeTemp(t, dir, "c.bin", []byte{0, 1, 2, 3})
	var out, errb bytes.Buffer
	if code := Places([]string{"--json", dir}, &out, &errb); code != OK {
		t.Fatalf("exit %d, stderr %q", code, errb.String())
	}
	type line struct {
		Source string `json:"source"`
		ID     string `json:"id"`
		Title  string `json:"title"`
		Date   string `json:"date"`
		Places []struct {
			Name     string `json:"name"`
			Mentions []struct {
				Start, End int
			} `json:"mentions"`
		} `json:"places"`
	}
	var got []line
	for _, l := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		var v line
		if err := json.Unmarshal([]byte(l), &v); err != nil {
			t.Fatalf("%v: %s", err, l)
		}
		got = append(got, v)
	}
	if len(got) != 2 || got[0].Source != filepath.Join(dir, "a.txt") || got[0].Date != "2016-10-19" || got[0].Title != "Talks in Geneva" ||
		got[1].Source != filepath.Join(dir, "b.ndjson")+":1" || got[1].ID != "x" || got[1].Date != "2016-10-21" {
		t.Fatalf("lines %+v", got)
	}
	if p := got[0].Places; len(p) != 2 || p[0].Name != "Geneva" || len(p[0].Mentions) != 2 || p[0].Mentions[0].Start != 9 || p[1].Name != "Aleppo" {
		t.Errorf("places of a.txt %+v", p)
	}
	if p := got[1].Places; len(p) != 1 || p[0].Name != "Lyon" || p[0].Mentions[0].Start != 8 {
		t.Errorf("places of the record %+v", p)
	}
	e := errb.String()
	if strings.Count(e, "\n") != 2 || !strings.Contains(e, "b.ndjson:2: no \"text\"") || !strings.Contains(e, "c.bin: binary data") {
		t.Errorf("stderr %q", e)
	}
}

// TestPlacesStdinNDJSON: "-" reads NDJSON articles from standard input as a stream; plain
// text on standard input stays one article (TestPlacesStdin).
func TestPlacesStdinNDJSON(t *testing.T) {
	f, err := os.CreateTemp(t.TempDir(), "stdin")
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString("{\"text\":\"Talks in Geneva.\"}\n\n{\"text\":\"Rain in Lyon.\",\"date\":\"2016-10-21T10:00:00Z\"}\n")
	f.Seek(0, 0)
	stdin := os.Stdin
	os.Stdin = f
	defer func() { os.Stdin = stdin }()
	var out, errb bytes.Buffer
	if code := Places([]string{"--json", "-"}, &out, &errb); code != OK {
		t.Fatalf("exit %d, stderr %q", code, errb.String())
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 2 || !strings.HasPrefix(lines[0], `{"source":"-:1","title":"Talks in Geneva.","places":[{"name":"Geneva"`) ||
		!strings.HasPrefix(lines[1], `{"source":"-:3","title":"Rain in Lyon.","date":"2016-10-21","date_from":"ndjson","places":[{"name":"Lyon"`) {
		t.Errorf("output:\n%s", out.String())
	}
}

// TestPlacesArchiveErrors: a source that does not exist is an error before any output;
// an archive in which nothing could be read exits 1 after listing each skip.
func TestPlacesArchiveErrors(t *testing.T) {
	dir := t.TempDir()
	good := writeTemp(t, dir, "a.txt", []byte("Geneva."))
	var out, errb bytes.Buffer
	if code := Places([]string{good, filepath.Join(dir, "missing")}, &out, &errb); code != BadInput || out.Len() != 0 ||
		errb.String() != "newsatlas: "+filepath.Join(dir, "missing")+": no such file or directory\n" {
		t.Errorf("missing: exit %d, out %q, stderr %q", code, out.String(), errb.String())
	}
	bad := t.TempDir()
	writeTemp(t, bad, "x.bin", []byte{0, 0})
	writeTemp(t, bad, "y.ndjson", []byte("{}\n"))
	out.Reset()
	errb.Reset()
	if code := Places([]string{bad}, &out, &errb); code != BadInput || out.Len() != 0 || strings.Count(errb.String(), "\n") != 3 ||
		!strings.Contains(errb.String(), "no article could be read (2 skipped)") {
		t.Errorf("nothing readable: exit %d, out %q, stderr %q", code, out.String(), errb.String())
	}
}
