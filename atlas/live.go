package atlas

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geojson"

	"newsatlas/layer"
	"newsatlas/live"
	"newsatlas/render"
)

// LiveTimeout bounds one fetch of one live layer: a server that stops
// answering fails that layer's fetch (its last answer stays drawn)
// instead of holding the view.
const LiveTimeout = 20 * time.Second

// A live layer is drawn from a live.Source asked again for each view. Its
// render.Layer holds the last answer (an empty layer before the first)
// until the next is in. A refresh runs in three steps, so that the
// window fetches off the UI goroutine while only that goroutine touches
// the atlas:
//
//	f := a.PlanLive(LiveQuery(v))                // UI goroutine
//	go func() {
//		f.Run(ctx)                           // any goroutine, cancellable
//		fyne.Do(func() { err := a.ApplyLive(f) }) // UI goroutine
//	}()
//
// Refresh does all three on one goroutine (the command line).

// liveLayer is a live source and the name of the layer it fills.
type liveLayer struct {
	name string
	src  live.Source
	from string // the path, URL or connection string opened ("" when not known)
	// last is the query whose answer the layer holds; set (on the UI
	// goroutine) by ApplyLive.
	last    live.Query
	fetched bool
}

// AddLive puts a live source on top of the layers, as AddLayer puts a
// file, under the source's name ("name (2)" when taken). The layer is
// empty until the first refresh; its bound, for "zoom to layer", is the
// source's.
func (a *Atlas) AddLive(src live.Source) *render.Layer { return a.addLive(src, "") }

// addLive is AddLive of a source opened from the name from, which the
// layer keeps as its Source (a session reopens it from there).
func (a *Atlas) addLive(src live.Source, from string) *render.Layer {
	where := from
	if where == "" {
		where = src.Name()
	}
	empty := layer.FromCollection(src.Name(), where, geojson.NewFeatureCollection(), nil)
	empty.Bound = src.Bound()
	rl := a.AddLayer(empty)
	a.live = append(a.live, &liveLayer{name: rl.Name, src: src, from: from})
	return rl
}

// restoreLive reopens a session's live layer; ok is false when path is
// no live source.
func (a *Atlas) restoreLive(path string) (rl *render.Layer, ok bool, err error) {
	if path == "" || !IsLive(path) {
		return nil, false, nil
	}
	return a.OpenLiveLayer(context.Background(), path)
}

// Live lists the live sources of the atlas's layers, bottom first, with
// the names of the layers they fill. Sources whose layer was removed are
// closed and dropped.
func (a *Atlas) Live() (names []string, srcs []live.Source) {
	a.pruneLive()
	for _, ll := range a.live {
		names = append(names, ll.name)
		srcs = append(srcs, ll.src)
	}
	return names, srcs
}

// pruneLive closes the sources whose layers are gone.
func (a *Atlas) pruneLive() {
	kept := a.live[:0:0]
	for _, ll := range a.live {
		if a.Layer(ll.name) == nil {
			ll.src.Close()
			continue
		}
		kept = append(kept, ll)
	}
	a.live = kept
}

// OpenTimeout bounds opening a live source (reading a PMTiles header
// from a server, connecting to a database).
const OpenTimeout = 20 * time.Second

// IsLive reports whether name is of a kind an opener of Openers opens,
// without opening it: each opener decides by the name alone before any
// I/O, and is asked with a context already done.
func IsLive(name string) bool {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for _, open := range Openers() {
		if src, ok, _ := open(ctx, name); ok {
			if src != nil {
				src.Close()
			}
			return true
		}
	}
	return false
}

// OpenLive opens name with the first opener of Openers that takes it,
// for at most OpenTimeout; ok is false when none does. It may run on any
// goroutine.
func OpenLive(ctx context.Context, name string) (src live.Source, ok bool, err error) {
	ctx, cancel := context.WithTimeout(ctx, OpenTimeout)
	defer cancel()
	for _, open := range Openers() {
		src, ok, err := open(ctx, name)
		if ok {
			if err != nil && errors.Is(ctx.Err(), context.DeadlineExceeded) {
				err = fmt.Errorf("%s: no answer in %v (%v)", Shown(name), OpenTimeout, err)
			}
			return src, true, err
		}
	}
	return nil, false, nil
}

// OpenLiveLayer opens a live source and puts it on top of the layers,
// empty until the first Refresh; ok is false when name is no live
// source. Nothing changes when it fails; the error is one line naming
// it.
func (a *Atlas) OpenLiveLayer(ctx context.Context, name string) (rl *render.Layer, ok bool, err error) {
	src, ok, err := OpenLive(ctx, name)
	if !ok || err != nil {
		return nil, ok, err
	}
	return a.addLive(src, name), true, nil
}

// LiveQuery is the query for the view v.
func LiveQuery(v render.Viewport) live.Query {
	return live.Query{Bound: v.LonLatBound(), Zoom: v.Zoom, Width: v.Width, Height: v.Height}
}

