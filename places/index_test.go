package places

import "testing"

// TestIndexFind checks the hash table and Bloom filter of the name index: every key of the
// gazetteer is found at its own line, as a string and as bytes, and words that are no key
// are not.
func TestIndexFind(t *testing.T) {
	x := &gaz(t).index
	for i := range x.len() {
		k := x.key(i)
		if got := x.find(k); got != i {
			t.Fatalf("find(%q) = %d, want %d", k, got, i)
		}
		if got := x.findBytes([]byte(k)); got != i {
			t.Fatalf("findBytes(%q) = %d, want %d", k, got, i)
		}
	}
	for _, k := range []string{"", "the", "president", "aleppo city of", "zzzz qqqq", "aleppo "} {
		if got := x.find(k); got != -1 {
			t.Errorf("find(%q) = %d (%q), want -1", k, got, x.key(got))
		}
	}
	small, err := indexOf("aleppo\t1\nhoms\t2,~3\n")
	if err != nil {
		t.Fatal(err)
	}
	if small.find("homs") != 1 || small.find("aleppo") != 0 || small.find("hama") != -1 || small.postings(1) != "2,~3" {
		t.Errorf("two-key index: homs %d, aleppo %d, hama %d, postings %q", small.find("homs"), small.find("aleppo"), small.find("hama"), small.postings(1))
	}
	if empty, err := indexOf(""); err != nil || empty.find("aleppo") != -1 {
		t.Errorf("empty index: %v, find %d", err, empty.find("aleppo"))
	}
}
