package ui

import (
	"runtime"
	"testing"
	"time"
)

// TestTrimmerGivesBack checks that garbage left by a burst of work is
// collected and its pages released once the trimmer's rest has passed,
// with no allocation to set off the collector.
func TestTrimmerGivesBack(t *testing.T) {
	var keep [][]byte
	for range 64 {
		keep = append(keep, make([]byte, 1<<20))
	}
	keep = nil
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	tr := trimmer{after: time.Millisecond}
	tr.touch()
	deadline := time.Now().Add(10 * time.Second)
	for {
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		if m.NumForcedGC > before.NumForcedGC && m.HeapReleased >= before.HeapReleased+32<<20 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("no trim: forced GCs %d -> %d, released %d -> %d MB", before.NumForcedGC, m.NumForcedGC, before.HeapReleased>>20, m.HeapReleased>>20)
		}
		time.Sleep(5 * time.Millisecond)
	}
}
