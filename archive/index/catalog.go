package index

import (
	"context"
	"database/sql"
	"encoding/binary"
	"fmt"
	"sort"
	"time"
)

// noDay is the day of an article with no date.
const noDay = -1 << 31

// catalog is what Open keeps in memory: every article's day, every distinct place and the
// articles naming it.
type catalog struct {
	ids    []int64 // article rowids, ascending
	days   []int32 // days since 1970-01-01, by article (parallel to ids); noDay when not known
	places []place
	post   [][]posting // the articles naming each place (parallel to places), by article
}

// place is a distinct place of the archive.
type place struct {
	id                  int64
	name, kind, country string
	lon, lat            float64
	mentions            int // in all articles
}

// posting is an article naming a place, count times.
type posting struct {
	art   int32 // index into catalog.ids
	count int32
}

// dayNumber is t's day since 1970-01-01.
func dayNumber(t time.Time) int32 {
	return int32(t.Unix() / 86400)
}

// dayTime is the day numbered d.
func dayTime(d int32) time.Time { return time.Unix(int64(d)*86400, 0).UTC() }

// window is a date window as day numbers, inclusive; a zero time leaves a side open.
type window struct {
	from, to int32
	open     bool
}

func newWindow(from, to time.Time) window {
	w := window{from: noDay + 1, to: 1<<31 - 1, open: from.IsZero() && to.IsZero()}
	if !from.IsZero() {
		w.from = dayNumber(from.UTC().Truncate(24 * time.Hour))
	}
	if !to.IsZero() {
		w.to = dayNumber(to.UTC().Truncate(24 * time.Hour))
	}
	return w
}

// holds reports whether day d lies in the window; an article with no day lies only in
// an open one.
func (w window) holds(d int32) bool {
	if w.open {
		return true
	}
	return d != noDay && d >= w.from && d <= w.to
}

// querier is what loadCatalog reads with: the database or a transaction.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// loadCatalog reads the catalogue from the index file.
func loadCatalog(ctx context.Context, db querier) (*catalog, error) {
	c := &catalog{}
	rows, err := db.QueryContext(ctx, `SELECT id, day FROM articles INDEXED BY articles_id_day ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("load articles: %w", err)
	}
	for rows.Next() {
		var id int64
		var day sql.RawBytes
		if err := rows.Scan(&id, &day); err != nil {
			rows.Close()
			return nil, fmt.Errorf("load articles: %w", err)
		}
		c.ids = append(c.ids, id)
		c.days = append(c.days, parseDay(day))
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("load articles: %w", err)
	}

	rows, err = db.QueryContext(ctx, `SELECT g.id, g.name, g.kind, COALESCE(g.country, ''), g.lon, g.lat, p.articles
		FROM gplaces g JOIN postings p ON p.place = g.id ORDER BY g.id`)
	if err != nil {
		return nil, fmt.Errorf("load places: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var p place
		var blob []byte
		if err := rows.Scan(&p.id, &p.name, &p.kind, &p.country, &p.lon, &p.lat, &blob); err != nil {
			return nil, fmt.Errorf("load places: %w", err)
		}
		ps, total, err := c.decodePostings(blob)
		if err != nil {
			return nil, fmt.Errorf("load places: %s: %w", p.name, err)
		}
		p.mentions = total
		c.places = append(c.places, p)
		c.post = append(c.post, ps)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("load places: %w", err)
	}
	return c, nil
}

// indexOf is the catalogue index of article rowid id: straight away when the rowids
// run without gaps from the first (a fresh index), else by binary search.
func (c *catalog) indexOf(id int64) (int, bool) {
	if len(c.ids) == 0 {
		return 0, false
	}
	if k := id - c.ids[0]; k >= 0 && k < int64(len(c.ids)) && c.ids[k] == id {
		return int(k), true
	}
	i := sort.Search(len(c.ids), func(i int) bool { return c.ids[i] >= id })
	return i, i < len(c.ids) && c.ids[i] == id
}

// parseDay reads YYYY-MM-DD as a day number without allocating; noDay when it is not one.
func parseDay(b []byte) int32 {
	if len(b) != 10 || b[4] != '-' || b[7] != '-' {
		return noDay
	}
	num := func(b []byte) int {
		n := 0
		for _, c := range b {
			if c < '0' || c > '9' {
				return -1
			}
			n = n*10 + int(c-'0')
		}
		return n
	}
	y, m, d := num(b[:4]), num(b[5:7]), num(b[8:])
	if y < 0 || m < 1 || m > 12 || d < 1 || d > 31 {
		return noDay
	}
	return dayNumber(time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC))
}

// encodePostings writes (article rowid, count) pairs, by rowid, as varints: each rowid as
// its difference from the one before.
func encodePostings(arts []int64, counts []int32) []byte {
	b := make([]byte, 0, 3*len(arts))
	last := int64(0)
	for i, a := range arts {
		b = binary.AppendUvarint(b, uint64(a-last))
		b = binary.AppendUvarint(b, uint64(counts[i]))
		last = a
	}
	return b
}

// decodePostings reads what encodePostings wrote, turning rowids into catalogue indices.
func (c *catalog) decodePostings(b []byte) ([]posting, int, error) {
	var out []posting
	total := 0
	id := int64(0)
	for len(b) > 0 {
		d, n := binary.Uvarint(b)
		if n <= 0 {
			return nil, 0, fmt.Errorf("bad postings")
		}
		b = b[n:]
		cnt, n := binary.Uvarint(b)
		if n <= 0 {
			return nil, 0, fmt.Errorf("bad postings")
		}
		b = b[n:]
		id += int64(d)
		i, ok := c.indexOf(id)
		if !ok {
			continue // an article gone since the postings were written
		}
		out = append(out, posting{art: int32(i), count: int32(cnt)})
		total += int(cnt)
	}
	return out, total, nil
}
