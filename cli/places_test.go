package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"unicode/utf16"
)

// placesOut is the JSON `newsatlas places --json` prints.
type placesOut struct {
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

// writeTemp writes a file in dir and returns its path.
func writeTemp(t *testing.T, dir, name string, b []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// utf16File encodes s as UTF-16 with a byte-order mark, little- or big-endian.
func utf16File(s string, little bool) []byte {
	out := []byte{0xfe, 0xff}
	if little {
		out = []byte{0xff, 0xfe}
	}
	for _, u := range utf16.Encode([]rune(s)) {
		if little {
			out = append(out, byte(u), byte(u>>8))
		} else {
			out = append(out, byte(u>>8), byte(u))
		}
	}
	return out
}

// fromUTF16 decodes UTF-16 bytes without a byte-order mark.
func fromUTF16(b []byte, little bool) string {
	us := make([]uint16, len(b)/2)
	for i := range us {
		if little {
			us[i] = uint16(b[2*i]) | uint16(b[2*i+1])<<8
		} else {
			us[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
		}
	}
	return string(utf16.Decode(us))
}

// TestPlacesReadsAsTheWindow runs `places` on articles in each form the window reads: the
// places found are those of the readable text, and each mention's start and end delimit
// its bytes in the file.
func TestPlacesReadsAsTheWindow(t *testing.T) {
	const text = "DHAKA, Bangladesh – Boats came up from Chittagong and Dhaka."
	page := `<!DOCTYPE html><html><head><title>Moscow</title><script>var city = "Aleppo";</script></head>` +
		`<body><p data-city="Tehran">Talks in <a href="https://x/Qatar">Gen&egrave;ve</a> &amp; Beirut.</p>` +
		`<img alt="Damascus"><script>fetch("Homs")</script></body></html>`
	plain := func(b []byte) string { return string(b) }
	tests := []struct {
		name  string
		file  string
		data  []byte
		args  func(path string) []string
		want  []string            // place names, in order
		bytes func([]byte) string // what a mention's bytes in the file read as
	}{
		{"UTF-8", "a.txt", []byte(text), nil, []string{"Dhaka", "Bangladesh", "Chittagong"}, plain},
		{"UTF-8 with BOM", "a.txt", append([]byte("\ufeff"), text...), nil, []string{"Dhaka", "Bangladesh", "Chittagong"}, plain},
		{"UTF-16 LE", "a.txt", utf16File(text, true), nil, []string{"Dhaka", "Bangladesh", "Chittagong"}, func(b []byte) string { return fromUTF16(b, true) }},
		{"UTF-16 BE", "a.txt", utf16File(text, false), nil, []string{"Dhaka", "Bangladesh", "Chittagong"}, func(b []byte) string { return fromUTF16(b, false) }},
		{"HTML: text only, not scripts, head or attributes", "a.html", []byte(page), nil, []string{"Genève", "Beirut"}, nil},
		{"flag after the file", "a.txt", []byte(text), func(p string) []string { return []string{p, "--json"} }, []string{"Dhaka", "Bangladesh", "Chittagong"}, plain},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := writeTemp(t, t.TempDir(), tt.file, tt.data)
			args := []string{"--json", path}
			if tt.args != nil {
				args = tt.args(path)
			}
			var out, errb bytes.Buffer
			if code := Places(args, &out, &errb); code != OK {
				t.Fatalf("exit %d, stderr %q", code, errb.String())
			}
			var got placesOut
			if err := json.Unmarshal(out.Bytes(), &got); err != nil {
				t.Fatalf("%v in %s", err, out.String())
			}
			var names []string
			for _, p := range got.Places {
				names = append(names, p.Name)
				for _, m := range p.Mentions {
					if m.Start < 0 || m.End > len(tt.data) || m.Start >= m.End {
						t.Fatalf("%s: mention %+v outside the file's %d bytes", p.Name, m, len(tt.data))
					}
					if tt.bytes != nil {
						if s := tt.bytes(tt.data[m.Start:m.End]); s != m.Text {
							t.Errorf("%s: bytes %d-%d of the file read %q, the mention %q", p.Name, m.Start, m.End, s, m.Text)
						}
					}
				}
			}
			if !slices.Equal(names, tt.want) {
				t.Errorf("places %q, want %q", names, tt.want)
			}
		})
	}
}

// placesJSON runs `newsatlas places --json` on a file and reads what it prints.
func placesJSON(t *testing.T, path string) placesOut {
	t.Helper()
	var out, errb bytes.Buffer
	if code := Places([]string{path, "--json"}, &out, &errb); code != OK {
		t.Fatalf("exit %d, stderr %q", code, errb.String())
	}
	var got placesOut
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	return got
}

// TestPlacesHTMLOffsets checks the offsets of an HTML page's mentions: the page's bytes
// from the mention's first character to its last, character references included.
func TestPlacesHTMLOffsets(t *testing.T) {
	page := `<p class="Tehran">Talks in <b>Gen&egrave;ve</b> and in <i>Beirut</i>.</p>`
	got := placesJSON(t, writeTemp(t, t.TempDir(), "a.html", []byte(page)))
	var spans []string
	for _, p := range got.Places {
		for _, m := range p.Mentions {
			spans = append(spans, m.Text+"="+page[m.Start:m.End])
		}
	}
	if want := []string{"Genève=Gen&egrave;ve", "Beirut=Beirut"}; !slices.Equal(spans, want) {
		t.Errorf("mentions %q, want %q", spans, want)
	}
}

// TestPlacesStdin reads the article from standard input for "-".
func TestPlacesStdin(t *testing.T) {
	f, err := os.CreateTemp(t.TempDir(), "stdin")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.WriteString("Talks in Geneva and Geneva again."); err != nil {
		t.Fatal(err)
	}
	if _, err := f.Seek(0, 0); err != nil {
		t.Fatal(err)
	}
	stdin := os.Stdin
	os.Stdin = f
	defer func() { os.Stdin = stdin }()
	var out, errb bytes.Buffer
	if code := Places([]string{"-"}, &out, &errb); code != OK {
		t.Fatalf("exit %d, stderr %q", code, errb.String())
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 2 || !strings.HasPrefix(lines[0], "NAME") || !strings.Contains(lines[1], "Geneva") ||
		!strings.HasSuffix(lines[1], "2") {
		t.Errorf("table:\n%s", out.String())
	}
}

// TestPlacesErrors: wrong usage exits 2 with the usage; an input that cannot be used
// exits 1 with one line naming it and saying what is wrong. (Several files and folders are
// archives: TestPlacesArchiveErrors.)
func TestPlacesErrors(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, b []byte) string { return writeTemp(t, dir, name, b) }
	fifo := filepath.Join(dir, "fifo.txt")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "missing.txt")
	latin1 := write("latin1.txt", []byte("Talks in Gen\xe8ve."))
	binary := write("binary.txt", []byte("PK\x03\x04\x00\x00Geneva"))
	odd := write("odd.txt", append(utf16File("Geneva", true), 'x'))
	empty := write("empty.html", []byte("<html><script>Geneva</script></html>"))
	for _, c := range []struct {
		args []string
		code int
		want string // the start of stderr
		says string // what the one line says
	}{
		{nil, Usage, "newsatlas places: want one FILE", "newsatlas places [--json] [--candidates] FILE|-"},
		{[]string{"--bogus", "a"}, Usage, "flag provided but not defined: -bogus", "newsatlas places [--json] [--candidates] FILE|-"},
		{[]string{missing}, BadInput, "newsatlas: " + missing + ": ", "no such file"},
		{[]string{fifo}, BadInput, "newsatlas: " + fifo + ": ", "not a regular file"},
		{[]string{"--json", latin1}, BadInput, "newsatlas: " + latin1 + ": ", "not UTF-8"},
		{[]string{binary}, BadInput, "newsatlas: " + binary + ": ", "binary data"},
		{[]string{odd}, BadInput, "newsatlas: " + odd + ": ", "odd number of bytes"},
		{[]string{empty}, BadInput, "newsatlas: " + empty + ": ", "no text"},
	} {
		var out, errb bytes.Buffer
		code := Places(c.args, &out, &errb)
		e := errb.String()
		ok := code == c.code && strings.HasPrefix(e, c.want) && strings.Contains(e, c.says)
		if c.code == BadInput {
			ok = ok && strings.Count(e, "\n") == 1 && out.Len() == 0
		}
		if !ok {
			t.Errorf("%v: exit %d, stderr %q; want %d, %q ... %q", c.args, code, e, c.code, c.want, c.says)
		}
	}
}