// LiveFetch is the work of one refresh: the live layers to ask for one
// query, and, once Run has returned, their answers.
type LiveFetch struct {
	q    live.Query
	jobs []*liveLayer
	got  []liveAnswer
	// applied counts the layers ApplyLive changed.
	applied int
}

// Applied is how many layers ApplyLive changed.
func (f *LiveFetch) Applied() int {
	if f == nil {
		return 0
	}
	return f.applied
}

// liveAnswer is one source's answer.
type liveAnswer struct {
	l, display *layer.Layer
	kinds      []string
	err        error
}

// PlanLive is the fetch that brings the live layers to query q: those
// shown whose last answer is for another query. Call it on the UI
// goroutine.
func (a *Atlas) PlanLive(q live.Query) *LiveFetch {
	a.pruneLive()
	f := &LiveFetch{q: q}
	for _, ll := range a.live {
		if l := a.Layer(ll.name); l == nil || l.Hidden || ll.fetched && ll.last == q {
			continue
		}
		f.jobs = append(f.jobs, ll)
	}
	return f
}

// Empty reports whether there is nothing to fetch.
func (f *LiveFetch) Empty() bool { return f == nil || len(f.jobs) == 0 }

// Run asks every source at once, each for at most LiveTimeout, and
// keeps their answers. It may run on any goroutine; it returns when all
// have answered, failed or seen ctx cancelled.
func (f *LiveFetch) Run(ctx context.Context) {
	f.got = make([]liveAnswer, len(f.jobs))
	var wg sync.WaitGroup
	for i, ll := range f.jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ctx, cancel := context.WithTimeout(ctx, LiveTimeout)
			defer cancel()
			t0 := time.Now()
			f.got[i] = fetchOne(ctx, ll.src, f.q)
			if a := &f.got[i]; a.err != nil && errors.Is(ctx.Err(), context.DeadlineExceeded) {
				a.err = fmt.Errorf("%s: no answer after %v (%v)", ll.src.Name(), time.Since(t0).Round(100*time.Millisecond), a.err)
			}
		}()
	}
	wg.Wait()
}

// fetchOne asks one source, for the layer to draw as well when it can
// say.
func fetchOne(ctx context.Context, src live.Source, q live.Query) liveAnswer {
	var ans liveAnswer
	if d, ok := src.(live.Answerer); ok {
		var a live.Answer
		a, ans.err = d.FetchAnswer(ctx, q)
		ans.l, ans.display, ans.kinds = a.Layer, a.Display, a.Kinds
	} else {
		ans.l, ans.err = src.Fetch(ctx, q)
	}
	return ans
}

// ApplyLive puts the answers of a fetch that Run has finished into their
// layers, where those layers still are (hidden, opacity and place kept),
// and returns the errors, one line each. A layer whose fetch failed
// keeps its last answer, unless the source answered in part. A fetch
// cancelled returns ctx's error and changes nothing. Call it on the UI
// goroutine.
func (a *Atlas) ApplyLive(f *LiveFetch) error {
	if f == nil || f.got == nil {
		return nil
	}
	var errs []error
	for i, ll := range f.jobs {
		ans := f.got[i]
		if ans.err != nil {
			errs = append(errs, ans.err)
		}
		rl := a.Layer(ll.name)
		if ans.l == nil || rl == nil {
			continue
		}
		ans.l.Name = ll.name
		if ll.from != "" {
			ans.l.Source = ll.from
		}
		if b := ll.src.Bound(); b != (orb.Bound{}) {
			ans.l.Bound = b
		}
		if n, ok := a.colours[rl.Layer]; ok {
			delete(a.colours, rl.Layer)
			a.colours[ans.l] = n
		}
		old := rl.Layer
		rl.Layer, rl.Display = ans.l, ans.display
		a.setKinds(old, ans.l, ans.kinds)
		f.applied++
		// An answer in part (a corrupt tile) is what asking again would
		// give: it is kept as the query's answer.
		ll.last, ll.fetched = f.q, true
	}
	return errors.Join(errs...)
}

// Refresh fetches the live layers for query q and puts the answers in,
// on the calling goroutine: PlanLive, Run and ApplyLive in turn.
func (a *Atlas) Refresh(ctx context.Context, q live.Query) error {
	f := a.PlanLive(q)
	if f.Empty() {
		return nil
	}
	f.Run(ctx)
	return a.ApplyLive(f)
}

// hitLayer is the layer identify names for feature i of l: for a live
// layer whose source says where each feature came from, that part of the
// source (a vector tile's source layer); else the layer's name.
func (a *Atlas) hitLayer(l *render.Layer, i int) string {
	if k := a.kinds[l.Layer]; i < len(k) {
		return k[i]
	}
	return l.Name
}

// setKinds records the kinds of answer l in place of those of old. The
// map is copied, never changed: snapshots on other goroutines read the
// one they were taken with.
func (a *Atlas) setKinds(old, l *layer.Layer, kinds []string) {
	m := make(map[*layer.Layer][]string, len(a.kinds)+1)
	for k, v := range a.kinds {
		if k != old {
			m[k] = v
		}
	}
	if len(kinds) == len(l.Features) {
		m[l] = kinds
	}
	a.kinds = m
}
