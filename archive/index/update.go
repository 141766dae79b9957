package index

import (
	"context"
	"database/sql"
	"fmt"
	"io/fs"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"newsatlas/archive"
	"newsatlas/places"
)

// Stats is what an Update did.
type Stats struct {
	Files    int // files in the archive
	Read     int // files read again: new or changed
	Removed  int // files no longer in the archive, forgotten
	Articles int // articles in the index after the update
	Took     time.Duration
}

// file is a file of the archive as listed.
type file struct {
	path  string
	fi    fs.FileInfo
	id    int64
	fresh bool // new or changed: to be read
}

// Update brings the index up to date with the archive made of sources (as archive.Walk
// reads them, each named by its absolute path): files that are new, or whose size or modification time changed, are read
// and their articles' places found with g on all cores; files the sources no longer hold
// are forgotten. What is skipped is recorded (Skipped) and given to opt.Skip as well. g may
// be nil: the embedded gazetteer is then loaded only if some file must be read.
func (ix *Index) Update(ctx context.Context, g *places.Gazetteer, sources []string, opt archive.Options) (Stats, error) {
	start := time.Now()
	st, err := ix.update(ctx, g, sources, opt)
	st.Took = time.Since(start)
	if err != nil {
		return st, fmt.Errorf("archive index %s: %w", ix.path, err)
	}
	return st, nil
}

