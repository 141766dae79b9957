package ui

import (
	"runtime"
	"testing"

	"fyne.io/fyne/v2"

	"newsatlas/atlas"
)

// heapInuse is the heap in use once the garbage is collected, in MB.
func heapInuse() float64 {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return float64(ms.HeapInuse) / (1 << 20)
}

// BenchmarkWindowHeap opens the window on the built-in data in Fyne's
// software driver, lets it rest (first frame, tiles drawn ahead, the
// timeline's zones warmed) and reports the heap in use after a
// collection: atlas-MB for the engine's data (gazetteer, layers), window-MB
// for what opening the window adds to it (the renderer's frames and
// pyramid, simplified geometry, the warmed zones, Fyne's fonts and
// widgets). Run with -benchtime=1x: each window takes seconds.
func BenchmarkWindowHeap(b *testing.B) {
	var base, open float64
	for b.Loop() {
		app := newLoopApp(b)
		before := heapInuse()
		a, err := atlas.New()
		if err != nil {
			b.Fatal(err)
		}
		loaded := heapInuse()
		w := New(app, a, Options{})
		w.Win.Resize(fyne.NewSize(1200, 760))
		await(w.Map.WaitRest)
		a.Timeline.Warm()
		await(w.Map.WaitRest)
		base, open = loaded-before, heapInuse()-loaded
		runtime.KeepAlive(w)
		w.Win.Close()
	}
	b.ReportMetric(base, "atlas-MB")
	b.ReportMetric(open, "window-MB")
}