// TestPlacesCandidates: --candidates lists each place's weighed readings in the JSON and the
// runner-up in the table; a demonym's mention has kind demonym.
func TestPlacesCandidates(t *testing.T) {
	path := writeTemp(t, t.TempDir(), "a.txt", []byte("Farmers in Paris, Texas, met Syrian traders."))
	var out, errb bytes.Buffer
	if code := Places([]string{"--json", "--candidates", path}, &out, &errb); code != OK {
		t.Fatalf("exit %d, stderr %q", code, errb.String())
	}
	var got struct {
		Places []struct {
			Name       string                  `json:"name"`
			Kind       string                  `json:"kind"`
			Mentions   []struct{ Kind string } `json:"mentions"`
			Candidates []struct {
				Country  string   `json:"country"`
				Chosen   bool     `json:"chosen"`
				Evidence []string `json:"evidence"`
			} `json:"candidates"`
		} `json:"places"`
	}
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatalf("%v in %s", err, out.String())
	}
	seen := map[string]bool{}
	for _, p := range got.Places {
		seen[p.Name] = true
		if len(p.Candidates) == 0 || !p.Candidates[0].Chosen {
			t.Errorf("%s: candidates %+v, want the chosen one first", p.Name, p.Candidates)
		}
		if p.Name == "Paris" && (len(p.Candidates) < 2 || p.Candidates[0].Country != "US") {
			t.Errorf("Paris: candidates %+v", p.Candidates)
		}
		if p.Name == "Syria" && (p.Kind != "demonym" || len(p.Mentions) != 1 || p.Mentions[0].Kind != "demonym") {
			t.Errorf("Syria: kind %q, mentions %+v, want demonym", p.Kind, p.Mentions)
		}
	}
	if !seen["Paris"] || !seen["Syria"] {
		t.Errorf("places %v, want Paris and Syria", seen)
	}
	out.Reset()
	if code := Places([]string{"--candidates", path}, &out, &errb); code != OK {
		t.Fatalf("exit %d, stderr %q", code, errb.String())
	}
	if !strings.Contains(out.String(), "ALSO POSSIBLE") || !strings.Contains(out.String(), "(city FR)") {
		t.Errorf("table without the runner-up:\n%s", out.String())
	}
}

