package main

import (
	"bytes"
	"os"
	"testing"
)

// TestTableIsGenerated checks the committed fold_table.go is what genfold writes, byte for
// byte: run `go generate ./places/namekey` after changing the generator.
func TestTableIsGenerated(t *testing.T) {
	want, err := generate()
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("../../fold_table.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("fold_table.go (%d bytes) differs from what genfold writes (%d bytes); run go generate ./places/namekey", len(got), len(want))
	}
}

// TestFold folds letters with and without an NFKD decomposition.
func TestFold(t *testing.T) {
	for _, c := range []struct {
		r    rune
		want string
		ok   bool
	}{
		{'é', "e", true}, {'Ĳ', "ij", true}, {'ṭ', "t", true}, {'ø', "", false}, {'ß', "", false}, {'ª', "a", true}, {'ə', "", false},
	} {
		if got, ok := fold(c.r); got != c.want || ok != c.ok {
			t.Errorf("fold(%c) = %q, %v; want %q, %v", c.r, got, ok, c.want, c.ok)
		}
	}
}
