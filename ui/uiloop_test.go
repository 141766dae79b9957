package ui

import (
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// loopDriver is Fyne's test driver with a UI goroutine, the test's own:
// the work other goroutines hand it with fyne.Do waits in a queue until
// the test runs it (await, drain), as an app's event loop runs it between
// events. Fyne's test driver runs such work at once on the goroutine that
// hands it, so a window's workers (the map's draw loop, the archive's
// loader, the Stories queries) and the test changed the same widgets
// together, and now and then a list or a label panicked in its layout.
type loopDriver struct {
	fyne.Driver
	mu    sync.Mutex
	queue []func()
	ready chan struct{} // holds a value while queue may be non-empty
}

// DoFromGoroutine queues f for the test's goroutine. A call that waits
// for f runs it at once, as the test driver does (nothing here calls
// fyne.DoAndWait from a worker).
func (d *loopDriver) DoFromGoroutine(f func(), wait bool) {
	if wait {
		d.Driver.DoFromGoroutine(f, true)
		return
	}
	d.mu.Lock()
	d.queue = append(d.queue, f)
	d.mu.Unlock()
	select {
	case d.ready <- struct{}{}:
	default:
	}
}

// drain runs what is queued, and what that queues, until the queue is
// empty. It reports how many functions ran.
func (d *loopDriver) drain() (n int) {
	for {
		d.mu.Lock()
		q := d.queue
		d.queue = nil
		d.mu.Unlock()
		if len(q) == 0 {
			return n
		}
		for _, f := range q {
			f()
		}
		n += len(q)
	}
}

// await runs the queue on the calling goroutine until wait, run on
// another, returns with nothing left in the queue: what the queue ran may
// have started more work (a frame that shows the timeline resizes the
// map, and the map draws again), so wait is called again until a call
// leaves the queue empty, or for a work that never stops queueing (the
// timeline playing) a hundred times.
func (d *loopDriver) await(wait func()) {
	for range 100 {
		done := make(chan struct{})
		go func() {
			defer close(done)
			wait()
		}()
		ran := 0
	loop:
		for {
			select {
			case <-d.ready:
				ran += d.drain()
			case <-done:
				break loop
			}
		}
		if ran+d.drain() == 0 {
			return
		}
	}
}

// loopApp is a test app whose driver is a loopDriver.
type loopApp struct {
	fyne.App
	driver *loopDriver
}

// Driver implements fyne.App.
func (a *loopApp) Driver() fyne.Driver { return a.driver }

// newLoopApp is test.NewTempApp with a loopDriver, made the current app
// (fyne.Do reads it from there) until the test ends.
func newLoopApp(t testing.TB) fyne.App {
	t.Helper()
	inner := test.NewTempApp(t)
	a := &loopApp{App: inner, driver: &loopDriver{Driver: inner.Driver(), ready: make(chan struct{}, 1)}}
	fyne.SetCurrentApp(a)
	return a
}

// uiLoop is the current app's loopDriver, nil if it has none.
func uiLoop() *loopDriver {
	d, _ := fyne.CurrentApp().Driver().(*loopDriver)
	return d
}

// await calls wait, running the UI goroutine's queue meanwhile (see
// loopDriver): the test waits for the window's goroutines as its UI
// goroutine would, handling what they hand it.
func await(wait func()) {
	if d := uiLoop(); d != nil {
		d.await(wait)
		return
	}
	wait()
}

// settle waits until w's map, archive and Stories panel have nothing
// under way and nothing is queued for the UI goroutine.
func settle(w *Window) {
	for {
		await(w.news.wait)
		await(w.Map.WaitIdle)
		await(w.stories.wait)
		d := uiLoop()
		if d == nil || d.drain() == 0 {
			return
		}
	}
}

// pump runs the UI goroutine's queue for a moment: what polls for work
// finished off the UI goroutine calls it between looks.
func pump(d time.Duration) {
	l := uiLoop()
	if l == nil {
		time.Sleep(d)
		return
	}
	deadline := time.After(d)
	for {
		select {
		case <-l.ready:
			l.drain()
		case <-deadline:
			l.drain()
			return
		}
	}
}
