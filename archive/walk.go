package archive

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"newsatlas/articletext"
	"newsatlas/internal/fileerr"
	"newsatlas/layer"
)

// Walk reads the articles of each source in turn and calls fn with each: a folder's files
// in name order (hidden files and folders left out), a feed's items and an NDJSON file's
// records in the order they come, a ZIP's entries in name order. Only one article is held
// at a time. What cannot be read is given to opt.Skip and the walk goes on, so that a
// missing source is a skip too; an error from fn, or ctx's, stops the walk and is
// returned.
func Walk(ctx context.Context, sources []string, opt Options, fn func(*Article) error) error {
	w := walker{ctx: ctx, opt: opt, fn: fn}
	return Files(ctx, sources, opt, w.file)
}

// Files calls fn with each file Walk reads articles from, in the same order: each source
// that is a file, and the files of each folder, recursively in name order, hidden files
// and folders left out. What cannot be listed is given to opt.Skip. An error from fn, or
// ctx's, stops it and is returned.
func Files(ctx context.Context, sources []string, opt Options, fn func(path string, fi fs.FileInfo) error) error {
	for _, p := range sources {
		fi, err := os.Stat(p)
		if err != nil {
			opt.skip(p, "%v", fileerr.Strip(err))
			continue
		}
		if !fi.IsDir() {
			if err := fn(p, fi); err != nil {
				return err
			}
			continue
		}
		err = filepath.WalkDir(p, func(q string, d fs.DirEntry, err error) error {
			if err != nil {
				opt.skip(q, "%v", fileerr.Strip(err))
				return nil
			}
			if q != p && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				return ctx.Err()
			}
			fi, err := d.Info()
			if err != nil {
				opt.skip(q, "%v", fileerr.Strip(err))
				return nil
			}
			return fn(q, fi)
		})
		if err != nil {
			return err
		}
	}
	return ctx.Err()
}

// walker is the state of one Walk.
type walker struct {
	ctx  context.Context
	opt  Options
	fn   func(*Article) error
	path string // the file being read
}

// emit hands one article to fn, after checking the context.
func (w *walker) emit(a *Article) error {
	if err := w.ctx.Err(); err != nil {
		return err
	}
	a.File = w.path
	return w.fn(a)
}

// ReadFile reads the articles of one file, as Walk does: fi is its information.
func ReadFile(ctx context.Context, path string, fi fs.FileInfo, opt Options, fn func(*Article) error) error {
	w := walker{ctx: ctx, opt: opt, fn: fn}
	return w.file(path, fi)
}

// file reads one file of any kind a source may be.
func (w *walker) file(p string, fi fs.FileInfo) error {
	w.path = p
	if !fi.Mode().IsRegular() {
		w.opt.skip(p, "not a regular file (%s)", fi.Mode().Type())
		return nil
	}
	kind := KindOf(p)
	if kind == KindZIP {
		return w.zip(p)
	}
	f, err := os.Open(p)
	if err != nil {
		w.opt.skip(p, "%v", fileerr.Strip(err))
		return nil
	}
	defer f.Close()
	return w.entry(p, kind, f, fi.Size(), fi.ModTime())
}

// entry reads one file's content, r, of the given kind and size (-1 when not known),
// modified at mod.
func (w *walker) entry(name string, kind Kind, r io.Reader, size int64, mod time.Time) error {
	switch kind {
	case KindNDJSON:
		return readNDJSON(w, name, r, mod)
	case KindFeed:
		return readFeed(w, name, r, mod)
	case KindZIP:
		w.opt.skip(name, "a ZIP inside a ZIP is not read")
		return nil
	case KindUnknown:
		if ext := strings.ToLower(filepath.Ext(name)); isLayerExt(ext) {
			w.opt.skip(name, "a map layer (%s), not an article: open it as a layer", ext)
			return nil
		}
	}
	max := w.opt.maxBytes()
	if size > max {
		w.opt.skip(name, "too large for an article (%s; up to %s)", sizeText(size), sizeText(max))
		return nil
	}
	b, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		w.opt.skip(name, "%v", fileerr.Strip(err))
		return nil
	}
	if int64(len(b)) > max {
		w.opt.skip(name, "too large for an article (more than %s)", sizeText(max))
		return nil
	}
	if kind == KindUnknown && looksLikeFeed(b) {
		return readFeed(w, name, bytes.NewReader(b), mod)
	}
	a, err := ReadArticle(name, b, mod)
	if err != nil {
		w.opt.skip(name, "%v", err)
		return nil
	}
	return w.emit(a)
}

