package render

import (
	"image"
	"image/draw"
	"math"
	"sync"

	"github.com/paulmach/orb"
)

// frame is the state of one frame being drawn, or of one of its bands, a
// strip a pan uncovered or a block of pyramid tiles: the scene and view,
// the pixel mapping, the painter and the buffers the passes fill.
type frame struct {
	dense   bool        // the layer being drawn has so many points in view they are dots
	denseOf []bool      // dense, for each of the scene's layers (see denseLayers)
	stop    func() bool // says to give up the base (nil: never)
	stopped bool        // stop said so
	stamp   *dotStamp
	huge    bool // the feature being drawn spills past the part of the image drawn (see spills)
	workers int  // the painter's goroutines
	r       *Renderer
	dst     *image.RGBA
	v       Viewport
	s       *Scene
	pt      *painter
	faces   faces
	labels  []label
	pins    []pin
	buf     []orb.Point
	batch   batch
	hits    []int
	seen    []uint64
	clip    image.Rectangle // drawBase's strip; empty for the whole image
	// drawBase draws the layers from under up, those below being in dst
	// already (see underCache), and calls kept with its strip once the
	// layers below keepAt are drawn (when kept is set).
	under, keepAt int
	kept          func(image.Rectangle)
	// pixel = world*scale + (ox, oy)
	scale, ox, oy float64
}

// offsets are the world copies (whole-world shifts) the view can see.
func (f *frame) offsets() []float64 { return worldCopies(f.v.World()) }

// worldCopies are the whole-world shifts under which a part w of the
// world, in world units, meets the world.
func worldCopies(w orb.Bound) []float64 {
	var out []float64
	for k := math.Floor(w.Min[0]) - 1; k <= math.Floor(w.Max[0])+1; k++ {
		out = append(out, k)
	}
	return out
}

// frameScratch is the buffers a frame leaves for the next.
type frameScratch struct {
	buf    []orb.Point
	hits   []int
	seen   []uint64
	fill   path
	stroke [][]orb.Point
	pt     *painter
}

// frame starts a frame drawn with a painter of the given workers. Its
// buffers come from the last frames: a big layer's pixel points would
// otherwise be grown from nothing every frame.
func (r *Renderer) frame(dst *image.RGBA, s *Scene, v Viewport, workers int) *frame {
	f := &frame{r: r, dst: dst, v: v, s: s, workers: workers}
	sc, ok := r.scratch.Get().(*frameScratch)
	if !ok {
		sc = &frameScratch{pt: &painter{}}
	}
	f.buf, f.hits, f.seen = sc.buf[:0], sc.hits[:0], sc.seen[:0]
	f.batch.fill, f.batch.stroke = sc.fill[:0], sc.stroke[:0]
	f.pt = sc.pt
	f.pt.reset(dst, workers)
	f.scale = v.WorldPx()
	f.ox, f.oy = v.ToPixel(orb.Point{0, 0})
	return f
}

// release gives a frame's buffers back for the next.
func (r *Renderer) release(f *frame) {
	f.pt.dst = nil // the pool keeps buffers, not images
	r.scratch.Put(&frameScratch{buf: f.buf, hits: f.hits, seen: f.seen, fill: f.batch.fill, stroke: f.batch.stroke, pt: f.pt})
}

// halted says whether the frame's stop says to give up; once it has, it
// keeps saying so.
func (f *frame) halted() bool {
	f.stopped = f.stopped || f.stop != nil && f.stop()
	return f.stopped
}

// drawBaseBands draws the base of the whole image in horizontal bands,
// one to a core, each band a frame of its own, as drawBase draws a strip
// that panned into view: it culls the shapes to its band and rasterises
// within it. One band to a core keeps the features a band reads close
// together in memory, where many narrow bands would each pick a few from
// all over.
func (f *frame) drawBaseBands() {
	b := f.dst.Rect
	n := min(f.workers, b.Dy()/32)
	if n <= 1 {
		f.drawBase(b)
		return
	}
	h := (b.Dy() + n - 1) / n
	var wg sync.WaitGroup
	for j := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			bf := f.r.frame(f.dst, f.s, f.v, 1)
			defer f.r.release(bf)
			bf.ox, bf.oy = f.ox, f.oy // a pyramid block's are its own
			bf.denseOf, bf.stop = f.denseOf, f.stop
			bf.under, bf.keepAt, bf.kept = f.under, f.keepAt, f.kept
			bf.drawBase(image.Rect(b.Min.X, b.Min.Y+j*h, b.Max.X, min(b.Max.Y, b.Min.Y+(j+1)*h)))
		}()
	}
	wg.Wait()
}

// drawBase draws the background and the layers' shapes within the pixel
// rectangle clip (a strip the previous frame did not cover, or the whole
// image).
func (f *frame) drawBase(clip image.Rectangle) {
	bg := f.s.Background
	if bg.A == 0 {
		bg = Sea
	}
	whole := clip == f.dst.Rect
	dst := f.dst
	if !whole {
		f.dst = dst.SubImage(clip).(*image.RGBA)
		f.pt.reset(f.dst, f.workers)
	}
	if f.under == 0 {
		draw.Draw(f.dst, f.dst.Bounds(), image.NewUniform(bg), image.Point{}, draw.Src)
	}
	f.clip = clip
	for i := f.under; i <= len(f.s.Layers); i++ {
		if i == f.keepAt && f.kept != nil && !f.halted() {
			f.kept(clip)
		}
		if i == len(f.s.Layers) {
			break
		}
		l := &f.s.Layers[i]
		if l.Hidden || l.Layer == nil {
			continue
		}
		if f.halted() {
			break
		}
		f.dense = f.denseOf[i]
		f.drawLayer(l, true, false)
		f.flush()
	}
	f.dst, f.clip = dst, image.Rectangle{}
	f.pt.reset(dst, f.workers)
}

// drawTop gathers the pins and labels of the whole view and draws them,
// the outlines of the hovered and selected features and the overlays over
// the layers' shapes.
func (f *frame) drawTop() {
	for i := range f.s.Layers {
		l := &f.s.Layers[i]
		if l.Hidden || l.Layer == nil {
			continue
		}
		f.dense = f.denseOf[i]
		f.drawLayer(l, false, true)
	}
	if f.s.Hover != nil {
		f.outline(*f.s.Hover, hoverColor, 2)
	}
	if f.s.Selected != nil {
		f.outline(*f.s.Selected, selectColor, 3)
	}
	clusters := f.clusterPins()
	f.drawPins()
	f.drawClusters(clusters)
	f.placeLabels()
	f.drawOverlays()
}

// px maps a world point, shifted k worlds, to pixels.
func (f *frame) px(p orb.Point, k float64) orb.Point {
	return orb.Point{(p[0]+k)*f.scale + f.ox, p[1]*f.scale + f.oy}
}

func (f *frame) pxBound(b orb.Bound, k float64) orb.Bound {
	return orb.Bound{Min: f.px(b.Min, k), Max: f.px(b.Max, k)}
}

// world maps a pixel to world units (the copy of the world at offset 0).
func (f *frame) world(p image.Point) orb.Point {
	return orb.Point{(float64(p.X) - f.ox) / f.scale, (float64(p.Y) - f.oy) / f.scale}
}
