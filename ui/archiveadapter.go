package ui

import (
	"context"
	"fmt"
	"io/fs"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/paulmach/orb"

	"newsatlas/archive"
	"newsatlas/archive/index"
	"newsatlas/atlas"
	"newsatlas/places"
)

// MaxRelated is the most related stories a click on a region lists.
const MaxRelated = 200

// world is the bound of every place.
var world = orb.Bound{Min: orb.Point{-180, -90}, Max: orb.Point{180, 90}}

// indexedArchive opens archives through their index (package
// archive/index) in the user's cache folder, brought up to date first:
// only new and changed files are read, their places found with g.
func indexedArchive(g *places.Gazetteer) archiveOpener {
	return func(ctx context.Context, sources []string, status func(string)) archiveLoad {
		files := 0
		err := archive.Files(ctx, sources, archive.Options{}, func(string, fs.FileInfo) error {
			files++
			return nil
		})
		if err != nil {
			return archiveLoad{err: err}
		}
		status(fmt.Sprintf("Indexing %s: only new and changed ones are read", plural(files, "file", "files")))
		opt := archive.Options{Progress: func(n int) {
			status(fmt.Sprintf("Indexing %s: %s read", plural(files, "file", "files"), plural(n, "article", "articles")))
		}}
		ix, st, err := index.OpenUpdated(ctx, g, sources, opt)
		if err != nil {
			return archiveLoad{err: err}
		}
		status(fmt.Sprintf("%s, %d files read again", plural(st.Articles, "article", "articles"), st.Read))
		skips, err := ix.Skipped(ctx)
		if err != nil {
			ix.Close()
			return archiveLoad{err: err}
		}
		load := archiveLoad{arch: &indexArchive{ix: ix}}
		for _, s := range skips {
			load.skipped = append(load.skipped, s.String())
		}
		return load
	}
}

// indexArchive is an archive's index as the window asks it.
type indexArchive struct {
	ix   *index.Index
	once sync.Once
}

var _ storyArchive = (*indexArchive)(nil)

// Stories implements storyArchive: the stories in view by the index's
// catalogue, or, with text to search, the index's full-text matches in
// the date window, best match first, wherever they are.
func (a *indexArchive) Stories(ctx context.Context, q storyQuery) ([]story, error) {
	var es []index.Entry
	var err error
	if q.Text != "" {
		es, err = a.ix.Search(ctx, q.Text, 0)
		kept := es[:0]
		for _, e := range es {
			if inWindow(e.Date, q.From, q.To) {
				kept = append(kept, e)
			}
		}
		es = kept
		if q.Limit > 0 && len(es) > q.Limit {
			es = es[:q.Limit]
		}
	} else {
		b := q.Bound
		if b.IsZero() {
			b = world
		}
		es, err = a.ix.InView(ctx, b, q.From, q.To, q.Limit)
	}
	if err != nil {
		return nil, err
	}
	out := make([]story, len(es))
	for i, e := range es {
		out[i] = entryStory(e)
	}
	return out, nil
}

// inWindow reports whether day d lies in [from, to] (zero: open); an
// undated story lies only in an open window.
func inWindow(d, from, to time.Time) bool {
	if from.IsZero() && to.IsZero() {
		return true
	}
	return !d.IsZero() && (from.IsZero() || !d.Before(from)) && (to.IsZero() || !d.After(to))
}

func entryStory(e index.Entry) story {
	return story{ID: strconv.FormatInt(e.ID, 10), Title: e.Title, Source: e.Source, Date: e.Date}
}

// Related implements storyArchive with the ranking of `newsatlas related`.
func (a *indexArchive) Related(ctx context.Context, layer, name string, g orb.Geometry, from, to time.Time) ([]relatedStory, error) {
	// As `newsatlas related` counts them: a governorate holds no
	// countries, a zone of Aleppo no governorates either (MaxKindOf).
	r := archive.NewRegion(layer, name, g)
	ms, err := a.ix.Related(ctx, r, from, to, MaxRelated)
	if err != nil {
		return nil, err
	}
	out := make([]relatedStory, len(ms))
	for i, m := range ms {
		art := parsedArticle(m.Parsed)
		rs := relatedStory{story: story{ID: m.Source, Title: art.Title, Source: m.Source, Date: m.Date, article: art}, Mentions: m.Mentions}
		for _, p := range m.Passages {
			rs.Passages = append(rs.Passages, passage{Text: p.Text, Start: p.Start, End: p.End, Places: p.Places})
		}
		out[i] = rs
	}
	return out, nil
}

// Places implements storyArchive.
func (a *indexArchive) Places(ctx context.Context, from, to time.Time) ([]archivePlace, error) {
	ps := a.ix.Places(world, from, to)
	out := make([]archivePlace, len(ps))
	for i, p := range ps {
		out[i] = archivePlace{Name: p.Name, Lon: p.Lon, Lat: p.Lat, Kind: p.Kind, Mentions: p.Mentions, Articles: p.Articles}
	}
	return out, nil
}

// Days implements storyArchive.
func (a *indexArchive) Days(ctx context.Context) ([]dayCount, error) {
	ds := a.ix.Days()
	out := make([]dayCount, len(ds))
	for i, d := range ds {
		out[i] = dayCount{Day: d.Day, N: d.Articles}
	}
	return out, nil
}

// Article implements storyArchive: the article as the index keeps it, its
// places as found when it was indexed; id is the index's number for it,
// or its source.
func (a *indexArchive) Article(ctx context.Context, id string) (*atlas.Article, error) {
	var p *archive.Parsed
	if n, err := strconv.ParseInt(id, 10, 64); err == nil {
		p, err = a.ix.Article(ctx, n)
		if err != nil {
			return nil, err
		}
	} else {
		p, err = a.ix.ArticleAt(ctx, id) // a related story, or a session's, by its source
		if err != nil {
			return nil, err
		}
	}
	return parsedArticle(p), nil
}

// parsedArticle is an article of the archive as the article panel shows
// it.
func parsedArticle(p *archive.Parsed) *atlas.Article {
	art := &atlas.Article{Path: p.Source, Title: p.Title, Text: p.Text, Places: p.Places}
	if art.Title == "" {
		art.Title = firstLine(p.Text)
	}
	return art
}

// firstLine is the first non-blank line of s, trimmed.
func firstLine(s string) string {
	for _, l := range strings.Split(s, "\n") {
		if t := strings.TrimSpace(l); t != "" {
			return t
		}
	}
	return ""
}

// Close implements storyArchive.
func (a *indexArchive) Close() error {
	var err error
	a.once.Do(func() { err = a.ix.Close() })
	return err
}
