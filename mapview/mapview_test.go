package mapview

import (
	"bytes"
	"image"
	"math"
	"slices"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"github.com/paulmach/orb"

	"newsatlas/atlas"
	"newsatlas/render"
)

// eastAleppo is in as-Sakhour, held by the opposition on 2016-10-19 (the
// same point `newsatlas identify 37.19 36.225` answers for).
var eastAleppo = orb.Point{37.19, 36.225}

// newTestMap shows a map of the default atlas in a test window and waits
// for its first frame.
func newTestMap(t testing.TB) (*Map, fyne.Window) {
	t.Helper()
	a, err := atlas.New()
	if err != nil {
		t.Fatal(err)
	}
	return newTestMapOf(t, a)
}

// newTestMapOf is newTestMap of the given atlas.
func newTestMapOf(t testing.TB, a *atlas.Atlas) (*Map, fyne.Window) {
	t.Helper()
	test.NewTempApp(t)
	m := New(a)
	w := test.NewTempWindow(t, m)
	w.SetPadded(false)
	w.Resize(fyne.NewSize(800, 600))
	m.WaitIdle()
	if m.View().Width == 0 {
		t.Fatal("the map was not laid out")
	}
	return m, w
}

// zoomTo centres the map on p at zoom z and waits for the frame.
func zoomTo(m *Map, p orb.Point, z float64) {
	m.SetView(render.Viewport{Center: p, Zoom: z})
	m.WaitIdle()
}

func TestOpensOnTheOpeningView(t *testing.T) {
	m, _ := newTestMap(t)
	v := m.View()
	want := m.Atlas().OpeningView(v.Width, v.Height)
	if v.Center != want.Center || v.Zoom != want.Zoom {
		t.Errorf("view %+v, want the opening view %+v", v, want)
	}
	if m.Frames() == 0 {
		t.Error("no frame drawn")
	}
}

func TestTapEastAleppoSelectsOpposition(t *testing.T) {
	m, _ := newTestMap(t)
	zoomTo(m, eastAleppo, 13)
	var got []atlas.Hit
	m.OnSelect = func(h []atlas.Hit) { got = h }
	test.TapAt(m, m.PositionOf(eastAleppo))
	if len(got) == 0 {
		t.Fatal("tap hit nothing")
	}
	if got[0].Layer != atlas.AleppoControl || got[0].Properties["control"] != "opposition" {
		t.Errorf("topmost hit %s %v, want aleppo-control control=opposition", got[0].Layer, got[0].Properties)
	}
	if sel := m.Selected(); sel == nil || *sel != got[0].Ref {
		t.Errorf("selected %v, want %v", sel, got[0].Ref)
	}
	m.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if m.Selected() != nil || got != nil {
		t.Error("Escape did not clear the selection")
	}
}

func TestHidingControlLayerChangesPixels(t *testing.T) {
	m, _ := newTestMap(t)
	zoomTo(m, eastAleppo, 13)
	pos := m.PositionOf(eastAleppo)
	before := pixel(m.Image(), m.View(), pos)
	m.Atlas().Layer(atlas.AleppoControl).Hidden = true
	m.Redraw()
	m.WaitIdle()
	after := pixel(m.Image(), m.View(), pos)
	if before == after {
		t.Errorf("pixel at east Aleppo unchanged (%v) after hiding aleppo-control", before)
	}
}

func TestNavigation(t *testing.T) {
	m, _ := newTestMap(t)
	v0 := m.View()
	m.TypedRune('+')
	if got := m.View().Zoom; got != v0.Zoom+1 {
		t.Errorf("+: zoom %v, want %v", got, v0.Zoom+1)
	}
	m.TypedRune('-')
	if got := m.View().Zoom; math.Abs(got-v0.Zoom) > 1e-9 {
		t.Errorf("+ then -: zoom %v, want %v", got, v0.Zoom)
	}
	m.TypedKey(&fyne.KeyEvent{Name: fyne.KeyLeft})
	if m.View().Center[0] >= v0.Center[0] {
		t.Error("left arrow did not move the view west")
	}
	// Wheel zoom keeps the point under the pointer in place.
	pos := fyne.NewPos(200, 150)
	under := m.LonLatAt(pos)
	m.Scrolled(&fyne.ScrollEvent{PointEvent: fyne.PointEvent{Position: pos}, Scrolled: fyne.NewDelta(0, 50)})
	after := m.LonLatAt(pos)
	if z := m.View().Zoom; z <= v0.Zoom {
		t.Errorf("wheel up: zoom %v, want more than %v", z, v0.Zoom)
	}
	if math.Abs(under.Lon()-after.Lon()) > 1e-6 || math.Abs(under.Lat()-after.Lat()) > 1e-6 {
		t.Errorf("wheel zoom moved the point under the pointer: %v -> %v", under, after)
	}
	before := m.LonLatAt(pos)
	m.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: pos}, Dragged: fyne.NewDelta(30, 0)})
	m.DragEnd()
	if got := m.LonLatAt(pos.AddXY(30, 0)); math.Abs(got.Lon()-before.Lon()) > 1e-6 || math.Abs(got.Lat()-before.Lat()) > 1e-6 {
		t.Errorf("a drag of 30 px: %v is under the pointer, want %v, what was there before the drag", got, before)
	}
	m.TypedKey(&fyne.KeyEvent{Name: fyne.KeyHome})
	m.WaitIdle()
	if v := m.View(); v.Center != v0.Center || v.Zoom != v0.Zoom {
		t.Errorf("Home: view %+v, want %+v", v, v0)
	}
}

