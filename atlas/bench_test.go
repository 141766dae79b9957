package atlas

import (
	"image"
	"testing"

	"github.com/paulmach/orb"

	"newsatlas/render"
)

func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := New(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRenderDefault is one frame of the opening view at 1280x800,
// drawn in full: the zoom alternates by a hair so that no frame can reuse
// the one before (as a pan frame may).
func BenchmarkRenderDefault(b *testing.B) {
	a, err := New()
	if err != nil {
		b.Fatal(err)
	}
	benchFrames(b, a, a.OpeningView(1280, 800))
}

func benchFrames(b *testing.B, a *Atlas, v render.Viewport) {
	s := a.Scene(v)
	dst := image.NewRGBA(image.Rect(0, 0, v.Width, v.Height))
	v2 := v
	v2.Zoom += 0.001
	a.Renderer.Draw(dst, s, v)
	a.Renderer.Draw(dst, s, v2)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		if i%2 == 0 {
			a.Renderer.Draw(dst, s, v2)
		} else {
			a.Renderer.Draw(dst, s, v)
		}
	}
}

// BenchmarkRenderAleppo is one frame of Aleppo's control zones at 1280x800.
func BenchmarkRenderAleppo(b *testing.B) {
	a, err := New()
	if err != nil {
		b.Fatal(err)
	}
	benchFrames(b, a, FitBound(orb.Bound{Min: orb.Point{37.05, 36.13}, Max: orb.Point{37.25, 36.27}}, 1280, 800))
}

// BenchmarkIdentify is a click in east Aleppo on the opening view.
func BenchmarkIdentify(b *testing.B) {
	a, err := New()
	if err != nil {
		b.Fatal(err)
	}
	v := a.OpeningView(1280, 800)
	p := orb.Point{37.20323, 36.22773}
	b.ReportAllocs()
	for b.Loop() {
		if len(a.Identify(p, v)) == 0 {
			b.Fatal("nothing identified")
		}
	}
}

// BenchmarkScene is the scene of one frame: the window builds it for
// each frame's view (its legend depends on what is in view).
func BenchmarkScene(b *testing.B) {
	a, err := New()
	if err != nil {
		b.Fatal(err)
	}
	v := a.OpeningView(1280, 800)
	a.Scene(v)
	b.ReportAllocs()
	for b.Loop() {
		a.Scene(v)
	}
}

// BenchmarkAleppoInView is what a frame of the window costs to know
// whether its scene (legend) and the timeline stay as they are.
func BenchmarkAleppoInView(b *testing.B) {
	a, err := New()
	if err != nil {
		b.Fatal(err)
	}
	v := a.OpeningView(1280, 800)
	b.ReportAllocs()
	for b.Loop() {
		a.AleppoInView(v)
	}
}
