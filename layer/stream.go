package layer

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"runtime"
	"sync"
	"unicode/utf8"
	"unsafe"

	"github.com/tidwall/gjson"
	"github.com/valyala/fastjson"

	"newsatlas/style"
)

// batch is a run of consecutive features handed to one worker.
type batch struct {
	seq   int      // order of the batch in the file
	first int      // index in the file of its first feature
	raws  [][]byte // the features' bytes
	buf   *chunk   // where they lie, released once parsed
}

// batchResult is what a worker made of a batch.
type batchResult struct {
	fs      []Feature
	skips   []Skip
	invalid bool // some feature is not JSON: Parse must explain
	inPlace bool // fs is the batch's part of the shared slice
}

// stream reads a FeatureCollection chunk by chunk and parses its features
// in parallel. It returns errIrregular for anything else.
func stream(ctx context.Context, r io.Reader, name string, opt Options, total int64, progress Progress) (*Layer, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	workers := runtime.GOMAXPROCS(0)
	jobs := make(chan batch, workers)
	var (
		mu      sync.Mutex
		results []batchResult
		all     []Feature // features land here in place when it is long enough
	)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var p fastjson.Parser
			for b := range jobs {
				if ctx.Err() != nil {
					continue
				}
				var into []Feature
				if b.first+len(b.raws) <= len(all) {
					into = all[b.first : b.first+len(b.raws)]
				}
				res := parseBatch(&p, b, opt.Style, into)
				b.buf.release()
				mu.Lock()
				for len(results) <= b.seq {
					results = append(results, batchResult{})
				}
				results[b.seq] = res
				mu.Unlock()
				if res.invalid {
					cancel()
				}
			}
		}()
	}
	err := scanFile(ctx, r, total, opt.ChunkSize, progress, jobs, func(n int) { all = touch(make([]Feature, n)) })
	close(jobs)
	wg.Wait()
	for _, res := range results {
		if res.invalid {
			return nil, errIrregular
		}
	}
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var notes []Skip
	// Batches parsed in place are already in all; the others (past its
	// end, when the estimate fell short) are appended.
	fs := all[:0]
	for i := range results {
		res := &results[i]
		if res.inPlace {
			fs = fs[:len(fs)+len(res.fs)]
		} else {
			fs = append(fs, res.fs...)
		}
		notes = append(notes, res.skips...)
		*res = batchResult{}
	}
	kept := fs[:0]
	for i := range fs {
		if fs[i].ID >= 0 {
			kept = append(kept, fs[i])
		}
	}
	if len(kept) == 0 && len(fs) > 0 {
		return nil, fmt.Errorf("no usable feature: %s", notes[len(notes)-1].Reason)
	}
	return build(name, "", kept, notes, opt), nil
}

// touch writes to every page of a fresh slice at once, so that the kernel
// gives each page a frame of its own on that first write. Read first (the
// garbage collector scans the slice for pointers), a page is mapped to the
// shared zero page and copied on the workers' first write to it, each copy
// interrupting every core to flush its TLB: a tenth of the time of loading
// 200,000 features.
func touch(fs []Feature) []Feature {
	step := max(1, 4096/int(unsafe.Sizeof(Feature{})))
	for i := 0; i < len(fs); i += step {
		fs[i].ID = 0
	}
	return fs
}

// parseBatch parses a batch's features into into, or a new slice when it
// is nil; a feature that cannot be used
// keeps its place with ID -1 so its skips stay in order.
func parseBatch(p *fastjson.Parser, b batch, base style.Style, into []Feature) batchResult {
	res := batchResult{fs: into, inPlace: into != nil}
	if into == nil {
		res.fs = make([]Feature, len(b.raws))
	}
	for j, raw := range b.raws {
		i := b.first + j
		// Parse checks the whole file with gjson first; so does this,
		// feature by feature, so that both take the same files.
		if !gjson.ValidBytes(raw) {
			res.invalid = true
			return res
		}
		if !convertFeature(p, raw, base, &res.fs[j], skipper{&res.skips, i, 0}) {
			res.fs[j] = Feature{ID: -1}
		}
	}
	return res
}

// scanFile reads r in chunks of size bytes, finds the features and sends
// them to jobs in batches of about a chunk. Before the first batch is sent
// it calls estimate with a guess of the number of features.
func scanFile(ctx context.Context, r io.Reader, total int64, size int, progress Progress, jobs chan<- batch, estimate func(n int)) error {
	var s fcScanner
	s.elemFrom = -1
	var prev *chunk // the chunk buf lies in
	pool := newChunkPool(size)
	var (
		buf   []byte
		read  int64
		seq   int
		count int
		pend  int // bytes at the end of buf not yet checked as UTF-8
		first = true
	)
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		// The next chunk goes after what is left of the last one, in a
		// buffer no batch still parses. A feature larger than a chunk
		// doubles the next read, so that carrying it over costs linear
		// time.
		c := pool.get(len(buf) + max(size, len(buf)))
		chunk := c.b[:len(buf)]
		copy(chunk, buf)
		if prev != nil {
			prev.release() // its tail is copied
		}
		prev = c
		n, rerr := io.ReadFull(r, chunk[len(buf):cap(chunk)])
		chunk = chunk[:len(buf)+n]
		read += int64(n)
		if rerr != nil && rerr != io.EOF && rerr != io.ErrUnexpectedEOF {
			return rerr
		}
		eof := rerr != nil
		fresh := chunk[len(buf):]
		if first {
			fresh = bytes.TrimPrefix(fresh, []byte{0xef, 0xbb, 0xbf})
			chunk = append(chunk[:len(buf)], fresh...)
			first = false
		}
		// Check the text from the end of what was checked before (a
		// rune may have been cut between chunks).
		start := len(buf) - min(pend, len(buf))
		check := trimPartialRune(chunk[start:], eof)
		pend = len(chunk) - start - len(check)
		if bytes.IndexByte(fresh, 0) >= 0 || !utf8.Valid(check) {
			return errIrregular
		}
		var raws [][]byte
		keep, err := s.next(chunk, func(raw []byte) { raws = append(raws, raw) })
		if err != nil {
			return err
		}
		if len(raws) > 0 {
			if seq == 0 {
				// Guess the number of features from the first batch,
				// before any worker starts, with a little to spare.
				per := float64(keep) / float64(len(raws))
				switch {
				case eof:
					estimate(len(raws))
				case total > 0:
					estimate(int(float64(total)/per*1.03) + 64)
				}
			}
			select {
			case jobs <- batch{seq: seq, first: count, raws: raws, buf: c.hold()}:
			case <-ctx.Done():
				return ctx.Err()
			}
			seq++
			count += len(raws)
		}
		buf = chunk[keep:]
		s.rebase(keep)
		if progress != nil {
			progress(read, total)
		}
		if eof {
			if len(bytes.TrimSpace(buf)) > 0 || !s.done() {
				return errIrregular
			}
			return nil
		}
	}
}

// trimPartialRune drops an incomplete UTF-8 sequence at the end of b,
// which the next chunk completes, unless the input ends there.
func trimPartialRune(b []byte, eof bool) []byte {
	if eof {
		return b
	}
	for i := len(b) - 1; i >= 0 && i >= len(b)-utf8.UTFMax; i-- {
		if utf8.RuneStart(b[i]) {
			if !utf8.FullRune(b[i:]) {
				return b[:i]
			}
			break
		}
	}
	return b
}
