package index_test

import (
	"context"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"time"

	"github.com/paulmach/orb"

	"newsatlas/archive"
	"newsatlas/archive/index"
)

// Index a folder, then ask for the articles naming places in a region and search the text.
func Example() {
	dir, err := os.MkdirTemp("", "index-example")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	news := filepath.Join(dir, "news")
	os.Mkdir(news, 0o755)
	os.WriteFile(filepath.Join(news, "a.ndjson"), []byte(`{"text":"Shells fell on Aleppo.","date":"2016-10-19"}
{"text":"Rain in Lyon.","date":"2016-10-20"}
`), 0o644)

	ix, err := index.Open(filepath.Join(dir, "archive.sqlite")) // index.DefaultPath gives the cache's
	if err != nil {
		log.Fatal(err)
	}
	defer ix.Close()
	ctx := context.Background()
	st, err := ix.Update(ctx, nil, []string{news}, archive.Options{}) // nil: the embedded gazetteer
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(st.Articles, "articles")

	syria := archive.NewRegion("box", "Syria", orb.Polygon{{{35.5, 32.3}, {42.4, 32.3}, {42.4, 37.4}, {35.5, 37.4}, {35.5, 32.3}}})
	ms, err := ix.Related(ctx, syria, time.Time{}, time.Time{}, 10)
	if err != nil {
		log.Fatal(err)
	}
	for _, m := range ms {
		fmt.Println(m.Day(), m.Mentions, m.Passages[0].Text)
	}
	es, err := ix.Search(ctx, "lyon", 10)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(es[0].Title)
	// Output:
	// 2 articles
	// 2016-10-19 1 Shells fell on Aleppo.
	// Rain in Lyon.
}
