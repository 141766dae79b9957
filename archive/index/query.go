package index

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/paulmach/orb"

	"newsatlas/archive"
	"newsatlas/places"
)

// Entry is an article as a list shows it: without its text.
type Entry struct {
	ID       int64     `json:"id"`
	Source   string    `json:"source"`
	Title    string    `json:"title"`
	URL      string    `json:"url,omitempty"`
	Date     time.Time `json:"-"`
	DateFrom string    `json:"date_from,omitempty"`
	// Mentions is how many mentions of places the query counted: in the box for InView, in
	// the region for Related; all of the article's for Search.
	Mentions int `json:"mentions"`
}

// Day is the entry's date as YYYY-MM-DD, or "" when it has none.
func (e Entry) Day() string {
	if e.Date.IsZero() {
		return ""
	}
	return e.Date.Format(time.DateOnly)
}

// Len is the number of articles in the index.
func (ix *Index) Len() int {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return len(ix.cat.ids)
}

// scored is an article of the catalogue with a count of mentions.
type scored struct {
	art      int32
	mentions int
}

// tally sums, for each article dated in the window, the mentions of the places keep
// accepts.
func (c *catalog) tally(keep func(p *place) bool, w window) []scored {
	sums := make([]int32, len(c.ids)) // by article: cheaper than a map over many postings
	var touched []int32
	for i := range c.places {
		if !keep(&c.places[i]) {
			continue
		}
		for _, ps := range c.post[i] {
			if w.holds(c.days[ps.art]) {
				if sums[ps.art] == 0 {
					touched = append(touched, ps.art)
				}
				sums[ps.art] += ps.count
			}
		}
	}
	out := make([]scored, len(touched))
	for k, a := range touched {
		out[k] = scored{a, int(sums[a])}
	}
	return out
}

// InView is the articles dated in [from, to] (zero times leave a side open) that name
// places inside box, newest first (then most mentions in the box), at most limit of them
// (all when limit <= 0): what the Stories panel lists.
func (ix *Index) InView(ctx context.Context, box orb.Bound, from, to time.Time, limit int) ([]Entry, error) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	c := ix.cat
	s := c.tally(func(p *place) bool { return box.Contains(orb.Point{p.lon, p.lat}) }, newWindow(from, to))
	sort.Slice(s, func(i, j int) bool {
		di, dj := c.days[s[i].art], c.days[s[j].art]
		if di != dj {
			return di > dj
		}
		if s[i].mentions != s[j].mentions {
			return s[i].mentions > s[j].mentions
		}
		return s[i].art < s[j].art
	})
	if limit > 0 && len(s) > limit {
		s = s[:limit]
	}
	return ix.entries(ctx, s)
}

// entries reads the list fields of scored articles, in their order.
func (ix *Index) entries(ctx context.Context, s []scored) ([]Entry, error) {
	out := make([]Entry, 0, len(s))
	stmt, err := ix.db.PrepareContext(ctx, `SELECT source, title, url, day, date_from FROM articles WHERE id = ?`)
	if err != nil {
		return nil, fmt.Errorf("archive index: %w", err)
	}
	defer stmt.Close()
	for _, a := range s {
		e := Entry{ID: ix.cat.ids[a.art], Mentions: a.mentions}
		var title, url, day, from sql.NullString
		if err := stmt.QueryRowContext(ctx, e.ID).Scan(&e.Source, &title, &url, &day, &from); err != nil {
			return nil, fmt.Errorf("archive index: article %d: %w", e.ID, err)
		}
		e.Title, e.URL, e.DateFrom = title.String, url.String, from.String
		e.Date, _ = time.Parse(time.DateOnly, day.String)
		out = append(out, e)
	}
	return out, nil
}

// PlaceCount is a place of the archive and how much the articles in a date window name it.
type PlaceCount struct {
	Name     string  `json:"name"`
	Kind     string  `json:"kind"`
	Country  string  `json:"country,omitempty"`
	Lon      float64 `json:"lon"`
	Lat      float64 `json:"lat"`
	Mentions int     `json:"mentions"`
	Articles int     `json:"articles"`
}