// ReadArticle reads one article file's bytes b (as package articletext reads them), named
// name and modified at mod (the zero time when not known). Its date is the first one its
// first lines give, else mod. The error says what is wrong with b without naming it.
func ReadArticle(name string, b []byte, mod time.Time) (*Article, error) {
	t, err := articletext.Decode(name, b)
	if err != nil {
		return nil, err
	}
	a := &Article{Source: name, Text: t.Text, text: t, Title: firstLine(t.Text)}
	a.dateFromText(mod)
	return a, nil
}

// dateFromText dates an article by its first lines, else by mod.
func (a *Article) dateFromText(mod time.Time) {
	if d, ok := Dateline(a.Text); ok {
		a.Date, a.DateFrom = d, DateFromDateline
	} else if !mod.IsZero() {
		a.Date, a.DateFrom = day(mod), DateFromFile
	}
}

// day is t's calendar day, at midnight UTC.
func day(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// firstLine is the first non-blank line of s, trimmed.
func firstLine(s string) string {
	for s != "" {
		line, rest, _ := strings.Cut(s, "\n")
		if t := strings.TrimSpace(line); t != "" {
			return t
		}
		s = rest
	}
	return ""
}

// sizeText is a byte count as people read it: 50 MiB, 300 KiB, 12 bytes.
func sizeText(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// isLayerExt reports whether a file ending is a map layer's (layer.Extensions) or one of a
// Shapefile's other files.
func isLayerExt(ext string) bool {
	switch ext {
	case ".dbf", ".shx", ".prj", ".cpg", ".sbn", ".sbx", ".qix":
		return true
	}
	return slices.Contains(layer.Extensions(), ext)
}

// Kind is what a source file holds, as its name tells.
type Kind int

// The kinds of source files.
const (
	KindUnknown Kind = iota // read as an article, or as a feed when it starts like one
	KindArticle             // .txt, .md, .markdown, .text, .htm, .html
	KindFeed                // .rss, .atom, .xml
	KindNDJSON              // .ndjson, .jsonl, .json
	KindZIP                 // .zip
)

// KindOf is the kind of source a path names, by its extension.
func KindOf(path string) Kind {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".txt", ".md", ".markdown", ".text", ".htm", ".html":
		return KindArticle
	case ".rss", ".atom", ".xml":
		return KindFeed
	case ".ndjson", ".jsonl", ".json":
		return KindNDJSON
	case ".zip":
		return KindZIP
	}
	return KindUnknown
}

// IsArchive reports whether path names an archive rather than one article or a layer: a
// folder; an RSS or Atom feed (.rss, .atom, or .xml that starts as one); NDJSON (.ndjson,
// .jsonl) whose first record has a "text" and no "geometry" (NDJSON of GeoJSON features is
// a layer); a ZIP holding articles, feeds or such NDJSON and no shapefile. A .json file is
// left to the layers (GeoJSON), though Walk reads one as NDJSON. A path that cannot be
// read is judged by its name alone.
func IsArchive(path string) bool {
	fi, err := os.Stat(path)
	if err == nil && fi.IsDir() {
		return true
	}
	ext := strings.ToLower(filepath.Ext(path))
	switch {
	case ext == ".rss" || ext == ".atom":
		return true
	case ext == ".xml":
		head, err := readHead(path, 1024)
		return err != nil || looksLikeFeed(head)
	case ext == ".ndjson" || ext == ".jsonl":
		head, err := readHead(path, 1<<20)
		return err != nil || firstRecordIsArticle(head)
	case ext == ".zip":
		return zipHoldsArticles(path)
	}
	return false
}

// readHead is the first n bytes of a file, or fewer.
func readHead(path string, n int) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b := make([]byte, n)
	k, err := io.ReadFull(f, b)
	if err == io.ErrUnexpectedEOF || err == io.EOF {
		err = nil
	}
	return b[:k], err
}

// errStop ends a Walk that All's loop broke out of.
var errStop = errors.New("archive: iteration stopped")

// All is Walk as an iterator, for a range loop: breaking out of the loop stops the walk;
// a cancelled ctx ends it. What is skipped goes to opt.Skip as for Walk.
//
//	for a := range archive.All(ctx, paths, opt) { ... }
func All(ctx context.Context, sources []string, opt Options) iter.Seq[*Article] {
	return func(yield func(*Article) bool) {
		Walk(ctx, sources, opt, func(a *Article) error {
			if !yield(a) {
				return errStop
			}
			return nil
		})
	}
}
