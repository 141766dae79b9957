package vtiles

import (
	"context"
	"errors"
	"fmt"
	"hash/maphash"
	"path"
	"path/filepath"
	"runtime"
	"strings"
	"sync"

	"github.com/paulmach/orb"

	"newsatlas/internal/fileerr"
	"newsatlas/layer"
	"newsatlas/live"
)

// CacheTiles is how many decoded tiles a Source keeps for the views
// after (least recently used forgotten first).
const CacheTiles = 512

// Source is an open tile archive, a live.Source: each Fetch decodes the
// tiles over the view at the zoom that suits it and returns them as one
// layer.
type Source struct {
	name  string // the layer's name: the file's base name
	where string // the path or URL opened
	arc   archive
	order []string // source layers in the order they are styled
	cache *lru[tileKey, *decoded]
	seeds [2]maphash.Seed // of the keys of the pieces decoded (see keyer)
}

var (
	_ live.Source   = (*Source)(nil)
	_ live.Answerer = (*Source)(nil)
)

// Open is a live.Opener for tile archives: a path or an http(s) URL
// ending in .pmtiles, or a path ending in .mbtiles. Other names are not
// its kind.
func Open(ctx context.Context, name string) (live.Source, bool, error) {
	if kind, _ := kindOf(name); kind == "" {
		return nil, false, nil
	}
	if err := ctx.Err(); err != nil {
		return nil, true, err
	}
	s, err := OpenSource(ctx, name)
	if err != nil {
		return nil, true, err
	}
	return s, true, nil
}

// kindOf is "mbtiles", "pmtiles" or "" by the name's ending, and whether
// the name is a URL.
func kindOf(name string) (kind string, remote bool) {
	lower := strings.ToLower(name)
	remote = strings.HasPrefix(lower, "https://") || strings.HasPrefix(lower, "http://")
	p := lower
	if remote {
		p, _, _ = strings.Cut(p, "?")
	}
	switch {
	case strings.HasSuffix(p, ".pmtiles"):
		return "pmtiles", remote
	case strings.HasSuffix(p, ".mbtiles") && !remote:
		return "mbtiles", false
	}
	return "", remote
}

// OpenSource opens a tile archive by path or URL. The error is one line
// naming it.
func OpenSource(ctx context.Context, name string) (*Source, error) {
	kind, remote := kindOf(name)
	var (
		arc archive
		err error
	)
	switch {
	case kind == "mbtiles":
		arc, err = openMBTiles(ctx, name)
	case kind == "pmtiles" && remote:
		arc, err = openPMTiles(ctx, openHTTP(name))
	case kind == "pmtiles":
		var r *fileRanger
		if r, err = openFile(name); err == nil {
			if arc, err = openPMTiles(ctx, r); err != nil {
				r.close()
			}
		}
	default:
		err = errors.New("not a tile archive (want .mbtiles or .pmtiles)")
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, fileerr.Strip(err))
	}
	base := path.Base(name)
	if !remote {
		base = filepath.Base(name)
	} else {
		base, _, _ = strings.Cut(base, "?")
	}
	s := &Source{
		name:  strings.TrimSuffix(base, path.Ext(base)),
		where: name,
		arc:   arc,
		order: arc.meta().layers,
		cache: newLRU[tileKey, *decoded](CacheTiles),
		seeds: [2]maphash.Seed{maphash.MakeSeed(), maphash.MakeSeed()},
	}
	return s, nil
}

// Name is the file's base name without its extension.
func (s *Source) Name() string { return s.name }

// Bound is the extent the archive gives, or the zero Bound.
func (s *Source) Bound() orb.Bound { return s.arc.meta().bound }

// Close closes the file or the HTTP connections.
func (s *Source) Close() error { return s.arc.close() }