// TestPlacesMarkdownOffsets checks the offsets of a Markdown article's mentions: the
// file's bytes at start:end are the mention, wherever emphasis, links, headings, lists,
// hard-wrapped lines and a pipe table's cells put it; and the markup is not read as words.
func TestPlacesMarkdownOffsets(t *testing.T) {
	md := "# Talks in *Geneva*\n\n" +
		"Envoys from **Saudi Arabia** and the [United States](https://example.org/us)\n" +
		"met in Lausanne on Saturday, then flew\nto _Beirut_ ([report](https://example.org/Paris/Kabul)).\n\n" +
		"- Aleppo\n- **Damascus** and Homs\n\n" +
		"> \"Moscow will decide,\" a diplomat said in Tehran.\n\n" +
		"| Town | Held by |\n| :--- | ---: |\n| **Raqqa** | ISIL |\n| Idlib \\| Hama | rebels |\n"
	got := placesJSON(t, writeTemp(t, t.TempDir(), "a.md", []byte(md)))
	var names []string
	for _, p := range got.Places {
		names = append(names, p.Name)
		for _, m := range p.Mentions {
			if m.Start < 0 || m.End > len(md) || m.Start >= m.End || md[m.Start:m.End] != m.Text {
				t.Errorf("%s: mention %q at %d:%d, the file has %q there", p.Name, m.Text, m.Start, m.End, md[max(0, m.Start):min(len(md), max(m.End, m.Start))])
			}
		}
	}
	for _, want := range []string{"Geneva", "Saudi Arabia", "United States", "Lausanne", "Beirut", "Aleppo", "Damascus", "Homs", "Moscow", "Tehran", "Raqqa", "Idlib", "Hama"} {
		if !slices.Contains(names, want) {
			t.Errorf("places %q, want %s among them", names, want)
		}
	}
	for _, link := range []string{"Paris", "Kabul"} {
		if slices.Contains(names, link) {
			t.Errorf("places %q: %s is in a link's address, not in the text", names, link)
		}
	}
}