func (ix *Index) update(ctx context.Context, g *places.Gazetteer, sources []string, opt archive.Options) (Stats, error) {
	ix.updating.Lock() // one update at a time
	defer ix.updating.Unlock()
	var st Stats
	type fileSkip struct {
		file int64 // 0: a source that could not be listed
		archive.Skip
	}
	var skips []fileSkip
	var current int64 // the file being read; Skip is called from the reading goroutine only
	userSkip := opt.Skip
	opt.Skip = func(s archive.Skip) {
		skips = append(skips, fileSkip{current, s})
		if userSkip != nil {
			userSkip(s)
		}
	}
	// Files are keyed by absolute path, so that the same archive named from another folder
	// is the same index.
	abs := make([]string, len(sources))
	for i, s := range sources {
		if a, err := filepath.Abs(s); err == nil {
			s = a
		}
		abs[i] = s
	}
	var files []*file
	err := archive.Files(ctx, abs, opt, func(p string, fi fs.FileInfo) error {
		files = append(files, &file{path: p, fi: fi})
		return nil
	})
	if err != nil {
		return st, err
	}
	topSkips := append([]fileSkip(nil), skips...) // sources that could not be listed
	skips = skips[:0]
	st.Files = len(files)

	known := map[string]*file{}
	rows, err := ix.db.QueryContext(ctx, `SELECT id, path, size, mtime FROM files`)
	if err != nil {
		return st, err
	}
	type old struct {
		id          int64
		size, mtime int64
	}
	olds := map[string]old{}
	for rows.Next() {
		var o old
		var p string
		if err := rows.Scan(&o.id, &p, &o.size, &o.mtime); err != nil {
			rows.Close()
			return st, err
		}
		olds[p] = o
	}
	rows.Close()
	for _, f := range files {
		known[f.path] = f
		o, ok := olds[f.path]
		f.id = o.id
		f.fresh = !ok || o.size != f.fi.Size() || o.mtime != f.fi.ModTime().UnixNano()
		if f.fresh {
			st.Read++
		}
	}
	var gone []int64
	for p, o := range olds {
		if known[p] == nil {
			gone = append(gone, o.id)
		}
	}
	st.Removed = len(gone)

	tx, err := ix.db.BeginTx(ctx, nil)
	if err != nil {
		return st, err
	}
	defer tx.Rollback()
	w, err := newWriter(ctx, tx)
	if err != nil {
		return st, err
	}
	defer w.close()
	changed := len(gone) > 0
	for _, id := range gone {
		if err := w.forget(id, true); err != nil {
			return st, err
		}
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM skips WHERE file IS NULL`); err != nil {
		return st, err
	}
	for _, s := range topSkips {
		if _, err := tx.ExecContext(ctx, `INSERT INTO skips(file, source, reason) VALUES(NULL, ?, ?)`, s.Source, s.Reason); err != nil {
			return st, err
		}
	}
	var fresh []*file
	for _, f := range files {
		if !f.fresh {
			continue
		}
		changed = true
		if f.id != 0 {
			if err := w.forget(f.id, false); err != nil {
				return st, err
			}
		}
		res, err := tx.ExecContext(ctx, `INSERT INTO files(path, size, mtime) VALUES(?, ?, ?)
			ON CONFLICT(path) DO UPDATE SET size = excluded.size, mtime = excluded.mtime`, f.path, f.fi.Size(), f.fi.ModTime().UnixNano())
		if err != nil {
			return st, err
		}
		if f.id == 0 {
			if f.id, err = res.LastInsertId(); err != nil {
				return st, err
			}
		}
		fresh = append(fresh, f)
	}
	if changed && len(fresh) > 0 && g == nil {
		if g, err = places.LoadGazetteer(); err != nil {
			return st, err
		}
	}
	if changed {
		fileID := map[string]int64{}
		for _, f := range fresh {
			fileID[f.path] = f.id
		}
		read := func(yield func(*archive.Article) error) error {
			for _, f := range fresh {
				current = f.id
				if err := archive.ReadFile(ctx, f.path, f.fi, opt, yield); err != nil {
					return err
				}
			}
			return nil
		}
		done := 0
		err := archive.Geoparse(ctx, g, 0, read, func(p *archive.Parsed) error {
			if done++; opt.Progress != nil && done%1000 == 0 {
				opt.Progress(done)
			}
			return w.add(fileID[p.File], p)
		})
		if err != nil {
			return st, err
		}
		if opt.Progress != nil {
			opt.Progress(done)
		}
		for _, s := range skips {
			if _, err := tx.ExecContext(ctx, `INSERT INTO skips(file, source, reason) VALUES(?, ?, ?)`, s.file, s.Source, s.Reason); err != nil {
				return st, err
			}
		}
		if err := rebuildPostings(ctx, tx); err != nil {
			return st, err
		}
	}
	w.close()
	// The catalogue is read inside the transaction, which sees its own writes; queries go
	// on from the old one (and the file as committed before) until the swap.
	var cat *catalog
	if changed {
		if cat, err = loadCatalog(ctx, tx); err != nil {
			return st, err
		}
	}
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if err := tx.Commit(); err != nil {
		return st, err
	}
	if cat != nil {
		ix.cat = cat
	}
	st.Articles = len(ix.cat.ids)
	return st, nil
}

// writer holds the statements an update writes with, and the places already stored.
type writer struct {
	ctx                          context.Context
	tx                           *sql.Tx
	article, fts, place, mention *sql.Stmt
	places                       map[placeKey]int64
}

type placeKey struct {
	name, kind string
	lon, lat   float64
}

func newWriter(ctx context.Context, tx *sql.Tx) (*writer, error) {
	w := &writer{ctx: ctx, tx: tx, places: map[placeKey]int64{}}
	var err error
	prep := func(q string) *sql.Stmt {
		if err != nil {
			return nil
		}
		var s *sql.Stmt
		s, err = tx.PrepareContext(ctx, q)
		return s
	}
	w.article = prep(`INSERT INTO articles(file, source, ext_id, url, title, day, date_from, text, mentions) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	w.fts = prep(`INSERT INTO articles_fts(rowid, title, text) VALUES(?, ?, ?)`)
	w.place = prep(`INSERT INTO gplaces(name, kind, country, lon, lat, geonameid) VALUES(?, ?, ?, ?, ?, ?)`)
	w.mention = prep(`INSERT INTO mentions(article, place, count, spans) VALUES(?, ?, ?, ?)`)
	if err != nil {
		w.close()
		return nil, err
	}
	rows, err := tx.QueryContext(ctx, `SELECT id, name, kind, lon, lat FROM gplaces`)
	if err != nil {
		w.close()
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var k placeKey
		var id int64
		if err := rows.Scan(&id, &k.name, &k.kind, &k.lon, &k.lat); err != nil {
			w.close()
			return nil, err
		}
		w.places[k] = id
	}
	return w, rows.Err()
}

func (w *writer) close() {
	for _, s := range []*sql.Stmt{w.article, w.fts, w.place, w.mention} {
		if s != nil {
			s.Close()
		}
	}
	w.article, w.fts, w.place, w.mention = nil, nil, nil, nil
}

// forget deletes a file's articles, their text index, mentions and skips, and the file
// itself when whole.
func (w *writer) forget(file int64, whole bool) error {
	qs := []string{
		`INSERT INTO articles_fts(articles_fts, rowid, title, text) SELECT 'delete', id, title, text FROM articles WHERE file = ?`,
		`DELETE FROM mentions WHERE article IN (SELECT id FROM articles WHERE file = ?)`,
		`DELETE FROM articles WHERE file = ?`,
		`DELETE FROM skips WHERE file = ?`,
	}
	if whole {
		qs = append(qs, `DELETE FROM files WHERE id = ?`)
	}
	for _, q := range qs {
		if _, err := w.tx.ExecContext(w.ctx, q, file); err != nil {
			return fmt.Errorf("forget file %d: %w", file, err)
		}
	}
	return nil
}

// add stores one article and its places.
func (w *writer) add(file int64, p *archive.Parsed) error {
	n := 0
	for _, pl := range p.Places {
		n += len(pl.Mentions)
	}
	var day any
	if d := p.Day(); d != "" {
		day = d
	}
	res, err := w.article.ExecContext(w.ctx, file, p.Source, p.ID, p.URL, p.Title, day, p.DateFrom, p.Text, n)
	if err != nil {
		return fmt.Errorf("%s: %w", p.Source, err)
	}
	id, err := res.LastInsertId()
	if err != nil {
		return err
	}
	if _, err := w.fts.ExecContext(w.ctx, id, p.Title, p.Text); err != nil {
		return fmt.Errorf("%s: text index: %w", p.Source, err)
	}
	for _, pl := range p.Places {
		k := placeKey{pl.Name, pl.Kind, pl.Lon, pl.Lat}
		pid, ok := w.places[k]
		if !ok {
			res, err := w.place.ExecContext(w.ctx, pl.Name, pl.Kind, pl.Country, pl.Lon, pl.Lat, pl.GeonameID)
			if err != nil {
				return fmt.Errorf("%s: place %s: %w", p.Source, pl.Name, err)
			}
			if pid, err = res.LastInsertId(); err != nil {
				return err
			}
			w.places[k] = pid
		}
		if _, err := w.mention.ExecContext(w.ctx, id, pid, len(pl.Mentions), encodeSpans(pl.Mentions)); err != nil {
			return fmt.Errorf("%s: mentions of %s: %w", p.Source, pl.Name, err)
		}
	}
	return nil
}

// encodeSpans writes mentions as "start-end" pairs, comma-separated, a "d" after a
// demonym's.
func encodeSpans(ms []places.Mention) string {
	var b []byte
	for i, m := range ms {
		if i > 0 {
			b = append(b, ',')
		}
		b = strconv.AppendInt(b, int64(m.Start), 10)
		b = append(b, '-')
		b = strconv.AppendInt(b, int64(m.End), 10)
		if m.Kind == places.Demonym {
			b = append(b, 'd')
		}
	}
	return string(b)
}

// decodeSpans reads what encodeSpans wrote, with each mention's text from text.
func decodeSpans(s, text string) []places.Mention {
	var out []places.Mention
	for _, part := range strings.Split(s, ",") {
		kind := ""
		if strings.HasSuffix(part, "d") {
			kind, part = places.Demonym, strings.TrimSuffix(part, "d")
		}
		a, b, ok := strings.Cut(part, "-")
		if !ok {
			continue
		}
		start, err1 := strconv.Atoi(a)
		end, err2 := strconv.Atoi(b)
		if err1 != nil || err2 != nil || start < 0 || end > len(text) || start > end {
			continue
		}
		out = append(out, places.Mention{Start: start, End: end, Text: text[start:end], Kind: kind})
	}
	return out
}

// rebuildPostings groups the mentions table by place into postings.
func rebuildPostings(ctx context.Context, tx *sql.Tx) error {
	rows, err := tx.QueryContext(ctx, `SELECT place, article, count FROM mentions`)
	if err != nil {
		return fmt.Errorf("postings: %w", err)
	}
	type pc struct {
		art   int64
		count int32
	}
	by := map[int64][]pc{}
	for rows.Next() {
		var place int64
		var p pc
		if err := rows.Scan(&place, &p.art, &p.count); err != nil {
			rows.Close()
			return fmt.Errorf("postings: %w", err)
		}
		by[place] = append(by[place], p)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("postings: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM postings`); err != nil {
		return fmt.Errorf("postings: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM gplaces WHERE id NOT IN (SELECT DISTINCT place FROM mentions)`); err != nil {
		return fmt.Errorf("postings: %w", err)
	}
	ins, err := tx.PrepareContext(ctx, `INSERT INTO postings(place, articles) VALUES(?, ?)`)
	if err != nil {
		return fmt.Errorf("postings: %w", err)
	}
	defer ins.Close()
	for place, ps := range by {
		sort.Slice(ps, func(i, j int) bool { return ps[i].art < ps[j].art })
		arts := make([]int64, len(ps))
		counts := make([]int32, len(ps))
		for i, p := range ps {
			arts[i], counts[i] = p.art, p.count
		}
		if _, err := ins.ExecContext(ctx, place, encodePostings(arts, counts)); err != nil {
			return fmt.Errorf("postings: %w", err)
		}
	}
	return nil
}
