package render

import (
	"image"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/paulmach/orb"

	"newsatlas/bench/gen"
	"newsatlas/layer"
	"newsatlas/style"
)

var (
	starsOnce  sync.Once
	starsLayer *layer.Layer
)

func stars(b *testing.B) *layer.Layer {
	starsOnce.Do(func() {
		l, err := layer.Parse("stars", gen.StarsBytes(), layer.Options{Style: style.ForLayer(0)})
		if err != nil {
			b.Fatal(err)
		}
		l.Index() // as the window does once a file is loaded
		starsLayer = l
	})
	return starsLayer
}

func countries10m(b *testing.B) *layer.Layer { return benchFile(b, "countries10m.geojson") }

// benchFile loads a file bench/data.sh makes, or skips the benchmark.
func benchFile(b *testing.B, name string) *layer.Layer {
	p := gen.DataPath(name)
	if p == "" {
		b.Skip("no bench/data/" + name + ": run bench/data.sh")
	}
	l, err := layer.Load(p, layer.Options{Style: style.ForLayer(0)})
	if err != nil {
		b.Fatal(err)
	}
	l.Index()
	return l
}

// benchFrames draws frames of one layer at 1280x800 as the window does
// while the user pans (a few pixels a frame) or zooms (a notch a frame),
// exact frames with Draw or, when moving is set, frames of a view in
// motion with DrawMoving, and reports the median frame time (ns/op is the
// mean, which counts the pyramid's tiles drawn on the way).
func benchFrames(b *testing.B, l *layer.Layer, v Viewport, move func(Viewport, int) Viewport, moving, cold bool) {
	r, err := New()
	if err != nil {
		b.Fatal(err)
	}
	w := r.NewView()
	s := &Scene{Layers: []Layer{{Layer: l, Opacity: 1, Labels: true}}, ScaleBar: true, Attribution: "bench"}
	dst := image.NewRGBA(image.Rect(0, 0, v.Width, v.Height))
	w.Draw(dst, s, v)
	var times []time.Duration
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		if cold {
			w.tiles.tiles = nil // every tile drawn afresh: a half level the view has not been to
		}
		t0 := time.Now()
		if moving {
			w.DrawMoving(dst, s, move(v, i))
		} else {
			w.Draw(dst, s, move(v, i))
		}
		times = append(times, time.Since(t0))
		i++
	}
	sort.Slice(times, func(i, j int) bool { return times[i] < times[j] })
	b.ReportMetric(float64(times[len(times)/2].Microseconds())/1000, "ms-median")
}

func pan(v Viewport, i int) Viewport { return v.Pan(float64(7*(i%40)-140), float64(3*(i%20)-30)) }

func zoom(v Viewport, i int) Viewport {
	return v.ZoomAt(float64(v.Width)/2, float64(v.Height)/2, 0.25*float64(i%8))
}

func frameBenches(b *testing.B, l *layer.Layer) {
	world := Fit(l.Bound, 1280, 800, 0)
	region := Viewport{Center: orb.Point{10, 48}, Zoom: 5, Width: 1280, Height: 800}
	for _, m := range []struct {
		name   string
		moving bool
	}{{"", false}, {"-moving", true}} {
		b.Run("world-pan"+m.name, func(b *testing.B) { benchFrames(b, l, world, pan, m.moving, false) })
		b.Run("world-zoom"+m.name, func(b *testing.B) { benchFrames(b, l, world, zoom, m.moving, false) })
		b.Run("region-pan"+m.name, func(b *testing.B) { benchFrames(b, l, region, pan, m.moving, false) })
		b.Run("region-zoom"+m.name, func(b *testing.B) { benchFrames(b, l, region, zoom, m.moving, false) })
	}
	// The first frame at a half level draws all its tiles.
	b.Run("world-zoom-moving-cold", func(b *testing.B) { benchFrames(b, l, world, zoom, true, true) })
	b.Run("region-zoom-moving-cold", func(b *testing.B) { benchFrames(b, l, region, zoom, true, true) })
}

// BenchmarkFrameStars draws the 200,000-polygon benchmark file.
func BenchmarkFrameStars(b *testing.B) { frameBenches(b, stars(b)) }

// BenchmarkFrameCountries10m draws Natural Earth 10m countries.
func BenchmarkFrameCountries10m(b *testing.B) { frameBenches(b, countries10m(b)) }

// BenchmarkFramePoints draws the million points of bench/data.sh.
func BenchmarkFramePoints(b *testing.B) { frameBenches(b, benchFile(b, "points.geojson")) }
