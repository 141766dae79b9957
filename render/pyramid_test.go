package render

import (
	"bytes"
	"context"
	"image"
	"image/color"
	"slices"
	"sync/atomic"
	"testing"
	"time"

	"github.com/paulmach/orb"

	"newsatlas/bench/gen"
	"newsatlas/layer"
	"newsatlas/style"
	"newsatlas/webmerc"
)

func starLayer(t testing.TB, n int) *layer.Layer {
	t.Helper()
	var b bytes.Buffer
	if err := gen.Stars(&b, n, 7); err != nil {
		t.Fatal(err)
	}
	l, err := layer.Parse("stars", b.Bytes(), layer.Options{Style: style.ForLayer(0)})
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// meanDiff is the mean difference of a's and b's channels, of 255.
func meanDiff(a, b *image.RGBA) float64 {
	sum := 0
	for i := range a.Pix {
		d := int(a.Pix[i]) - int(b.Pix[i])
		sum += max(d, -d)
	}
	return float64(sum) / float64(len(a.Pix))
}

// newView returns a view drawn through a new renderer.
func newView(t testing.TB) *View {
	t.Helper()
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	return r.NewView()
}

// slowView returns a view that has drawn s at v and takes it to have been
// slow, as a view of 200,000 shapes is.
func slowView(t *testing.T, s *Scene, v Viewport) *View {
	t.Helper()
	r := newView(t)
	r.SetPyramidAfter(time.Hour)
	r.Render(s, v)
	r.base.took(time.Hour)
	return r
}

// TestDrawMoving checks that a frame of a moving view put together from
// the pyramid looks like the exact frame, and that one showing a
// different place does not: the check can fail.
func TestDrawMoving(t *testing.T) {
	l := starLayer(t, 20000)
	s := &Scene{Layers: []Layer{{Layer: l, Opacity: 1, Labels: true}}, ScaleBar: true, Attribution: "test"}
	world := Fit(l.Bound, 640, 400, 0)
	hidpi := world
	hidpi.Width, hidpi.Height, hidpi.Scale = 1280, 800, 2
	for _, c := range []struct {
		name     string
		from, to Viewport
	}{
		{"zoom in a notch", world, world.ZoomAt(200, 150, 0.5)},
		{"zoom in a quarter", world, world.ZoomAt(320, 200, 0.25)},
		{"zoom out past the world's edges", world, world.ZoomAt(100, 50, -0.75)},
		{"across the antimeridian", Viewport{Center: orb.Point{179, 20}, Zoom: 3, Width: 640, Height: 400},
			Viewport{Center: orb.Point{179, 20}, Zoom: 3.3, Width: 640, Height: 400}},
		{"hidpi", hidpi, hidpi.ZoomAt(640, 400, 0.5)},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := slowView(t, s, c.from)
			got, exact := r.RenderMoving(s, c.to)
			if exact {
				t.Fatal("frame drawn exactly, not from the pyramid")
			}
			// Shapes under a pixel, drawn a pixel wide, come out lighter
			// from a finer level: the frames differ by a few levels of
			// 255 on average, a view 3 px away by tens.
			want := slowView(t, s, c.to).Render(s, c.to)
			d := meanDiff(got, want)
			if d > 10 {
				t.Errorf("pyramid frame differs from the exact one by %.2f of 255 on average", d)
			}
			elsewhere := slowView(t, s, c.to).Render(s, c.to.Pan(3, 2))
			if e := meanDiff(got, elsewhere); e < 3*d {
				t.Errorf("pyramid frame differs from the exact one by %.2f, from a view 3 px away by only %.2f", d, e)
			}
			drawn := r.tiles.drawn
			if again, _ := r.RenderMoving(s, c.to); maxDiff(again, got) != 0 || r.tiles.drawn != drawn {
				t.Errorf("the same view again drew %d tiles and differs by %d", r.tiles.drawn-drawn, maxDiff(again, got))
			}
		})
	}
}

