package ui

import (
	"context"
	"errors"
	"strings"
	"time"

	"newsatlas/atlas"
	"newsatlas/live"
	"newsatlas/render"
)

// LiveDebounce is how long the view must rest before the live layers
// (vector tiles, database tables) are fetched for it: a drag or a
// zoom animation asks once, at its end.
const LiveDebounce = 150 * time.Millisecond

// liveFetcher fetches the live layers for the view shown, off the UI
// goroutine. Its fields are touched on the UI goroutine only.
type liveFetcher struct {
	timer    *time.Timer
	cancel   context.CancelFunc // of the fetch under way, nil when none
	inflight live.Query         // what the fetch under way asks
	lastErr  string             // the last error shown, not repeated
}

// liveView is called with each view shown: once the view has rested for
// LiveDebounce, the live layers that do not hold its answer (a layer
// just opened or shown again, a view moved) are fetched for it.
func (w *Window) liveView(v render.Viewport) {
	if names, _ := w.Atlas.Live(); len(names) == 0 {
		return
	}
	q := atlas.LiveQuery(v)
	f := &w.live
	if f.timer != nil {
		f.timer.Stop()
	}
	f.timer = time.AfterFunc(LiveDebounce, func() {
		w.gate.Do(func() { w.fetchLive(q) })
	})
}

// fetchLive starts the fetch for q on a goroutine of its own, cancelling
// one under way for another view. The answers are put in on the UI
// goroutine and the map redrawn; a failure is one line under the map,
// and the layer keeps its last answer.
func (w *Window) fetchLive(q live.Query) {
	f := &w.live
	if f.cancel != nil && f.inflight == q {
		return // asked already
	}
	plan := w.Atlas.PlanLive(q)
	if plan.Empty() {
		return
	}
	if f.cancel != nil {
		f.cancel()
	}
	ctx, cancel := context.WithCancel(context.Background())
	f.cancel, f.inflight = cancel, q
	w.log.printf("live fetch zoom=%.2f bbox=%.4f,%.4f,%.4f,%.4f", q.Zoom, q.Bound.Min[0], q.Bound.Min[1], q.Bound.Max[0], q.Bound.Max[1])
	go func() {
		t0 := time.Now()
		plan.Run(ctx)
		took := time.Since(t0)
		w.gate.Do(func() {
			if ctx.Err() != nil { // a newer view's fetch replaced it
				return
			}
			cancel()
			f.cancel = nil
			err := w.Atlas.ApplyLive(plan)
			w.log.printf("live fetched in %.1fms layers=%d", float64(took.Microseconds())/1000, plan.Applied())
			w.liveFailed(err)
			if plan.Applied() > 0 {
				w.Map.Redraw()
			}
		})
	}()
}

// liveFailed shows a fetch's error on the line under the map, once.
func (w *Window) liveFailed(err error) {
	f := &w.live
	if err == nil {
		f.lastErr = ""
		return
	}
	if errors.Is(err, context.Canceled) {
		return
	}
	line := strings.Join(strings.Fields(err.Error()), " ")
	w.fail(err)
	if line != f.lastErr {
		f.lastErr = line
		w.hover.SetText("⚠ " + line)
	}
}

// openLive opens a live source (a tile archive, a database table) on a
// goroutine of its own, for at most atlas.OpenTimeout, and adds it on top
// of the layers, fetched for the view shown.
func (w *Window) openLive(name string) {
	w.log.printf("opening live %s", atlas.Shown(name))
	go func() {
		src, _, err := atlas.OpenLive(context.Background(), name)
		w.gate.Do(func() {
			if err != nil {
				w.showError(errors.New(w.fail(err)))
				return
			}
			rl := w.Atlas.AddLive(src)
			w.log.printf("open live %s name=%s", atlas.Shown(name), rl.Name)
			w.addRecent(atlas.Kept(name))
			w.layers.rebuild()
			w.fetchLive(atlas.LiveQuery(w.Map.View()))
			w.Map.Redraw()
		})
	}()
}

// stopLive cancels the fetch under way and the one waiting (quit).
func (w *Window) stopLive() {
	if w.live.timer != nil {
		w.live.timer.Stop()
	}
	if w.live.cancel != nil {
		w.live.cancel()
	}
}
