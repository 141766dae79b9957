package places

import "testing"

// TestOpensSentence checks the separators after which a capital says nothing, the ASCII
// ones and those after a non-ASCII character alike.
func TestOpensSentence(t *testing.T) {
	for _, c := range []struct {
		sep  string
		want bool
	}{
		{" ", false}, {", ", false}, {"-", false}, {" ’", false}, {"” ", false},
		{". ", true}, {"? ", true}, {"!\n", true}, {": ", true}, {"; ", true}, {"\n\n", true},
		{` "`, true}, {" (", true}, {" “", true}, {" ‘", true}, {" – ", true}, {"—", true},
		{"” . ", true}, {"’ (", true}, {"\u00a0\"", true},
	} {
		if got := opensSentence(c.sep); got != c.want {
			t.Errorf("opensSentence(%q) = %v, want %v", c.sep, got, c.want)
		}
	}
}
