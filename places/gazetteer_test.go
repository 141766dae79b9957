package places

import (
	"slices"
	"strings"
	"testing"
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
