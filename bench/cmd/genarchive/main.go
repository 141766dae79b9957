// Command genarchive writes a generated news archive for the archive benchmarks: N
// articles of about 2 KB, each a run of sentences drawn (with a fixed seed) from the text
// files of the folders it is given (-src, repeatable), dated over 2015-2018, as NDJSON
// ({"id","title","date","text"}), one file or shards of a folder. It reads only those
// folders; the texts are material only and what it writes is never committed (bench/data
// is gitignored).
//
//	genarchive -src DIR -n 100000 -shards 100 -o bench/data/news-100k
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"time"
)

func main() {
	var srcs multi
	flag.Var(&srcs, "src", "a folder of .txt articles to draw sentences from (repeatable)")
	n := flag.Int("n", 3000, "articles")
	size := flag.Int("size", 2048, "bytes an article, about")
	shards := flag.Int("shards", 0, "write a folder of this many NDJSON files instead of one file")
	out := flag.String("o", "", "the NDJSON file (or, with -shards, folder) to write")
	flag.Parse()
	if *out == "" || len(srcs) == 0 {
		log.Fatal("genarchive: want -src DIR and -o OUT")
	}
	sentences, err := readSentences(srcs)
	if err != nil {
		log.Fatal(err)
	}
	if len(sentences) < 10 {
		log.Fatalf("genarchive: only %d sentences in %v", len(sentences), srcs)
	}
	r := rand.New(rand.NewPCG(17, 2016))
	files := 1
	if *shards > 0 {
		files = *shards
		if err := os.MkdirAll(*out, 0o755); err != nil {
			log.Fatal(err)
		}
	}
	per := (*n + files - 1) / files
	start := time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC)
	id := 0
	for f := 0; f < files && id < *n; f++ {
		path := *out
		if *shards > 0 {
			path = filepath.Join(*out, fmt.Sprintf("shard-%04d.ndjson", f))
		}
		fh, err := os.Create(path)
		if err != nil {
			log.Fatal(err)
		}
		w := bufio.NewWriterSize(fh, 1<<20)
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		for k := 0; k < per && id < *n; k++ {
			var b strings.Builder
			for b.Len() < *size {
				if b.Len() > 0 {
					b.WriteByte(' ')
				}
				b.WriteString(sentences[r.IntN(len(sentences))])
			}
			text := b.String()
			title := sentences[r.IntN(len(sentences))]
			if len(title) > 90 {
				title = title[:90]
			}
			day := start.AddDate(0, 0, r.IntN(4*365))
			rec := map[string]string{"id": fmt.Sprint(id), "title": title, "date": day.Format(time.DateOnly), "text": title + "\n\n" + text}
			if err := enc.Encode(rec); err != nil {
				log.Fatal(err)
			}
			id++
		}
		if err := w.Flush(); err != nil {
			log.Fatal(err)
		}
		if err := fh.Close(); err != nil {
			log.Fatal(err)
		}
	}
}

// readSentences splits the .txt files of the folders into sentences of 40 bytes or more.
func readSentences(dirs []string) ([]string, error) {
	var out []string
	for _, d := range dirs {
		paths, err := filepath.Glob(filepath.Join(d, "*.txt"))
		if err != nil {
			return nil, err
		}
		for _, p := range paths {
			b, err := os.ReadFile(p)
			if err != nil {
				return nil, err
			}
			text := strings.Join(strings.Fields(string(b)), " ")
			for _, s := range strings.SplitAfter(text, ". ") {
				if s = strings.TrimSpace(s); len(s) >= 40 {
					out = append(out, s)
				}
			}
		}
	}
	return out, nil
}

type multi []string

func (m *multi) String() string     { return strings.Join(*m, ",") }
func (m *multi) Set(s string) error { *m = append(*m, s); return nil }