// TestDrawMovingExact checks when a moving frame is drawn exactly: a scene
// quick to draw, a pan of the last exact frame and a changed scene.
func TestDrawMovingExact(t *testing.T) {
	l := starLayer(t, 2000)
	s := &Scene{Layers: []Layer{{Layer: l, Opacity: 1}}}
	v := Fit(l.Bound, 320, 200, 0)
	zoomed := v.ZoomAt(100, 100, 0.5)

	r := newView(t)
	r.Render(s, v)
	r.base.took(time.Millisecond) // under DefaultPyramidAfter
	got, exact := r.RenderMoving(s, zoomed)
	want, _ := New()
	if !exact || maxDiff(got, want.Render(s, zoomed)) != 0 {
		t.Errorf("quick scene: exact %v, want the exact frame", exact)
	}

	r = slowView(t, s, v)
	if _, exact := r.RenderMoving(s, v.Pan(5, 0)); !exact {
		t.Error("a pan of the last exact frame was drawn from the pyramid")
	}

	r = slowView(t, s, v)
	faded := &Scene{Layers: []Layer{{Layer: l, Opacity: 0.5}}}
	if _, exact := r.RenderMoving(faded, zoomed); !exact {
		t.Error("a changed scene was drawn from the pyramid of the old one")
	}
	if _, exact := r.RenderMoving(faded, zoomed.ZoomAt(10, 10, 0.25)); !exact {
		t.Error("the changed scene's exact frame took no time, yet the next came from the pyramid")
	}
}

// TestPyramidBounded checks that the pyramid forgets tiles as the view
// wanders, past its bound in bytes or, when a frame is larger, past the
// tiles of two frames, and that the last frame's are kept.
func TestPyramidBounded(t *testing.T) {
	l := starLayer(t, 500)
	s := &Scene{Layers: []Layer{{Layer: l, Opacity: 1}}}
	for _, c := range []struct {
		name          string
		width, height int
		bytes         int64 // 0: the default
		most          int   // the tiles it may keep
	}{
		{"default", 640, 400, 0, DefaultPyramidBytes / tileBytes},
		{"40 tiles", 640, 400, 40 * tileBytes, 40},
		{"frames larger than the bound", 1280, 800, 20 * tileBytes, 2 * 7 * 5},
	} {
		t.Run(c.name, func(t *testing.T) {
			v := Viewport{Center: orb.Point{0, 0}, Zoom: 6, Width: c.width, Height: c.height}
			r := slowView(t, s, v)
			r.SetPyramidBytes(c.bytes)
			for i := range 40 {
				v = v.Pan(float64(c.width), 0)
				v.Zoom = 6 + 0.25*float64(i%4)
				r.RenderMoving(s, v)
			}
			if n := len(r.tiles.tiles); n > c.most || r.tiles.drawn <= n {
				t.Errorf("pyramid holds %d tiles (at most %d) after drawing %d", n, c.most, r.tiles.drawn)
			}
			if pyramid, _ := r.held(); pyramid != int64(len(r.tiles.tiles))*tilePx*tilePx*4 {
				t.Errorf("held says %d bytes of tiles for %d tiles", pyramid, len(r.tiles.tiles))
			}
			drawn := r.tiles.drawn
			if r.RenderMoving(s, v); r.tiles.drawn != drawn {
				t.Errorf("the last frame again drew %d tiles", r.tiles.drawn-drawn)
			}
		})
	}
}