// Places is the archive's places inside box named by articles dated in [from, to], most
// mentioned first: the map's pins, sized by mentions.
func (ix *Index) Places(box orb.Bound, from, to time.Time) []PlaceCount {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	c := ix.cat
	w := newWindow(from, to)
	var out []PlaceCount
	for i := range c.places {
		p := &c.places[i]
		if !box.Contains(orb.Point{p.lon, p.lat}) {
			continue
		}
		pc := PlaceCount{Name: p.name, Kind: p.kind, Country: p.country, Lon: p.lon, Lat: p.lat}
		if w.open {
			pc.Mentions, pc.Articles = p.mentions, len(c.post[i])
		} else {
			for _, ps := range c.post[i] {
				if w.holds(c.days[ps.art]) {
					pc.Mentions += int(ps.count)
					pc.Articles++
				}
			}
		}
		if pc.Articles > 0 {
			out = append(out, pc)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Mentions > out[j].Mentions })
	return out
}

// DayCount is the number of articles dated one day.
type DayCount struct {
	Day      time.Time `json:"-"`
	Articles int       `json:"articles"`
}

// Days is the number of articles dated each day, for the days that have any, in order:
// what the timeline draws under its slider.
func (ix *Index) Days() []DayCount {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	n := map[int32]int{}
	for _, d := range ix.cat.days {
		if d != noDay {
			n[d]++
		}
	}
	out := make([]DayCount, 0, len(n))
	for d, c := range n {
		out = append(out, DayCount{Day: dayTime(d), Articles: c})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Day.Before(out[j].Day) })
	return out
}

// Related is the articles dated in [from, to] that name places inside r (as r.Counts
// them), ranked as archive.Rank ranks them, each with the passages holding those mentions;
// at most limit (all when limit <= 0).
func (ix *Index) Related(ctx context.Context, r *archive.Region, from, to time.Time, limit int) ([]archive.Match, error) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	c := ix.cat
	s := c.tally(func(p *place) bool { return r.Counts(p.kind, orb.Point{p.lon, p.lat}) }, newWindow(from, to))
	sort.Slice(s, func(i, j int) bool {
		if s[i].mentions != s[j].mentions {
			return s[i].mentions > s[j].mentions
		}
		di, dj := c.days[s[i].art], c.days[s[j].art]
		if di != dj {
			return di > dj
		}
		return s[i].art < s[j].art
	})
	if limit > 0 && len(s) > limit {
		s = s[:limit]
	}
	out := make([]archive.Match, 0, len(s))
	for _, a := range s {
		p, err := ix.article(ctx, c.ids[a.art])
		if err != nil {
			return nil, err
		}
		if m, ok := archive.Relate(p, r); ok {
			out = append(out, m)
		}
	}
	archive.Rank(out)
	return out, nil
}

// Article is the indexed article id with its text and places (mention offsets into its
// Text).
func (ix *Index) Article(ctx context.Context, id int64) (*archive.Parsed, error) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return ix.article(ctx, id)
}

// ArticleAt is the indexed article whose source is source (as archive.Article.Source
// names it: a file, or a file and its line or item, "news.ndjson:3"), with its text and
// places; an error saying so when the index holds none.
func (ix *Index) ArticleAt(ctx context.Context, source string) (*archive.Parsed, error) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	var id int64
	err := ix.db.QueryRowContext(ctx, `SELECT id FROM articles WHERE source = ? ORDER BY id LIMIT 1`, source).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("%s: no longer in the archive", source)
	}
	if err != nil {
		return nil, fmt.Errorf("archive index: article %s: %w", source, err)
	}
	return ix.article(ctx, id)
}

func (ix *Index) article(ctx context.Context, id int64) (*archive.Parsed, error) {
	a := &archive.Article{}
	var extID, url, title, day, from sql.NullString
	var fileID int64
	err := ix.db.QueryRowContext(ctx, `SELECT a.source, f.path, a.ext_id, a.url, a.title, a.day, a.date_from, a.text, a.file
		FROM articles a LEFT JOIN files f ON f.id = a.file WHERE a.id = ?`, id).
		Scan(&a.Source, &a.File, &extID, &url, &title, &day, &from, &a.Text, &fileID)
	if err != nil {
		return nil, fmt.Errorf("archive index: article %d: %w", id, err)
	}
	a.ID, a.URL, a.Title, a.DateFrom = extID.String, url.String, title.String, from.String
	a.Date, _ = time.Parse(time.DateOnly, day.String)
	rows, err := ix.db.QueryContext(ctx, `SELECT g.name, g.kind, COALESCE(g.country, ''), g.lon, g.lat, COALESCE(g.geonameid, 0), m.spans
		FROM mentions m JOIN gplaces g ON g.id = m.place WHERE m.article = ?`, id)
	if err != nil {
		return nil, fmt.Errorf("archive index: article %d: %w", id, err)
	}
	defer rows.Close()
	p := &archive.Parsed{Article: a}
	for rows.Next() {
		var pl places.Place
		var spans string
		if err := rows.Scan(&pl.Name, &pl.Kind, &pl.Country, &pl.Lon, &pl.Lat, &pl.GeonameID, &spans); err != nil {
			return nil, fmt.Errorf("archive index: article %d: %w", id, err)
		}
		pl.Mentions = decodeSpans(spans, a.Text)
		p.Places = append(p.Places, pl)
	}
	sort.SliceStable(p.Places, func(i, j int) bool { return firstAt(p.Places[i]) < firstAt(p.Places[j]) })
	return p, rows.Err()
}