func TestZoomToLayer(t *testing.T) {
	m, _ := newTestMap(t)
	m.ZoomToLayer(atlas.AleppoControl)
	v := m.View()
	b := m.Atlas().Layer(atlas.AleppoControl).Bound
	if !v.LonLatBound().Contains(b.Center()) || v.Zoom < 10 {
		t.Errorf("view %+v does not show aleppo-control %v", v, b)
	}
}

// pixel is the colour of the image under a widget position.
func pixel(img image.Image, v render.Viewport, pos fyne.Position) [4]uint32 {
	s := float32(v.PixelScale())
	r, g, b, a := img.At(int(pos.X*s), int(pos.Y*s)).RGBA()
	return [4]uint32{r, g, b, a}
}

func TestHoverPinShowsName(t *testing.T) {
	m, _ := newTestMap(t)
	pins := m.Atlas().Layer(atlas.Places)
	var geneva orb.Point
	for _, f := range pins.Features {
		if f.Name == "Geneva" {
			geneva = f.Geometry.(orb.Point)
		}
	}
	zoomTo(m, geneva, 8)
	var hovered *atlas.Hit
	m.OnHover = func(h *atlas.Hit) { hovered = h }
	// The pin's head stands above its point.
	pos := m.PositionOf(geneva).SubtractXY(0, 12)
	m.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: pos}})
	waitHover(m)
	if hovered == nil || hovered.Layer != atlas.Places {
		t.Fatalf("hover hit %v, want the Geneva pin", hovered)
	}
	if got := m.HoverName(); got != "Geneva" {
		t.Errorf("tooltip %q, want Geneva", got)
	}
	if m.Selected() != nil {
		t.Error("hover selected a feature")
	}
}

// waitHover waits for the hover hit test to finish.
func waitHover(m *Map) {
	for {
		m.mu.Lock()
		busy := m.hovering
		m.mu.Unlock()
		if !busy {
			break
		}
		time.Sleep(time.Millisecond)
	}
	m.WaitIdle()
}

// TestFlyToAnimates checks that an animated FlyTo shows every step of its
// flight, ends exactly on the destination, and stops when dragged.
func TestFlyToAnimates(t *testing.T) {
	m, _ := newTestMap(t)
	m.Animate = true
	geneva := orb.Point{6.14, 46.2}
	m.FlyTo(geneva, 10)
	m.WaitIdle()
	v := m.View()
	if v.Center != geneva || v.Zoom != 10 {
		t.Errorf("after the flight: view %v z%v, want %v z10", v.Center, v.Zoom, geneva)
	}
	if n := flown(m); n != FlySteps {
		t.Errorf("the flight showed %d steps, want %d", n, FlySteps)
	}
	// A drag cancels a flight.
	m.FlyTo(orb.Point{37.16, 36.2}, 12)
	m.Dragged(&fyne.DragEvent{Dragged: fyne.NewDelta(5, 5)})
	m.WaitIdle()
	if n := flown(m); m.View().Zoom >= 12 || n == FlySteps {
		t.Errorf("the flight went on after a drag: %d steps, zoom %v", n, m.View().Zoom)
	}
}

// flown is the number of steps of the latest flight shown.
func flown(m *Map) int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.flown
}

// TestFlightPath checks the views a flight passes through: from the start
// to the destination, nearer at each step, and the short way round.
func TestFlightPath(t *testing.T) {
	tests := []struct {
		name     string
		from, to orb.Point
		fz, tz   float64
	}{
		{"east and in", orb.Point{37.16, 36.2}, orb.Point{6.14, 46.2}, 5, 10},
		{"across the antimeridian", orb.Point{170, -20}, orb.Point{-170, -15}, 6, 6},
		{"west across it", orb.Point{-175, 60}, orb.Point{178, 62}, 7, 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			from := render.Viewport{Center: tt.from, Zoom: tt.fz, Width: 800, Height: 600}
			to := from
			to.Center, to.Zoom = tt.to, tt.tz
			p := newFlightPath(from, to)
			if got := p.at(0); math.Abs(got.Center[0]-tt.from[0]) > 1e-9 || math.Abs(got.Center[1]-tt.from[1]) > 1e-9 || got.Zoom != tt.fz {
				t.Errorf("step 0 is %v z%v, want the start", got.Center, got.Zoom)
			}
			if got := p.at(FlySteps); got != to {
				t.Errorf("the last step is %+v, want %+v", got, to)
			}
			// Distance left, in degrees, the short way round (the long
			// way would come nearer and go away again).
			left := func(c orb.Point) float64 {
				d := math.Abs(c[0] - tt.to[0])
				return math.Min(d, 360-d) + math.Abs(c[1]-tt.to[1])
			}
			prev := p.at(0)
			for i := 1; i <= FlySteps; i++ {
				v := p.at(i)
				if left(v.Center) >= left(prev.Center) {
					t.Errorf("step %d at %v is no nearer %v than step %d at %v", i, v.Center, tt.to, i-1, prev.Center)
				}
				if (tt.tz-v.Zoom)*(tt.tz-tt.fz) < 0 || math.Abs(tt.tz-v.Zoom) > math.Abs(tt.tz-prev.Zoom) {
					t.Errorf("step %d: zoom %v after %v, going from %v to %v", i, v.Zoom, prev.Zoom, tt.fz, tt.tz)
				}
				prev = v
			}
		})
	}
}

