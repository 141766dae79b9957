package archive

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
)

// record is one NDJSON article.
type record struct {
	Text  *string         `json:"text"`
	Title string          `json:"title"`
	Date  string          `json:"date"`
	URL   string          `json:"url"`
	ID    json.RawMessage `json:"id"`
}

// ReadNDJSON reads a stream of NDJSON articles from r, one JSON object a line, and calls
// fn with each; name is how their sources are named (name:LINE; "-" for standard input).
// A line that is not a JSON object with a "text" is skipped, with its reason, and the
// stream goes on; blank lines are passed over. An error from fn, ctx's, or one reading r
// stops it and is returned.
func ReadNDJSON(ctx context.Context, name string, r io.Reader, opt Options, fn func(*Article) error) error {
	w := walker{ctx: ctx, opt: opt, fn: fn, path: name}
	return readNDJSON(&w, name, r, time.Time{})
}

// readNDJSON reads NDJSON articles; mod dates those with no date of their own.
func readNDJSON(w *walker, name string, r io.Reader, mod time.Time) error {
	br := bufio.NewReaderSize(r, 64<<10)
	max := w.opt.maxBytes()
	var line []byte
	first := true // no record read yet
	for n := 1; ; n++ {
		line = line[:0]
		long := false
		var err error
		for {
			var chunk []byte
			chunk, err = br.ReadSlice('\n')
			if !long {
				if int64(len(line)+len(chunk)) > max+1 {
					long = true
				} else {
					line = append(line, chunk...)
				}
			}
			if err != bufio.ErrBufferFull {
				break
			}
		}
		src := fmt.Sprintf("%s:%d", name, n)
		switch {
		case long:
			w.opt.skip(src, "too large for an article (more than %s)", sizeText(max))
		case len(bytes.TrimSpace(line)) > 0:
			if first && !LooksLikeNDJSON(line) {
				// a JSON document over many lines, or not JSON: one skip, not one a line
				w.opt.skip(name, "not NDJSON: line %d does not start a JSON object", n)
				return nil
			}
			a, why, syntax := parseRecord(src, line, mod)
			if first && syntax {
				w.opt.skip(name, "not NDJSON: line %d is not a JSON object (%s)", n, why)
				return nil
			}
			if first && a == nil && isFeature(line) {
				w.opt.skip(name, "GeoJSON features, a layer, not articles")
				return nil
			}
			first = false
			if why != "" {
				w.opt.skip(src, "%s", why)
			} else if e := w.emit(a); e != nil {
				return e
			}
		}
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
	}
}

// parseRecord reads one NDJSON line, or says why it is not an article and whether
// because it is not JSON at all.
func parseRecord(src string, line []byte, mod time.Time) (*Article, string, bool) {
	var rec record
	if err := json.Unmarshal(line, &rec); err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			return nil, fmt.Sprintf("not a JSON object (%v)", err), true
		}
		return nil, fmt.Sprintf("not an article record (%v)", err), false
	}
	if rec.Text == nil {
		return nil, `no "text" in the record`, false
	}
	if strings.TrimSpace(*rec.Text) == "" {
		return nil, `empty "text"`, false
	}
	a := &Article{Source: src, Text: *rec.Text, URL: rec.URL, ID: rawID(rec.ID)}
	a.Title = strings.TrimSpace(rec.Title)
	if a.Title == "" {
		a.Title = firstLine(a.Text)
	}
	if d, ok := ParseDate(rec.Date); ok {
		a.Date, a.DateFrom = d, DateFromNDJSON
	} else {
		a.dateFromText(mod)
	}
	return a, "", false
}

// rawID is a record's id as text: a string's value, a number's digits.
func rawID(raw json.RawMessage) string {
	if len(raw) == 0 || string(raw) == "null" {
		return ""
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	return string(raw)
}

// LooksLikeNDJSON reports whether the start of a stream, head, is NDJSON: its first
// non-blank byte opens a JSON object.
func LooksLikeNDJSON(head []byte) bool {
	t := bytes.TrimLeft(head, " \t\r\n\ufeff")
	return len(t) > 0 && t[0] == '{'
}

// isFeature reports whether an NDJSON line is a GeoJSON feature or geometry rather than an
// article: it has a "geometry", or a "type" and "coordinates", and no "text".
func isFeature(line []byte) bool {
	var keys map[string]json.RawMessage
	if json.Unmarshal(line, &keys) != nil {
		return false
	}
	_, text := keys["text"]
	_, geom := keys["geometry"]
	_, coords := keys["coordinates"]
	return !text && (geom || coords)
}

// firstRecordIsArticle reports whether the first non-blank line of head is an NDJSON
// article: a JSON object with a "text" that is not a GeoJSON feature.
func firstRecordIsArticle(head []byte) bool {
	for len(head) > 0 {
		line, rest, _ := bytes.Cut(head, []byte("\n"))
		head = rest
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		var keys map[string]json.RawMessage
		if json.Unmarshal(line, &keys) != nil {
			return false
		}
		_, text := keys["text"]
		return text && !isFeature(line)
	}
	return false
}