func firstAt(p places.Place) int {
	if len(p.Mentions) == 0 {
		return 1 << 62
	}
	return p.Mentions[0].Start
}

// Search is the articles whose title or text match query, best match first, at most limit
// (all when limit <= 0). The query is words, all of which must appear (in any form FTS5's
// default tokenizer folds to the same: case and diacritics aside); a word ending in * is a
// prefix; "quoted words" a phrase.
func (ix *Index) Search(ctx context.Context, query string, limit int) ([]Entry, error) {
	return ix.SearchIn(ctx, query, time.Time{}, time.Time{}, limit)
}

// SearchIn is Search among the articles dated in [from, to] (a zero time leaves that side
// open; with either set, articles with no date are left out).
func (ix *Index) SearchIn(ctx context.Context, query string, from, to time.Time, limit int) ([]Entry, error) {
	q := ftsQuery(query)
	if q == "" {
		return nil, nil
	}
	if limit <= 0 {
		limit = -1
	}
	lo, hi := "", "9999-12-31"
	if !from.IsZero() {
		lo = from.Format(time.DateOnly)
	}
	if !to.IsZero() {
		hi = to.Format(time.DateOnly)
	}
	open := from.IsZero() && to.IsZero()
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	rows, err := ix.db.QueryContext(ctx, `SELECT a.id, a.source, a.title, a.url, a.day, a.date_from, a.mentions
		FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
		WHERE articles_fts MATCH ? AND (? OR a.day BETWEEN ? AND ?) ORDER BY rank LIMIT ?`, q, open, lo, hi, limit)
	if err != nil {
		return nil, fmt.Errorf("archive index: search %q: %w", query, err)
	}
	defer rows.Close()
	var out []Entry
	for rows.Next() {
		var e Entry
		var title, url, day, from sql.NullString
		if err := rows.Scan(&e.ID, &e.Source, &title, &url, &day, &from, &e.Mentions); err != nil {
			return nil, fmt.Errorf("archive index: search %q: %w", query, err)
		}
		e.Title, e.URL, e.DateFrom = title.String, url.String, from.String
		e.Date, _ = time.Parse(time.DateOnly, day.String)
		out = append(out, e)
	}
	return out, rows.Err()
}

// ftsQuery makes a user's words an FTS5 query: each word quoted (so that punctuation and
// FTS5's operators in it are plain text), a trailing * kept as a prefix search, quoted
// phrases kept whole.
func ftsQuery(s string) string {
	var parts []string
	for s = strings.TrimSpace(s); s != ""; s = strings.TrimSpace(s) {
		var word string
		if s[0] == '"' {
			end := strings.IndexByte(s[1:], '"')
			if end < 0 {
				word, s = s[1:], ""
			} else {
				word, s = s[1:end+1], s[end+2:]
			}
		} else {
			i := strings.IndexAny(s, " \t\n")
			if i < 0 {
				i = len(s)
			}
			word, s = s[:i], s[i:]
		}
		prefix := strings.HasSuffix(word, "*")
		word = strings.TrimSuffix(word, "*")
		if strings.TrimSpace(word) == "" {
			continue
		}
		q := `"` + strings.ReplaceAll(word, `"`, `""`) + `"`
		if prefix {
			q += "*"
		}
		parts = append(parts, q)
	}
	return strings.Join(parts, " ")
}

// Skipped is what the last updates left out, and why: files and records that could not be
// read, sources that could not be listed.
func (ix *Index) Skipped(ctx context.Context) ([]archive.Skip, error) {
	rows, err := ix.db.QueryContext(ctx, `SELECT source, reason FROM skips ORDER BY rowid`)
	if err != nil {
		return nil, fmt.Errorf("archive index: %w", err)
	}
	defer rows.Close()
	var out []archive.Skip
	for rows.Next() {
		var s archive.Skip
		if err := rows.Scan(&s.Source, &s.Reason); err != nil {
			return nil, fmt.Errorf("archive index: %w", err)
		}
		out = append(out, s)
	}
	return out, rows.Err()
}
