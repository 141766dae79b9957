package archive

import (
	"context"
	"runtime"
	"sync"

	"newsatlas/places"
)

// Parsed is an article and the places it names.
type Parsed struct {
	*Article
	// Places are the places Text names, in order of first mention; their mentions are
	// byte offsets into Text (PlacesInFile gives them as offsets into the file).
	Places []places.Place
}

// PlacesInFile is Places with each mention's offsets turned into offsets into the file the
// article was read from (Article.FileSpan); for an NDJSON record or a feed item they stay
// offsets into Text.
func (p *Parsed) PlacesInFile() []places.Place {
	if p.text == nil {
		return p.Places
	}
	out := make([]places.Place, len(p.Places))
	for i, pl := range p.Places {
		ms := make([]places.Mention, len(pl.Mentions))
		for j, m := range pl.Mentions {
			ms[j] = m
			ms[j].Start, ms[j].End = p.FileSpan(m.Start, m.End)
		}
		pl.Mentions = ms
		out[i] = pl
	}
	return out
}

// A Reader streams articles to yield until it has no more or yield returns an error,
// which it returns. Walk and ReadNDJSON bound to their arguments are Readers:
//
//	read := func(yield func(*Article) error) error { return Walk(ctx, paths, opt, yield) }
type Reader func(yield func(*Article) error) error

// Geoparse finds the places of every article read, on workers goroutines (GOMAXPROCS,
// which follows a container's CPU limit, when workers < 1) sharing the one gazetteer g, and calls fn with each article in the
// order read, one at a time. At most a few articles per worker are held at once, so any
// number can be streamed. An error from read or fn, or ctx's, stops it and is returned.
func Geoparse(ctx context.Context, g *places.Gazetteer, workers int, read Reader, fn func(*Parsed) error) error {
	if workers < 1 {
		workers = runtime.GOMAXPROCS(0)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	type job struct {
		a    *Article
		done chan *Parsed
	}
	jobs := make(chan job, workers)
	order := make(chan chan *Parsed, 4*workers) // results in input order; bounds what is held
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				j.done <- &Parsed{Article: j.a, Places: g.Find(j.a.Text)}
			}
		}()
	}
	readErr := make(chan error, 1)
	go func() {
		defer close(order)
		defer close(jobs)
		readErr <- read(func(a *Article) error {
			done := make(chan *Parsed, 1)
			select {
			case order <- done:
			case <-ctx.Done():
				return ctx.Err()
			}
			select {
			case jobs <- job{a, done}:
			case <-ctx.Done():
				return ctx.Err()
			}
			return nil
		})
	}()
	var fnErr error
	for done := range order {
		var p *Parsed
		select {
		case p = <-done:
		case <-ctx.Done():
		}
		if p == nil || fnErr != nil {
			continue // drain what is queued so the reader can stop
		}
		if fnErr = fn(p); fnErr != nil {
			cancel()
		}
	}
	wg.Wait()
	err := <-readErr
	switch {
	case fnErr != nil:
		return fnErr
	case err != nil:
		return err
	}
	return ctx.Err()
}
