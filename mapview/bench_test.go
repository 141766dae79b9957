package mapview

import (
	"testing"

	"github.com/paulmach/orb"

	"newsatlas/atlas"
	"newsatlas/render"
)

// benchPan measures one frame of a pan at 1280x800 from view v: what the
// map's draw goroutine does per frame (the UI goroutine only swaps the
// image in).
func benchPan(b *testing.B, v func(a *atlas.Atlas) render.Viewport) {
	a, err := atlas.New()
	if err != nil {
		b.Fatal(err)
	}
	view := v(a)
	s := a.Scene(view)
	w := a.Renderer.NewView() // as the map draws, reusing the last frame
	w.Render(s, view)         // warm the simplification caches
	b.ReportAllocs()
	for b.Loop() {
		view = view.Pan(7, 3)
		w.Render(s, view)
	}
}

// BenchmarkPanFrame is a pan frame on the opening view.
func BenchmarkPanFrame(b *testing.B) {
	benchPan(b, func(a *atlas.Atlas) render.Viewport { return a.OpeningView(1280, 800) })
}

// BenchmarkPanFrameAleppo is a pan frame over Aleppo's control zones.
func BenchmarkPanFrameAleppo(b *testing.B) {
	benchPan(b, func(*atlas.Atlas) render.Viewport {
		return render.Viewport{Center: orb.Point{37.16, 36.2}, Zoom: 12, Width: 1280, Height: 800}
	})
}

// BenchmarkHover is the hit test run on every pointer move.
func BenchmarkHover(b *testing.B) {
	a, err := atlas.New()
	if err != nil {
		b.Fatal(err)
	}
	v := a.OpeningView(1280, 800)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		a.Identify(v.PixelToLonLat(float64(i%1280), 400), v)
	}
}

// BenchmarkToggleFrame is the frame after a layer over the basemap (the
// control zones) is hidden or shown on the opening view: the view keeps
// the countries and the basemap under it and draws the rest.
func BenchmarkToggleFrame(b *testing.B) {
	a, err := atlas.New()
	if err != nil {
		b.Fatal(err)
	}
	v := a.OpeningView(1280, 800)
	w := a.Renderer.NewView()
	w.Render(a.Scene(v), v)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		a.SetHidden(atlas.AleppoControl, i%2 == 0)
		w.Render(a.Scene(v), v)
	}
}
