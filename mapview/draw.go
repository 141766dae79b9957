package mapview

import (
	"context"
	"image"
	"math"
	"time"

	"fyne.io/fyne/v2"

	"newsatlas/render"
)

// request asks for a frame of the current state. Frames coalesce: while one
// is drawn, any number of requests make exactly one more, of the latest
// state. Drawing runs on its own goroutine; the UI goroutine only swaps the
// image in.
//
// The draw loop (drawLoop, at most one goroutine) is in one of five states;
// m.pending, m.dirty, m.wake and m.moot record which:
//
//   - idle: no loop runs (pending false); the image on screen is the
//     exact frame of the view. A request starts the loop: rendering.
//   - rendering (pending): a frame of a snapshot of the state (view,
//     scene, selection, hover) is drawn; while the view moves it may be
//     put together from the renderer's tile pyramid, not exact. The frame
//     goes on screen, then: dirty if a request came meanwhile; settling
//     if the frame is not exact; prefetching otherwise.
//   - dirty (pending, dirty): requests came while a frame was drawn; the
//     loop draws again, once, of the latest state: rendering.
//   - settling (pending): a frame not exact is on screen and the view
//     waits settleDelay to rest. A request (wake) ends the wait: rendering.
//     Rested, the exact frame is drawn (rendering), and the next request
//     cancels it (moot) when the view moves on before it is done.
//   - prefetching: the exact frame is on screen; pending is false (the
//     map counts as idle: WaitIdle returns), and the goroutine draws the
//     pyramid's tiles of the next wheel notch in and out before it ends.
//     A request cancels that (moot) and starts a new loop: rendering.
func (m *Map) request() {
	if m.gate.Closed() {
		return
	}
	m.mu.Lock()
	if m.moot != nil {
		m.moot() // the CPU is the new frame's
		m.moot = nil
	}
	if m.view.Width == 0 {
		m.mu.Unlock()
		return
	}
	if m.pending {
		m.dirty = true
		m.mu.Unlock()
		select {
		case m.wake <- struct{}{}: // end a wait to settle
		default:
		}
		m.place()
		return
	}
	m.pending = true
	m.loops++
	m.mu.Unlock()
	m.place()
	go m.drawLoop()
}

// settleDelay is how long the view must rest before a frame drawn from
// the renderer's tile pyramid is drawn again exactly.
const settleDelay = 150 * time.Millisecond

// drawLoop renders until the state stops changing. Frames of a view in
// motion may come from the renderer's tile pyramid (render.View.DrawMoving);
// once the view has rested for settleDelay, the last is drawn again
// exactly, the image `newsatlas render` makes of the same view.
func (m *Map) drawLoop() {
	defer m.loopEnded()
	settled := false
	for {
		m.mu.Lock()
		v := m.view
		s := *m.sceneOf(v)
		s.Selected, s.Hover, s.Emphasis = m.selected, m.hover, m.emphasis
		m.dirty = false
		select {
		case <-m.wake: // a request this snapshot already holds
		default:
		}
		m.mu.Unlock()

		t0 := time.Now()
		var img *image.RGBA
		exact := true
		if settled {
			// The exact frame of a view at rest is slow on a big file;
			// the next request drops it.
			ctx, cancel := context.WithCancel(context.Background())
			m.mu.Lock()
			m.moot = cancel
			m.mu.Unlock()
			var err error
			img, err = m.drawer.RenderContext(ctx, &s, v)
			cancel()
			if err != nil {
				settled = false
				continue // dirty: a request dropped it
			}
		} else {
			img, exact = m.drawer.RenderMoving(&s, v)
		}
		took := time.Since(t0)

		shown := m.gate.Do(func() {
			m.mu.Lock()
			moved := m.shown.Center != v.Center || m.shown.Zoom != v.Zoom
			m.shown = v
			m.frames++
			if !exact {
				m.moving++
			}
			m.frameTime, m.frameExact = took, exact
			m.frame = img
			m.mu.Unlock()
			m.place()
			if m.OnView != nil {
				m.OnView(v)
			}
			if moved {
				m.viewMoved()
			}
		})
		if !shown { // the map was closed: the app is quitting
			m.mu.Lock()
			m.pending = false
			m.idle.Broadcast()
			m.mu.Unlock()
			return
		}

		m.mu.Lock()
		if !m.dirty && !exact {
			m.mu.Unlock()
			select {
			case <-m.wake:
			case <-time.After(settleDelay):
			}
			m.mu.Lock()
			settled = !m.dirty
			m.mu.Unlock()
			continue
		}
		settled = false
		if !m.dirty {
			m.pending = false
			ctx, cancel := context.WithCancel(context.Background())
			m.moot = cancel
			m.idle.Broadcast()
			m.mu.Unlock()
			// While the view rests, draw the tiles of the next wheel
			// notch in and out (nothing for a quick scene).
			m.drawer.Prefetch(ctx, &s, v, 0.5, -0.5)
			return
		}
		m.mu.Unlock()
	}
}

// place lines the image on screen up with the current view while a newer
// frame is drawn: a pan or zoom shows at once, shifted and scaled, and the
// sharp frame replaces it moments later. The renderer does it (see
// mapRenderer.Refresh).
func (m *Map) place() { m.Refresh() }

// sceneOf is the scene of view v, made again only when the snapshot is
// new or Aleppo came into or went out of view (its legend steps aside).
// Call it with m.mu held.
func (m *Map) sceneOf(v render.Viewport) *render.Scene {
	if in := m.snap.AleppoInView(v); m.scene == nil || in != m.sceneAleppo {
		m.scene, m.sceneAleppo = m.snap.Scene(v), in
	}
	return m.scene
}

// loopEnded counts a draw goroutine out, prefetching done (see WaitRest).
func (m *Map) loopEnded() {
	m.mu.Lock()
	m.loops--
	m.idle.Broadcast()
	m.mu.Unlock()
}

// imageRect is where an image drawn for view sh goes in view v, in
// logical pixels.
func imageRect(sh, v render.Viewport) (fyne.Position, fyne.Size) {
	s := v.PixelScale()
	wb := sh.World()
	x, y := v.ToPixel(wb.Min)
	k := math.Exp2(v.Zoom - sh.Zoom)
	// Across the antimeridian the nearest copy of the world is meant.
	wp := v.WorldPx()
	cx := x + float64(sh.Width)*k/2 - float64(v.Width)/2
	x -= math.Round(cx/wp) * wp
	return fyne.NewPos(float32(x/s), float32(y/s)),
		fyne.NewSize(float32(float64(sh.Width)*k/s), float32(float64(sh.Height)*k/s))
}

// FrameTime is how long the last frame took to draw.
func (m *Map) FrameTime() time.Duration {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.frameTime
}

// FrameExact says whether the last frame was drawn exactly, not put
// together from the renderer's tile pyramid while the view moved.
func (m *Map) FrameExact() bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.frameExact
}