// TestCursorFollowsViewChange checks that when the view moves under a
// still pointer (an arrow key), the lon/lat reported under the pointer is
// that of the new view.
func TestCursorFollowsViewChange(t *testing.T) {
	m, _ := newTestMap(t)
	var at orb.Point
	calls := 0
	m.OnCursor = func(p orb.Point, ok bool) {
		if ok {
			at, calls = p, calls+1
		}
	}
	pos := fyne.NewPos(200, 150)
	m.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: pos}})
	waitHover(m)
	before, n := at, calls
	m.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	m.WaitIdle()
	waitHover(m)
	if calls == n {
		t.Fatal("the cursor was not reported again after the view moved")
	}
	if at == before {
		t.Errorf("lon/lat under the pointer still %v after the map panned", at)
	}
	if want := m.LonLatAt(pos); at != want {
		t.Errorf("lon/lat under the pointer %v, want %v for the new view", at, want)
	}
}

// TestMovingFramesSettle checks that a wheel zoom of a slow scene is shown
// from the renderer's tile pyramid and, once the view rests, exactly.
func TestMovingFramesSettle(t *testing.T) {
	a, err := atlas.New()
	if err != nil {
		t.Fatal(err)
	}
	m, _ := newTestMapOf(t, a)
	// Every scene counts as slow, as one of 200,000 shapes does.
	m.drawer.SetPyramidAfter(time.Nanosecond)
	pos := fyne.NewPos(300, 200)
	for range 3 {
		m.Scrolled(&fyne.ScrollEvent{PointEvent: fyne.PointEvent{Position: pos}, Scrolled: fyne.NewDelta(0, 50)})
	}
	m.WaitIdle()
	m.mu.Lock()
	moving, v, snap := m.moving, m.view, m.snap
	m.mu.Unlock()
	if moving == 0 {
		t.Error("no frame of the zoom came from the pyramid")
	}
	if !m.FrameExact() {
		t.Error("the frame of the rested view is not exact")
	}
	got := m.Image().(*image.RGBA)
	want := m.Atlas().Renderer.Render(snap.Scene(v), v)
	for i := range want.Pix {
		if got.Pix[i] != want.Pix[i] {
			t.Fatalf("the rested view's image differs from the exact frame at byte %d", i)
		}
	}
}

// TestMouseOutClearsHover checks that the outline of the zone under the
// pointer goes when the pointer leaves the map: the frame is again the
// frame drawn before the pointer came.
func TestMouseOutClearsHover(t *testing.T) {
	m, _ := newTestMap(t)
	zoomTo(m, eastAleppo, 13)
	frame := func() []byte {
		m.mu.Lock()
		defer m.mu.Unlock()
		return slices.Clone(m.frame.(*image.RGBA).Pix)
	}
	before := frame()
	var hovered *atlas.Hit
	m.OnHover = func(h *atlas.Hit) { hovered = h }
	m.MouseIn(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: m.PositionOf(eastAleppo)}})
	waitHover(m)
	if hovered == nil || hovered.Layer != atlas.AleppoControl {
		t.Fatalf("hover hit %v, want an Aleppo control zone", hovered)
	}
	if bytes.Equal(frame(), before) {
		t.Fatal("the hovered zone is not outlined")
	}
	m.MouseOut()
	m.WaitIdle()
	if hovered != nil {
		t.Errorf("after MouseOut OnHover last had %v, want nil", hovered)
	}
	if !bytes.Equal(frame(), before) {
		t.Error("after MouseOut the frame still differs from the one before the hover")
	}
}

// TestCloseStopsDrawing checks that a closed map hands the UI goroutine
// no more frames: a flight and a redraw after Close show nothing.
func TestCloseStopsDrawing(t *testing.T) {
	m, _ := newTestMap(t)
	m.Animate = true
	m.FlyTo(eastAleppo, 12)
	m.Close()
	m.WaitRest()
	m.mu.Lock()
	frames := m.frames
	m.mu.Unlock()
	m.Redraw()
	m.SetView(render.Viewport{Center: eastAleppo, Zoom: 9})
	m.WaitRest()
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.frames != frames {
		t.Errorf("%d frames shown after Close", m.frames-frames)
	}
	if m.pending || m.flying {
		t.Errorf("after Close: pending %v, flying %v", m.pending, m.flying)
	}
}
