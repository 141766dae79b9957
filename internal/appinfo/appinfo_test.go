package appinfo

import (
	"os"
	"regexp"
	"testing"
)

// TestParseTheRepositorysFile reads the FyneApp.toml beside go.mod: its
// version is the one its Version line holds.
func TestParseTheRepositorysFile(t *testing.T) {
	b, err := os.ReadFile("../../FyneApp.toml")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^Version\s*=\s*"([^"]+)"`).FindSubmatch(b)
	if m == nil {
		t.Fatal("FyneApp.toml has no Version line")
	}
	i, err := Parse(b)
	if err != nil {
		t.Fatal(err)
	}
	if i.Version != string(m[1]) || i.Name != "News Atlas" || i.Build < 1 {
		t.Errorf("parsed %+v, want version %s", i, m[1])
	}
}

func TestParseErrors(t *testing.T) {
	for _, tc := range []struct{ name, text string }{
		{"no version", "[Details]\nName = \"x\"\n"},
		{"not TOML", "[Details\n"},
	} {
		if _, err := Parse([]byte(tc.text)); err == nil {
			t.Errorf("%s: no error", tc.name)
		}
	}
}
