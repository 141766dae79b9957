// Package gate lets goroutines hand work to the UI goroutine until the
// app quits, and never after.
//
// Fyne's fyne.Do puts a function on the driver's queue, and the driver
// closes that queue as the app stops: a goroutine that calls fyne.Do
// then (a Play ticker, a frame finished drawing) panics with "send on
// closed channel". A Gate closed before the app is told to quit makes
// sure none does: Close waits for a Do under way to have queued its
// function, and every Do after it does nothing.
package gate

import (
	"sync"

	"fyne.io/fyne/v2"
)

// Gate is open until Close. The zero Gate is open and queues with
// fyne.Do.
type Gate struct {
	mu     sync.RWMutex
	closed bool
	// Queue, when set, is used in place of fyne.Do (tests).
	Queue func(func())
}

// Do queues f to run on the UI goroutine, as fyne.Do does, unless the
// gate is closed. It reports whether f was queued.
func (g *Gate) Do(f func()) bool {
	g.mu.RLock()
	defer g.mu.RUnlock()
	if g.closed {
		return false
	}
	if g.Queue != nil {
		g.Queue(f)
	} else {
		fyne.Do(f)
	}
	return true
}

// Close shuts the gate once every Do under way has queued its function.
// It may be called more than once.
func (g *Gate) Close() {
	g.mu.Lock()
	g.closed = true
	g.mu.Unlock()
}

// Closed reports whether Close was called.
func (g *Gate) Closed() bool {
	g.mu.RLock()
	defer g.mu.RUnlock()
	return g.closed
}
