package ui

import (
	"context"
	"time"

	"github.com/paulmach/orb"

	"newsatlas/atlas"
)

// The window's view of a news archive: many articles, each dated and with
// the places it names, and an index to ask which lie where and when. The
// window asks through storyArchive (see archiveadapter.go for the one the
// archive package answers), so that the panels below do not depend on how
// the archive is stored.

// storyArchive is an opened news archive as the window asks it.
type storyArchive interface {
	// Stories is the articles that name a place in q.Bound (anywhere for
	// the zero bound), dated q.From..q.To inclusive (either zero: open),
	// newest first, at most q.Limit of them; with q.Text, the articles
	// wherever they are whose text matches it (the index's full-text
	// search), best match first.
	Stories(ctx context.Context, q storyQuery) ([]story, error)
	// Related is the articles that name places inside region g, the
	// feature called name of the named layer, dated from..to (zero:
	// open), ranked by mentions in it, each with its passages: the
	// ranking of `newsatlas related`.
	Related(ctx context.Context, layer, name string, g orb.Geometry, from, to time.Time) ([]relatedStory, error)
	// Places is every place the articles dated from..to (zero: open)
	// name, with how often.
	Places(ctx context.Context, from, to time.Time) ([]archivePlace, error)
	// Days is the number of articles dated each day, days in order.
	Days(ctx context.Context) ([]dayCount, error)
	// Article is the whole of one article, its places found, for the
	// article panel: id is a story's ID or its Source.
	Article(ctx context.Context, id string) (*atlas.Article, error)
	// Close lets go of the index.
	Close() error
}

// storyQuery is what the Stories panel asks for.
type storyQuery struct {
	Bound    orb.Bound // the zero bound: anywhere
	From, To time.Time // zero: open
	Text     string    // full-text search; "" for any
	Limit    int
}

// story is one article as a list shows it.
type story struct {
	ID     string // what Article takes to find it
	Title  string
	Source string // the file, feed or URL it came from
	Date   time.Time
	// article is the whole article when the archive handed it over with
	// the list (related stories); nil to ask Article for it.
	article *atlas.Article
}

// relatedStory is an article and its passages about a region.
type relatedStory struct {
	story
	Mentions int // mentions of places in the region
	Passages []passage
}

// passage is a sentence of an article that names places of the region:
// its text and its byte offsets into the article's text.
type passage struct {
	Text       string
	Start, End int
	Places     []string
}

// archivePlace is a place the archive names and how often.
type archivePlace struct {
	Name     string
	Lon, Lat float64
	Kind     string
	Mentions int // in all the articles
	Articles int // articles naming it
}

// dayCount is the number of articles dated one day.
type dayCount struct {
	Day time.Time // midnight UTC
	N   int
}

// archiveLoad is the result of opening an archive: the archive, what was
// skipped and why (one line each), or the error that stopped it.
type archiveLoad struct {
	arch    storyArchive
	name    string
	skipped []string
	err     error
}

// archiveOpener opens an archive of the given sources (folders, feeds,
// NDJSON or ZIP files), calling status with a line on what it is doing;
// it stops with ctx's error when ctx is done. It runs off the UI
// goroutine.
type archiveOpener func(ctx context.Context, sources []string, status func(string)) archiveLoad