// TestResample checks the bilinear scaling of tiles onto a frame.
func TestResample(t *testing.T) {
	tileOf := func(x, y int, at func(x, y int) color.RGBA) *image.RGBA {
		img := image.NewRGBA(image.Rect(x*tilePx, y*tilePx, (x+1)*tilePx, (y+1)*tilePx))
		for py := img.Rect.Min.Y; py < img.Rect.Max.Y; py++ {
			for px := img.Rect.Min.X; px < img.Rect.Max.X; px++ {
				img.SetRGBA(px, py, at(px, py))
			}
		}
		return img
	}
	checker := func(x, y int) color.RGBA {
		if (x+y)%2 == 0 {
			return color.RGBA{0, 0, 0, 255}
		}
		return color.RGBA{200, 100, 50, 255}
	}
	grid := &tileGrid{x0: -1, y0: 0, cols: 2}
	for x := -1; x <= 0; x++ {
		grid.tiles = append(grid.tiles, tileOf(x, 0, checker))
	}
	for _, c := range []struct {
		name  string
		k, ox float64
		at    image.Point // a frame pixel
		want  color.RGBA
	}{
		// k 1, whole-pixel offset: a copy. Frame pixel x is world pixel
		// x-50: pixels 0 to 49 come from the left tile, the rest from
		// the right.
		{"copy, left tile", 1, 50, image.Pt(10, 10), checker(-40, 10)},
		{"copy, next pixel", 1, 50, image.Pt(11, 10), checker(-39, 10)},
		{"copy, right tile", 1, 50, image.Pt(60, 10), checker(10, 10)},
		{"copy, at the seam", 1, 50, image.Pt(50, 10), checker(0, 10)},
		// Half a pixel off, each frame pixel is the mean of two.
		{"half a pixel", 1, 50.5, image.Pt(10, 10), color.RGBA{100, 50, 25, 255}},
		{"half a pixel, at the seam", 1, 50.5, image.Pt(50, 10), color.RGBA{100, 50, 25, 255}},
		// Scaled down by 2, each frame pixel falls between four.
		{"halved", 2, 25, image.Pt(7, 3), color.RGBA{100, 50, 25, 255}},
		{"halved, right tile", 2, 25, image.Pt(40, 3), color.RGBA{100, 50, 25, 255}},
	} {
		dst := image.NewRGBA(image.Rect(0, 0, 100, 60))
		resample(dst, grid, c.k, c.ox, 0, 2)
		if got := dst.RGBAAt(c.at.X, c.at.Y); got != c.want {
			t.Errorf("%s: pixel %v is %v, want %v", c.name, c.at, got, c.want)
		}
	}
}

// TestPrefetch checks that tiles drawn ahead at rest serve the next wheel
// notch, in or out, and that a cancelled or quick prefetch draws nothing.
func TestPrefetch(t *testing.T) {
	l := starLayer(t, 5000)
	s := &Scene{Layers: []Layer{{Layer: l, Opacity: 1}}}
	v := Fit(l.Bound, 640, 400, 0).ZoomAt(320, 200, 0.8)
	for _, c := range []struct {
		name   string
		dz     float64
		px, py float64 // where the wheel turns
	}{
		{"in at a corner", 0.5, 5, 5},
		{"in at the centre", 0.5, 320, 200},
		{"out at the centre", -0.5, 320, 200},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := slowView(t, s, v)
			r.Prefetch(context.Background(), s, v, 0.5, -0.5)
			drawn := r.tiles.drawn
			if drawn == 0 {
				t.Fatal("prefetch drew no tiles")
			}
			if _, exact := r.RenderMoving(s, v.ZoomAt(c.px, c.py, c.dz)); exact || r.tiles.drawn != drawn {
				t.Errorf("the notch drew %d more tiles (exact %v)", r.tiles.drawn-drawn, exact)
			}
		})
	}

	r := slowView(t, s, v)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	r.Prefetch(ctx, s, v, 0.5, -0.5)
	if r.tiles.drawn != 0 {
		t.Errorf("a cancelled prefetch drew %d tiles", r.tiles.drawn)
	}

	r = newView(t)
	r.Render(s, v) // takes well under an hour
	r.SetPyramidAfter(time.Hour)
	r.Prefetch(context.Background(), s, v, 0.5)
	if r.tiles.drawn != 0 {
		t.Errorf("a prefetch for a quick scene drew %d tiles", r.tiles.drawn)
	}
}

