package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestPlacesJSON(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a.txt")
	text := "DHAKA, Bangladesh – Boats came up from Chittagong."
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	if code := Places([]string{"--json", path}, &out, &errb); code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errb.String())
	}
	var got struct {
		Places []struct {
			Name     string  `json:"name"`
			Lat      float64 `json:"lat"`
			Lon      float64 `json:"lon"`
			Kind     string  `json:"kind"`
			Mentions []struct {
				Start, End int
				Text       string
			} `json:"mentions"`
		} `json:"places"`
	}
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatalf("%v in %s", err, out.String())
	}
	if len(got.Places) != 3 {
		t.Fatalf("got %d places: %s", len(got.Places), out.String())
	}
	for _, p := range got.Places {
		for _, m := range p.Mentions {
			if text[m.Start:m.End] != m.Text {
				t.Errorf("mention %+v does not match the file's bytes", m)
			}
		}
	}
}

func TestPlacesTable(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a.txt")
	if err := os.WriteFile(path, []byte("Talks in Geneva and Geneva again."), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	if code := Places([]string{path}, &out, &errb); code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errb.String())
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 2 || !strings.HasPrefix(lines[0], "NAME") || !strings.Contains(lines[1], "Geneva") ||
		!strings.HasSuffix(lines[1], "2") {
		t.Errorf("table:\n%s", out.String())
	}
}

func TestPlacesErrors(t *testing.T) {
	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{nil, 2, "usage: newsatlas places"},
		{[]string{"a", "b"}, 2, "usage: newsatlas places"},
		{[]string{"--bogus", "a"}, 2, "usage: newsatlas places"},
		{[]string{"/no/such/file.txt"}, 1, "newsatlas: /no/such/file.txt: "},
	} {
		var out, errb bytes.Buffer
		code := Places(c.args, &out, &errb)
		if code != c.code || !strings.HasPrefix(errb.String(), c.want) || strings.Count(errb.String(), "\n") != 1 {
			t.Errorf("%v: exit %d, stderr %q; want %d, %q", c.args, code, errb.String(), c.code, c.want)
		}
	}
}
