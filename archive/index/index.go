package index

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"sync"

	_ "modernc.org/sqlite" // the database/sql driver "sqlite"
)

// Index is a news archive kept in a SQLite file, with its catalogue in memory. Its
// methods are safe for concurrent use: while Update writes, queries answer from the
// archive as it was before, until Update commits.
type Index struct {
	db       *sql.DB
	path     string
	mu       sync.RWMutex // guards cat
	cat      *catalog
	updating sync.Mutex // held by Update
}

// DefaultPath is where the index of an archive made of sources lives: a file in the user's
// cache folder (os.UserCacheDir()/newsatlas) named for the sources' absolute paths.
func DefaultPath(sources []string) (string, error) {
	dir, err := os.UserCacheDir()
	if err != nil {
		return "", fmt.Errorf("archive index: no cache folder: %w", err)
	}
	abs := make([]string, len(sources))
	for i, s := range sources {
		if a, err := filepath.Abs(s); err == nil {
			s = a
		}
		abs[i] = s
	}
	sort.Strings(abs)
	h := sha256.New()
	for _, s := range abs {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return filepath.Join(dir, "newsatlas", "archive-"+hex.EncodeToString(h.Sum(nil))[:16]+".sqlite"), nil
}

// Open opens the index file at path, creating it (and its folder) when there is none, and
// loads its catalogue. A file written by another version of the schema is emptied.
func Open(path string) (*Index, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, fmt.Errorf("archive index %s: %w", path, err)
	}
	q := url.Values{}
	for _, p := range []string{"journal_mode(WAL)", "synchronous(NORMAL)", "busy_timeout(5000)", "foreign_keys(OFF)"} {
		q.Add("_pragma", p)
	}
	db, err := sql.Open("sqlite", "file:"+path+"?"+q.Encode())
	if err != nil {
		return nil, fmt.Errorf("archive index %s: %w", path, err)
	}
	db.SetMaxOpenConns(4) // WAL: queries read the last commit while an update writes
	ix := &Index{db: db, path: path}
	if err := ix.init(); err != nil {
		db.Close()
		return nil, fmt.Errorf("archive index %s: %w", path, err)
	}
	cat, err := loadCatalog(context.Background(), db)
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("archive index %s: %w", path, err)
	}
	ix.cat = cat
	return ix, nil
}

// init creates the schema, or empties a file of another version.
func (ix *Index) init() error {
	var v string
	err := ix.db.QueryRow(`SELECT value FROM meta WHERE key = 'schema'`).Scan(&v)
	if err == nil && v != schemaVersion {
		for _, t := range []string{"articles_fts", "meta", "files", "articles", "gplaces", "mentions", "postings", "skips"} {
			if _, err := ix.db.Exec(`DROP TABLE IF EXISTS ` + t); err != nil {
				return err
			}
		}
	}
	for _, s := range schema {
		if _, err := ix.db.Exec(s); err != nil {
			return fmt.Errorf("create schema: %w", err)
		}
	}
	_, err = ix.db.Exec(`INSERT OR REPLACE INTO meta(key, value) VALUES('schema', ?)`, schemaVersion)
	return err
}

// Path is the index's file.
func (ix *Index) Path() string { return ix.path }

// Close closes the index file.
func (ix *Index) Close() error { return ix.db.Close() }
