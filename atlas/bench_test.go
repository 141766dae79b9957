package atlas

import (
	"image"
	"testing"

	"github.com/paulmach/orb"
)

func BenchmarkNew(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := New(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRenderDefault is one frame of the opening view at 1280x800.
func BenchmarkRenderDefault(b *testing.B) {
	a, err := New()
	if err != nil {
		b.Fatal(err)
	}
	v := a.OpeningView(1280, 800)
	s := a.Scene()
	dst := image.NewRGBA(image.Rect(0, 0, 1280, 800))
	a.Renderer.Draw(dst, s, v)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		a.Renderer.Draw(dst, s, v)
	}
}

// BenchmarkRenderAleppo is one frame of Aleppo's control zones at 1280x800.
func BenchmarkRenderAleppo(b *testing.B) {
	a, err := New()
	if err != nil {
		b.Fatal(err)
	}
	v := FitBound(orb.Bound{Min: orb.Point{37.05, 36.13}, Max: orb.Point{37.25, 36.27}}, 1280, 800)
	s := a.Scene()
	dst := image.NewRGBA(image.Rect(0, 0, 1280, 800))
	a.Renderer.Draw(dst, s, v)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		a.Renderer.Draw(dst, s, v)
	}
}

// BenchmarkIdentify is a click in east Aleppo on the opening view.
func BenchmarkIdentify(b *testing.B) {
	a, err := New()
	if err != nil {
		b.Fatal(err)
	}
	v := a.OpeningView(1280, 800)
	p := orb.Point{37.20323, 36.22773}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if len(a.Identify(p, v)) == 0 {
			b.Fatal("nothing identified")
		}
	}
}
