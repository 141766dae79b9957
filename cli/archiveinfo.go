package cli

import (
	"context"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"time"

	"newsatlas/archive"
)

// ArchiveSummary is what `info` says of an archive: its articles, their dates and where
// the dates came from.
type ArchiveSummary struct {
	Articles int `json:"articles"`
	// First and Last are the earliest and latest dates, YYYY-MM-DD ("" when none is dated).
	First string `json:"first,omitempty"`
	Last  string `json:"last,omitempty"`
	// DateFrom counts the articles by where their date came from (feed, ndjson, dateline,
	// file; "none").
	DateFrom map[string]int `json:"date_from"`
}

// summarizeArchive reads an archive through (without finding places) and summarises it,
// with the inputs it skipped.
func summarizeArchive(path string) (*ArchiveSummary, []string, error) {
	if _, err := os.Stat(path); err != nil {
		return nil, nil, fmt.Errorf("%s: %w", path, unwrapPath(err))
	}
	sum := &ArchiveSummary{DateFrom: map[string]int{}}
	var skipped []string
	var first, last time.Time
	opt := archive.Options{Skip: func(s archive.Skip) { skipped = append(skipped, s.String()) }}
	err := archive.Walk(context.Background(), []string{path}, opt, func(a *archive.Article) error {
		sum.Articles++
		from := a.DateFrom
		if from == "" {
			from = "none"
		}
		sum.DateFrom[from]++
		if !a.Date.IsZero() {
			if first.IsZero() || a.Date.Before(first) {
				first = a.Date
			}
			if a.Date.After(last) {
				last = a.Date
			}
		}
		return nil
	})
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", path, err)
	}
	if !first.IsZero() {
		sum.First, sum.Last = first.Format(time.DateOnly), last.Format(time.DateOnly)
	}
	return sum, skipped, nil
}

// printArchiveSummary prints an archive's summary and every input it skipped.
func printArchiveSummary(w io.Writer, s Summary) {
	a := s.Archive
	fmt.Fprintf(w, "  articles: %d\n", a.Articles)
	if a.First != "" {
		fmt.Fprintf(w, "  dates:    %s to %s\n", a.First, a.Last)
	}
	var froms []string
	for k, n := range a.DateFrom {
		froms = append(froms, fmt.Sprintf("%s %d", k, n))
	}
	sort.Strings(froms)
	if len(froms) > 0 {
		fmt.Fprintf(w, "  dated by: %s\n", strings.Join(froms, ", "))
	}
	if len(s.Skipped) > 0 {
		fmt.Fprintf(w, "  skipped:  %d\n", len(s.Skipped))
		for _, r := range s.Skipped {
			fmt.Fprintf(w, "    %s\n", r)
		}
	}
}
