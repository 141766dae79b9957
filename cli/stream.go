package cli

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"newsatlas/archive"
	"newsatlas/places"
)

// articleLine is one line of `places --json` over many articles (NDJSON), written by
// appendArticleLine as encoding/json would write it.
type articleLine struct {
	Source   string         `json:"source"`
	ID       string         `json:"id,omitempty"`
	URL      string         `json:"url,omitempty"`
	Title    string         `json:"title"`
	Date     string         `json:"date,omitempty"`
	DateFrom string         `json:"date_from,omitempty"`
	Places   []places.Place `json:"places"`
}

// isOneArticle reports whether sources are one article file, which `places` reads as it
// always has (not as an archive of one).
func isOneArticle(sources []string) bool {
	if len(sources) != 1 || sources[0] == "-" {
		return false
	}
	if archive.IsArchive(sources[0]) {
		return false
	}
	return archive.KindOf(sources[0]) != archive.KindNDJSON
}

// streamPlaces prints the places of every article of sources, in input order: with
// asJSON one NDJSON line an article (articleLine), else a line an article with its places'
// names. stdin is read when a source is "-" and is NDJSON. What is skipped goes to stderr, a
// line each; a source that cannot be opened at all is an error before anything is printed,
// and so is finding no article at all when some were skipped.
func streamPlaces(ctx context.Context, g *places.Gazetteer, sources []string, stdin io.Reader, asJSON bool, stdout, stderr io.Writer) error {
	for _, s := range sources {
		if s == "-" {
			continue
		}
		if _, err := os.Stat(s); err != nil {
			return fmt.Errorf("%s: %w", s, unwrapPath(err))
		}
	}
	skipped := 0
	opt := archive.Options{Skip: func(s archive.Skip) {
		skipped++ // Skip is called from the reading goroutine only
		fmt.Fprintf(stderr, "newsatlas: %s\n", oneLine(s.String()))
	}}
	read := func(yield func(*archive.Article) error) error {
		return readSources(ctx, sources, stdin, opt, yield)
	}
	n := 0
	bw := bufio.NewWriterSize(stdout, 256<<10)
	var line []byte
	err := archive.Geoparse(ctx, g, 0, read, func(p *archive.Parsed) error {
		n++
		ps := p.PlacesInFile()
		if !asJSON {
			names := make([]string, len(ps))
			for i, pl := range ps {
				names[i] = pl.Name
			}
			_, err := fmt.Fprintf(bw, "%s\t%s\t%s\t%s\n", p.Source, orDash(p.Day()), p.Title, strings.Join(names, ", "))
			return err
		}
		if ps == nil {
			ps = []places.Place{}
		}
		for i := range ps {
			if ps[i].Mentions == nil {
				ps[i].Mentions = []places.Mention{}
			}
		}
		var err error
		line, err = appendArticleLine(line[:0], &articleLine{Source: p.Source, ID: p.ID, URL: p.URL, Title: p.Title, Date: p.Day(), DateFrom: p.DateFrom, Places: ps})
		if err != nil {
			return fmt.Errorf("%s: %w", p.Source, err)
		}
		_, err = bw.Write(line)
		return err
	})
	if ferr := bw.Flush(); err == nil {
		err = ferr
	}
	if err == nil && n == 0 && skipped > 0 {
		err = fmt.Errorf("%s: no article could be read (%d skipped)", strings.Join(sources, " "), skipped)
	}
	return err
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// unwrapPath is an *os.PathError's own error ("no such file or directory"), which the
// caller names the file for.
func unwrapPath(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}

// readSources reads each source in turn: "-" as NDJSON on stdin, others as archive.Walk
// reads them.
func readSources(ctx context.Context, sources []string, stdin io.Reader, opt archive.Options, yield func(*archive.Article) error) error {
	for _, s := range sources {
		var err error
		if s == "-" {
			err = archive.ReadNDJSON(ctx, "-", stdin, opt, yield)
		} else {
			err = archive.Walk(ctx, []string{s}, opt, yield)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// peekNDJSON reads the start of r and reports whether it is NDJSON, with a reader that
// gives all of r again.
func peekNDJSON(r io.Reader) (bool, io.Reader) {
	br := bufio.NewReaderSize(r, 64<<10)
	head, _ := br.Peek(4096)
	return archive.LooksLikeNDJSON(bytes.TrimSpace(head)), br
}
