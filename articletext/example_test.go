package articletext_test

import (
	"fmt"
	"log"
	"strings"

	"newsatlas/articletext"
)

// Decode an HTML page to its text and lead a word of the text back to the page's bytes.
func Example() {
	page := []byte("<html><head><title>T</title></head><body><p>Talks in Gen&egrave;ve.</p></body></html>")
	t, err := articletext.Decode("a.html", page)
	if err != nil {
		log.Fatal(err)
	}
	i := strings.Index(t.Text, "Genève")
	start, end := t.FileSpan(i, i+len("Genève"))
	fmt.Printf("%q\n%q\n", t.Text, page[start:end])
	// Output:
	// "Talks in Genève."
	// "Gen&egrave;ve"
}
