package archive

import (
	"fmt"
	"time"

	"newsatlas/articletext"
)

// Where an article's date came from (Article.DateFrom).
const (
	DateFromFeed     = "feed"     // the feed item's pubDate, published or updated
	DateFromNDJSON   = "ndjson"   // the record's "date"
	DateFromDateline = "dateline" // a date in the article's first lines
	DateFromFile     = "file"     // the modification time of the file it was read from
)

// DefaultMaxArticleBytes is the largest article read when Options.MaxArticleBytes is 0.
const DefaultMaxArticleBytes = 8 << 20

// Article is one article of an archive.
type Article struct {
	// Source names where the article was read: a file's path; path:LINE for an NDJSON
	// record; path#N for a feed's Nth item (from 1); zip!/inner for a ZIP's entry.
	Source string `json:"source"`
	// File is the file the article was read from: the article's own, the feed's, the NDJSON
	// file's or the ZIP's path ("-" for standard input).
	File string `json:"-"`
	ID   string `json:"id,omitempty"`  // the NDJSON "id" or the feed item's guid or id
	URL  string `json:"url,omitempty"` // the NDJSON "url" or the feed item's link
	// Title is the feed's or record's title, else the text's first non-blank line.
	Title string `json:"title"`
	// Date is the day the article was published, or the zero time when not known; DateFrom
	// says where it came from (one of the DateFrom constants, "" when not known).
	Date     time.Time `json:"-"`
	DateFrom string    `json:"date_from,omitempty"`
	// Text is the article's text as the article panel shows it: a file's text decoded to
	// UTF-8, an HTML page or feed item reduced to its readable text.
	Text string            `json:"-"`
	text *articletext.Text // Text's offsets back to its file's, nil when the same
}

// Day is the article's date as YYYY-MM-DD, or "" when it has none.
func (a *Article) Day() string {
	if a.Date.IsZero() {
		return ""
	}
	return a.Date.Format(time.DateOnly)
}

// FileSpan turns the byte span [start, end) of a.Text into offsets into the file the
// article was read from (see articletext.Text.FileSpan). For an NDJSON record or a feed
// item the span stays an offset into Text.
func (a *Article) FileSpan(start, end int) (int, int) { return a.text.FileSpan(start, end) }

// Skip is an input, or part of one, left out of an archive, and why.
type Skip struct {
	Source string `json:"source"` // as Article.Source names it
	Reason string `json:"reason"`
}

// String is the skip as one line: "SOURCE: REASON".
func (s Skip) String() string { return fmt.Sprintf("%s: %s", s.Source, s.Reason) }

// Options tune how sources are read. The zero value reads with the defaults and drops what
// is skipped.
type Options struct {
	// MaxArticleBytes is the largest article read; 0 means DefaultMaxArticleBytes. A larger
	// file, record or feed item is skipped.
	MaxArticleBytes int64
	// Skip, when not nil, is called with each input or part of one that was left out.
	Skip func(Skip)
	// Progress, when not nil, is called by index.Update with the number of articles read
	// so far, every 1,000 articles and at the end: for a progress bar.
	Progress func(articles int)
}

func (o *Options) maxBytes() int64 {
	if o.MaxArticleBytes > 0 {
		return o.MaxArticleBytes
	}
	return DefaultMaxArticleBytes
}

func (o *Options) skip(source, format string, args ...any) {
	if o.Skip != nil {
		o.Skip(Skip{Source: source, Reason: fmt.Sprintf(format, args...)})
	}
}
