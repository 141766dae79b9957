package gate

import (
	"sync"
	"testing"
)

// TestNoQueueAfterClose runs goroutines that keep calling Do while the
// gate closes, with a queue that fails the test if used once closed, as
// Fyne's queue panics once the app stopped.
func TestNoQueueAfterClose(t *testing.T) {
	var mu sync.Mutex
	stopped := false
	var g Gate
	queued, late := 0, 0
	g.Queue = func(f func()) {
		mu.Lock()
		defer mu.Unlock()
		if stopped {
			late++
			return
		}
		queued++
	}
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 2000 {
				g.Do(func() {})
			}
		}()
	}
	for {
		mu.Lock()
		n := queued
		mu.Unlock()
		if n > 100 {
			break
		}
	}
	g.Close()
	mu.Lock()
	stopped = true // what the driver does once the app stopped
	mu.Unlock()
	wg.Wait()
	if late > 0 {
		t.Errorf("%d functions queued after Close", late)
	}
	if g.Do(func() {}) || !g.Closed() {
		t.Error("Do queued on a closed gate")
	}
}