// Summary lists the format, the source layers, the zoom range, the
// bounds and the number of tiles, then what was worked around.
func (s *Source) Summary() []string {
	m := s.arc.meta()
	out := []string{
		"format:   " + m.format + " (vector tiles)",
		"layers:   " + strings.Join(m.layers, ", "),
		fmt.Sprintf("zoom:     %d-%d", m.minZoom, m.maxZoom),
	}
	if len(m.layers) == 0 {
		out[1] = "layers:   (not listed in the metadata)"
	}
	if m.bound != (orb.Bound{}) {
		b := m.bound
		out = append(out, fmt.Sprintf("bounds:   %.6g,%.6g,%.6g,%.6g", b.Min[0], b.Min[1], b.Max[0], b.Max[1]))
	}
	out = append(out, fmt.Sprintf("tiles:    %d", m.tiles))
	for _, n := range m.notes {
		out = append(out, "note:     "+n)
	}
	return out
}

// Fetch is FetchAnswer's layer.
func (s *Source) Fetch(ctx context.Context, q live.Query) (*layer.Layer, error) {
	ans, err := s.FetchAnswer(ctx, q)
	return ans.Layer, err
}

// FetchDisplay is FetchAnswer's layer and the layer drawn in its place.
func (s *Source) FetchDisplay(ctx context.Context, q live.Query) (l, display *layer.Layer, err error) {
	ans, err := s.FetchAnswer(ctx, q)
	return ans.Layer, ans.Display, err
}

// FetchAnswer decodes the tiles over q.Bound at the zoom for q.Zoom
// (clamped to the archive's range: past its maximum the deepest tiles are
// drawn larger) and returns their features as one layer named Name(),
// each feature's pieces from every tile joined, and the layer to draw in
// its place (see assemble), with each feature's source layer. Tiles decoded before come from the cache. A
// tile that cannot be decoded is left out and named in the error, which
// then comes with the layers of the other tiles; a server that does not
// answer fails the whole fetch.
func (s *Source) FetchAnswer(ctx context.Context, q live.Query) (live.Answer, error) {
	m := s.arc.meta()
	z := zoomFor(q.Zoom, m.minZoom, m.maxZoom)
	keys := cover(q.Bound, z)
	for i := range keys {
		keys[i].detail = detailFor(q.Zoom, keys[i].z)
	}
	got := make([]*decoded, len(keys))
	if err := s.load(ctx, keys, got); err != nil {
		return live.Answer{}, fmt.Errorf("%s: %w", s.where, err)
	}
	tiles := make([]*decoded, 0, len(keys))
	var bad []string
	for i, d := range got {
		if d.err != nil {
			k := keys[i]
			bad = append(bad, fmt.Sprintf("tile %d/%d/%d: %v", k.z, k.x, k.y, d.err))
			continue
		}
		tiles = append(tiles, d)
	}
	ans := s.assemble(tiles)
	if len(bad) > 0 {
		msg := bad[0]
		if len(bad) > 1 {
			msg += fmt.Sprintf(" (and %d more tiles)", len(bad)-1)
		}
		return ans, fmt.Errorf("%s: %s", s.where, msg)
	}
	return ans, nil
}

// load fills got with the decoded tiles of keys, from the cache or read
// and decoded a few at once (more for a server, whose answers take a
// round trip each). A tile that cannot be read or decoded is cached with
// its error; the fetch fails only when ctx is done or the server fails.
func (s *Source) load(ctx context.Context, keys []tileKey, got []*decoded) error {
	workers := runtime.GOMAXPROCS(0)
	if _, remote := kindOf(s.where); remote {
		workers = 8
	}
	var (
		wg   sync.WaitGroup
		mu   sync.Mutex
		fail error
		next = make(chan int)
	)
	for range min(workers, len(keys)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			td := tileDecoder{keys: keyer{seeds: s.seeds}}
			for i := range next {
				k := keys[i]
				raw, err := s.arc.tile(ctx, k.z, k.x, k.y)
				var re *remoteError
				if err != nil && (ctx.Err() != nil || errors.As(err, &re)) {
					mu.Lock()
					if fail == nil {
						fail = err
					}
					mu.Unlock()
					continue
				}
				d := &decoded{err: err}
				if err == nil {
					d = td.decode(k, raw)
				}
				s.cache.put(k, d)
				got[i] = d
			}
		}()
	}
	for i, k := range keys {
		if d, ok := s.cache.get(k); ok {
			got[i] = d
			continue
		}
		if ctx.Err() != nil {
			break
		}
		next <- i
	}
	close(next)
	wg.Wait()
	if fail == nil {
		fail = ctx.Err()
	}
	return fail
}