// TestPyramidAtItsLevel checks that at a half level, on whole world
// pixels, a frame from the pyramid is the exact frame: its tiles, drawn
// in blocks and cut, join without seams.
func TestPyramidAtItsLevel(t *testing.T) {
	l := starLayer(t, 20000)
	s := &Scene{Layers: []Layer{{Layer: l, Opacity: 0.9}}}
	for _, c := range []struct {
		zoom   float64
		ox, oy float64 // where the world's corner falls, in whole pixels
		scale  float64
	}{
		{2.5, -301, -157, 1},
		{3, -777, -380, 1},
		{4.5, -2900, -1500, 1},
		{2, -211, -100, 2},
	} {
		v := Viewport{Zoom: c.zoom, Width: 640, Height: 400, Scale: c.scale}
		w := v.WorldPx()
		v.Center = webmerc.Inverse(orb.Point{(320 - c.ox) / w, (200 - c.oy) / w})
		r := slowView(t, s, v.ZoomAt(320, 200, -0.3))
		got, exact := r.RenderMoving(s, v)
		if exact {
			t.Fatalf("zoom %g: drawn exactly, not from the pyramid", c.zoom)
		}
		want, _ := New()
		if d := maxDiff(got, want.Render(s, v)); d > 2 {
			t.Errorf("zoom %g: the pyramid's frame differs from the exact one by %d", c.zoom, d)
		}
	}
}

// TestBlocksOf checks how missing tiles are grouped to be drawn.
func TestBlocksOf(t *testing.T) {
	// A grid of 4 columns by 3 rows, tiles (x, y) from (10, 20).
	var ids []tileID
	for y := 20; y < 23; y++ {
		for x := 10; x < 14; x++ {
			ids = append(ids, tileID{1, x, y})
		}
	}
	at := func(x, y int) int { return (y-20)*4 + x - 10 }
	all := make([]int, len(ids))
	for i := range all {
		all[i] = i
	}
	for _, c := range []struct {
		name    string
		missing []int
		merge   bool
		want    [][]int
	}{
		{"all, merged", all, true, [][]int{all}},
		{"all, by rows", all, false, [][]int{all[0:4], all[4:8], all[8:12]}},
		{"left and right columns", []int{at(10, 20), at(13, 20), at(10, 21), at(13, 21), at(10, 22), at(13, 22)}, true,
			[][]int{{at(10, 20), at(10, 21), at(10, 22)}, {at(13, 20), at(13, 21), at(13, 22)}}},
		{"an L: top row and left column", []int{at(10, 20), at(11, 20), at(12, 20), at(13, 20), at(10, 21), at(10, 22)}, true,
			[][]int{{at(10, 20), at(11, 20), at(12, 20), at(13, 20)}, {at(10, 21), at(10, 22)}}},
		{"rows apart do not join", []int{at(11, 20), at(12, 20), at(11, 22), at(12, 22)}, true,
			[][]int{{at(11, 20), at(12, 20)}, {at(11, 22), at(12, 22)}}},
		{"none", nil, true, nil},
	} {
		if got := blocksOf(ids, c.missing, c.merge); !slices.EqualFunc(got, c.want, slices.Equal) {
			t.Errorf("%s: blocks %v, want %v", c.name, got, c.want)
		}
	}
}

// TestRenderContext checks that an exact frame gives up when told, keeps
// nothing it drew part of, and otherwise is Render's frame.
func TestRenderContext(t *testing.T) {
	l := starLayer(t, 20000)
	s := &Scene{Layers: []Layer{{Layer: l, Opacity: 1}}}
	v := Fit(l.Bound, 640, 400, 0)

	r := newView(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if img, err := r.RenderContext(ctx, s, v); img != nil || err != context.Canceled {
		t.Errorf("cancelled: image %v, error %v", img != nil, err)
	}
	// Told to stop halfway through the shapes.
	var calls atomic.Int32 // the bands ask at once
	if _, done := r.draw(image.NewRGBA(image.Rect(0, 0, v.Width, v.Height)), s, v, false, func() bool { return calls.Add(1) > 5 }); done || calls.Load() <= 5 {
		t.Errorf("stopped halfway: done %v after %d checks", done, calls.Load())
	}
	if r.base.img != nil {
		t.Error("a base drawn in part was kept for the next frame")
	}

	got, err := r.RenderContext(context.Background(), s, v)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := New()
	if d := maxDiff(got, want.Render(s, v)); d != 0 {
		t.Errorf("RenderContext's frame differs from Render's by %d", d)
	}
}
