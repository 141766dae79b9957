package places

import (
	"bytes"
	"compress/gzip"
	"maps"
	"slices"
	"strconv"
	"strings"
	"testing"

	"newsatlas/data"
)

// TestParseGazetteer reads small gazetteer files: entries, their shared classes, the
// index and what makes a file unusable.
func TestParseGazetteer(t *testing.T) {
	const file = "# test\n" +
		"c\tSyria\t35\t38\tSY\t\t1000\tPCLI\t163843\t\n" +
		"p\tAleppo\t36.2\t37.15\tSY\t09\t2000\tPPLA\t170063\t\n" +
		"p\tAl Bab\t36.37\t37.51\tSY\t09\t60000\tPPL\t0\ts\n" +
		"p\tHalab\t36.2\t37.15\tSY\t09\t10\tPPLA\t1\t\n" +
		"@common\tbab\n" +
		"@index\n" +
		"al bab\t2\n" +
		"aleppo\t1,~3\n" +
		"syria\t0"
	g, err := parseGazetteer(file)
	if err != nil {
		t.Fatal(err)
	}
	if len(g.entries) != 4 || g.index.len() != 3 || !g.common["bab"] {
		t.Fatalf("%d entries, %d keys, common %v", len(g.entries), g.index.len(), g.common)
	}
	if a, h := &g.entries[1], &g.entries[3]; a.class != h.class || a.kind != "city" || a.admin1 != "09" || a.name != "Aleppo" {
		t.Errorf("Aleppo %+v %+v, Halab %+v: want one shared class", *a, *a.class, *h.class)
	}
	if g.entries[2].flags != flagCountryGated || g.entries[0].gid != 163843 {
		t.Errorf("flags %d, gid %d", g.entries[2].flags, g.entries[0].gid)
	}
	for key, want := range map[string][]int32{"aleppo": {1, 3 | altBit}, "syria": {0}, "al bab": {2}, "bab": nil, "zzz": nil, "": nil} {
		if got := g.lookup(key); !slices.Equal(got, want) {
			t.Errorf("lookup(%q) = %v, want %v", key, got, want)
		}
	}
	for _, c := range []struct{ name, file, want string }{
		{"no index", "c\tSyria\t35\t38\tSY\t\t1\tPCLI\t1\t\n", "no @index"},
		{"unsorted", "c\tSyria\t35\t38\tSY\t\t1\tPCLI\t1\t\n@index\nsyria\t0\naleppo\t0", "not sorted"},
		{"bad kind", "x\tSyria\t35\t38\tSY\t\t1\tPCLI\t1\t\n@index\nsyria\t0", "line 1: unknown kind"},
		{"bad coordinates", "c\tSyria\tN\t38\tSY\t\t1\tPCLI\t1\t\n@index\nsyria\t0", "bad coordinates"},
		{"short line", "c\tSyria\t35\n@index\nsyria\t0", "3 fields"},
		{"empty", "# nothing\n@index\n", "no entries"},
	} {
		if _, err := parseGazetteer(c.file); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want %q", c.name, err, c.want)
		}
	}
}

// TestLoadGazetteerParts reads the embedded gazetteer both ways: its parts at once, as
// LoadGazetteer does, and as one stream, as ReadGazetteer does; the two must be the same.
func TestLoadGazetteerParts(t *testing.T) {
	fast, err := LoadGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	slow, err := ReadGazetteer(bytes.NewReader(data.Gazetteer()))
	if err != nil {
		t.Fatal(err)
	}
	if len(fast.entries) != len(slow.entries) || len(fast.entries) < 100000 {
		t.Fatalf("%d entries in parts, %d as a stream", len(fast.entries), len(slow.entries))
	}
	for i := range fast.entries {
		f, s := fast.entries[i], slow.entries[i]
		if f.name != s.name || f.lat != s.lat || f.gid != s.gid || *f.class != *s.class {
			t.Fatalf("entry %d: %+v %+v in parts, %+v %+v as a stream", i, f, *f.class, s, *s.class)
		}
	}
	if fast.index.text != slow.index.text || !slices.Equal(fast.index.at, slow.index.at) || !slices.Equal(fast.index.tab, slow.index.tab) {
		t.Error("the indexes differ")
	}
	if !maps.Equal(fast.demonyms, slow.demonyms) || !maps.Equal(fast.countries, slow.countries) || !maps.Equal(fast.regions, slow.regions) || !maps.Equal(fast.common, slow.common) {
		t.Error("the tables differ")
	}
	// classes are shared across parts: as many as read in one stream
	count := func(g *Gazetteer) int {
		seen := map[*class]bool{}
		for _, e := range g.entries {
			seen[e.class] = true
		}
		return len(seen)
	}
	if a, b := count(fast), count(slow); a != b {
		t.Errorf("%d classes in parts, %d as a stream", a, b)
	}
}

// TestReadPartsErrors checks what makes a gazetteer in parts unusable.
func TestReadPartsErrors(t *testing.T) {
	member := func(comment, text string) []byte {
		var b bytes.Buffer
		zw := gzip.NewWriter(&b)
		zw.Comment = comment
		zw.Write([]byte(text))
		zw.Close()
		return b.Bytes()
	}
	head := member("", "c\tSyria\t35\t38\tSY\t\t1000\tPCLI\t163843\t\n")
	index := member("", "@index\nsyria\t0\n")
	noIndex := member("", "syria\t0\n")
	file := func(comment string, parts ...[]byte) []byte {
		return slices.Concat(append([][]byte{member(comment, "")}, parts...)...)
	}
	sizes := func(parts ...[]byte) string {
		var s []string
		for _, p := range parts {
			s = append(s, strconv.Itoa(len(p)))
		}
		return partsPrefix + strings.Join(s, ",")
	}
	for _, c := range []struct {
		name string
		gz   []byte
		want string
	}{
		{"good", file(sizes(head, index), head, index), ""},
		{"sizes too big", file(partsPrefix+"9999,9999", head, index), "bad part size"},
		{"size not a number", file(partsPrefix+"x", head, index), "bad part size"},
		{"one part", file(sizes(head), head), "1 parts"},
		{"no index", file(sizes(head, noIndex), head, noIndex), "no @index"},
		{"not gzip", []byte("plain text"), "open gzip"},
	} {
		g, err := readParts(c.gz)
		if c.want == "" {
			if err != nil || len(g.entries) != 1 || g.lookup("syria") == nil {
				t.Errorf("%s: %v", c.name, err)
			}
			continue
		}
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want %q", c.name, err, c.want)
		}
	}
}
