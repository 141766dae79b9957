package render

import (
	"context"
	"fmt"
	"image"
	"math"
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

// BenchmarkViewHeld runs a view through what the window does over a wheel
// zoom six notches in and six back out, every third notch resting (an
// exact frame and the tiles of the next notch drawn ahead), and reports
// what the view then keeps: its pyramid's tiles and its base, in MiB, and
// how many tiles the sequence drew.
func BenchmarkViewHeld(b *testing.B) {
	l := starLayer(b, 20000)
	l.Index()
	s := &Scene{Layers: []Layer{{Layer: l, Opacity: 1}}}
	for _, scale := range []float64{1, 2} {
		b.Run(fmt.Sprintf("scale-%g", scale), func(b *testing.B) {
			r, err := New()
			if err != nil {
				b.Fatal(err)
			}
			v0 := Viewport{Center: orb.Point{10, 30}, Zoom: 3 + math.Log2(scale), Width: int(1280 * scale), Height: int(800 * scale), Scale: scale}
			dst := image.NewRGBA(image.Rect(0, 0, v0.Width, v0.Height))
			var pyramid, base int64
			var drawn int
			b.ReportAllocs()
			for b.Loop() {
				w := r.NewView()
				w.SetPyramidAfter(time.Nanosecond) // slow, as 200,000 shapes are
				w.Draw(dst, s, v0)
				v := v0
				for i := range 12 {
					dz := 0.5
					if i >= 6 {
						dz = -0.5
					}
					v = v.ZoomAt(float64(v.Width)/3, float64(v.Height)/3, dz)
					w.DrawMoving(dst, s, v)
					if i%3 == 2 {
						w.Draw(dst, s, v)
						w.Prefetch(context.Background(), s, v, 0.5, -0.5)
					}
				}
				pyramid, base = w.held()
				drawn = w.tiles.drawn
			}
			b.ReportMetric(float64(pyramid)/(1<<20), "pyramid-MiB")
			b.ReportMetric(float64(base)/(1<<20), "base-MiB")
			b.ReportMetric(float64(drawn), "tiles-drawn")
		})
	}
}
