package vtiles

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"strconv"
	"strings"
	"time"
)

// ranger reads byte ranges of a file, local or on a web server.
type ranger interface {
	// read returns exactly n bytes from off, or an error naming what
	// went wrong (a short read is an error: the file is truncated).
	read(ctx context.Context, off, n int64) ([]byte, error)
	// size is the whole length, -1 when not known.
	size() int64
	close() error
}

// fileRanger reads a local file.
type fileRanger struct {
	f *os.File
	n int64
}

func openFile(path string) (*fileRanger, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	fi, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, err
	}
	if fi.IsDir() {
		f.Close()
		return nil, errors.New("is a folder, not a tile file")
	}
	return &fileRanger{f: f, n: fi.Size()}, nil
}

func (r *fileRanger) read(ctx context.Context, off, n int64) ([]byte, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if off < 0 || n < 0 || off+n > r.n {
		return nil, fmt.Errorf("truncated: bytes %d-%d asked of a %d-byte file", off, off+n, r.n)
	}
	b := make([]byte, n)
	if _, err := r.f.ReadAt(b, off); err != nil {
		return nil, fmt.Errorf("reading bytes %d-%d: %w", off, off+n, err)
	}
	return b, nil
}

func (r *fileRanger) size() int64  { return r.n }
func (r *fileRanger) close() error { return r.f.Close() }

// RequestTimeout bounds each HTTP range request, so that a server that
// stops answering fails the request instead of holding it.
const RequestTimeout = 15 * time.Second

// httpRanger reads a file on a web server with Range requests.
type httpRanger struct {
	url    string
	client *http.Client
	n      int64
}

func openHTTP(url string) *httpRanger {
	return &httpRanger{url: url, client: &http.Client{Timeout: RequestTimeout}, n: -1}
}

// remoteError is a request to the server that failed: the fetch stops
// there rather than try every other tile.
type remoteError struct{ err error }

func (e *remoteError) Error() string { return e.err.Error() }
func (e *remoteError) Unwrap() error { return e.err }

func (r *httpRanger) read(ctx context.Context, off, n int64) ([]byte, error) {
	b, err := r.get(ctx, off, n)
	if err != nil {
		return nil, &remoteError{err}
	}
	return b, nil
}

func (r *httpRanger) get(ctx context.Context, off, n int64) ([]byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, r.url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Range", fmt.Sprintf("bytes=%d-%d", off, off+n-1))
	resp, err := r.client.Do(req)
	if err != nil {
		if ctx.Err() != nil {
			return nil, fmt.Errorf("no answer from the server (%w)", ctx.Err())
		}
		var te interface{ Timeout() bool }
		if errors.As(err, &te) && te.Timeout() {
			return nil, fmt.Errorf("no answer from the server in %v", r.client.Timeout)
		}
		return nil, fmt.Errorf("cannot reach the server (%v)", shortNetErr(err))
	}
	defer resp.Body.Close()
	switch resp.StatusCode {
	case http.StatusPartialContent:
	case http.StatusOK:
		return nil, errors.New("the server ignores range requests (it answered 200 with the whole file)")
	case http.StatusRequestedRangeNotSatisfiable:
		return nil, fmt.Errorf("truncated: bytes %d-%d are past the end of the file on the server", off, off+n)
	default:
		return nil, fmt.Errorf("the server answered %s", resp.Status)
	}
	if cr := resp.Header.Get("Content-Range"); r.n < 0 {
		if i := strings.LastIndexByte(cr, '/'); i >= 0 {
			if total, err := strconv.ParseInt(cr[i+1:], 10, 64); err == nil {
				r.n = total
			}
		}
	}
	b := make([]byte, n)
	if _, err := io.ReadFull(resp.Body, b); err != nil {
		if ctx.Err() != nil {
			return nil, fmt.Errorf("no answer from the server (%w)", ctx.Err())
		}
		return nil, fmt.Errorf("truncated: the server sent fewer than the %d bytes asked at %d", n, off)
	}
	return b, nil
}

func (r *httpRanger) size() int64  { return r.n }
func (r *httpRanger) close() error { r.client.CloseIdleConnections(); return nil }

// shortNetErr drops the method and URL an *url.Error repeats.
func shortNetErr(err error) error {
	var ue interface{ Unwrap() error }
	if errors.As(err, &ue) {
		if inner := ue.Unwrap(); inner != nil {
			return inner
		}
	}
	return err
}
