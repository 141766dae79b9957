package render

import (
	"cmp"
	"context"
	"image"
	"image/color"
	"image/draw"
	"math"
	"runtime"
	"sync"
	"time"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/clip"

	"newsatlas/layer"
	"newsatlas/style"
)

// Layer is a loaded layer as the map shows it.
type Layer struct {
	*layer.Layer
	Hidden  bool
	Opacity float64 // 0 to 1
	Labels  bool    // label its features where there is room
	// Display, when set, is drawn in place of the layer's own geometry
	// (dissolved zones over the neighbourhoods they merge, say); labels,
	// selection and hit tests still use the layer's features.
	Display *layer.Layer
}

// Scene is everything drawn in one frame, bottom layer first.
type Scene struct {
	Layers      []Layer
	Background  color.NRGBA
	Selected    *layer.Ref // outlined strongly
	Hover       *layer.Ref // outlined lightly
	Emphasis    *layer.Ref // a pin drawn larger (the place picked in the text)
	Legend      []LegendItem
	LegendTitle string
	Attribution string
	ScaleBar    bool
	Dark        bool // light text on dark halo
}

// Sea is the default background.
var Sea = color.NRGBA{0xc9, 0xdd, 0xea, 0xff}

// frameScratch is the buffers a frame leaves for the next.
type frameScratch struct {
	buf    []orb.Point
	hits   []int
	seen   []uint64
	fill   path
	stroke [][]orb.Point
	pt     *painter
}

// Renderer draws scenes. It holds the parsed fonts and may be shared by
// goroutines: each Render call makes its own font faces.
type Renderer struct {
	// PyramidAfter is how long the exact base of a scene (its background
	// and shapes) must have taken to draw for DrawMoving to draw moving
	// views of it from the tile pyramid; 0 means DefaultPyramidAfter.
	PyramidAfter time.Duration

	fonts   fonts
	masks   maskCache
	base    baseCache
	tiles   pyramid
	scratch sync.Pool // *frameScratch
}

// New returns a Renderer with the embedded Go fonts loaded.
func New() (*Renderer, error) {
	f, err := loadFonts()
	if err != nil {
		return nil, err
	}
	return &Renderer{fonts: f}, nil
}

// Render draws the scene as the viewport sees it into a new image.
func (r *Renderer) Render(s *Scene, v Viewport) *image.RGBA {
	dst := image.NewRGBA(image.Rect(0, 0, v.Width, v.Height))
	r.Draw(dst, s, v)
	return dst
}

// Draw draws the scene into dst, whose size must be the viewport's.
func (r *Renderer) Draw(dst *image.RGBA, s *Scene, v Viewport) { r.draw(dst, s, v, false, nil) }

// RenderContext is Render giving up, with ctx's error and no image, once
// ctx is done: the window draws the exact frame of a view at rest with it
// and drops the frame when the view moves on.
func (r *Renderer) RenderContext(ctx context.Context, s *Scene, v Viewport) (*image.RGBA, error) {
	dst := image.NewRGBA(image.Rect(0, 0, v.Width, v.Height))
	if _, done := r.draw(dst, s, v, false, func() bool { return ctx.Err() != nil }); !done {
		return nil, ctx.Err()
	}
	return dst, nil
}

// RenderMoving draws the scene into a new image as DrawMoving does and
// says whether the image is exact.
func (r *Renderer) RenderMoving(s *Scene, v Viewport) (*image.RGBA, bool) {
	dst := image.NewRGBA(image.Rect(0, 0, v.Width, v.Height))
	return dst, r.DrawMoving(dst, s, v)
}

// DrawMoving draws a frame of a view in motion: the window draws with it
// while the user zooms and pans and calls Draw once the view rests. When
// the scene's base is slow to draw (see PyramidAfter: a view of many
// thousand shapes) and the frame is not a pan of the last exact one, the layers'
// shapes come from the tile pyramid, scaled down by less than √2 from the
// next finer half level, and the frame is not exact: strokes and dots are
// up to that factor thinner and smaller than Draw makes them, pins, labels
// and overlays are exact. It says whether the frame is exact.
func (r *Renderer) DrawMoving(dst *image.RGBA, s *Scene, v Viewport) bool {
	exact, _ := r.draw(dst, s, v, true, nil)
	return exact
}

// DefaultPyramidAfter is half a 60 Hz frame: a base quicker to draw than
// that is drawn exactly in every frame.
const DefaultPyramidAfter = 8 * time.Millisecond

// draw draws a frame, from the pyramid when moving allows (see
// DrawMoving), and says whether it is exact. When stop, if not nil, says
// so while the base is drawn, it gives up and says it is not done; the
// base's bands call it at once from their goroutines.
func (r *Renderer) draw(dst *image.RGBA, s *Scene, v Viewport, moving bool, stop func() bool) (exact, done bool) {
	f := r.frame(dst, s, v, runtime.GOMAXPROCS(0))
	defer r.release(f)
	f.stop = stop
	f.faces = r.fonts.faces(v.PixelScale())
	f.denseOf = denseLayers(s, v)
	key := baseKeyOf(s, v, f.denseOf)
	exact = true
	switch {
	case r.base.reuse(dst, key, f.ox, f.oy, func(strip image.Rectangle) { f.drawBase(strip) }):
		if f.halted() {
			return false, false
		}
		r.base.keep(dst, key, f.ox, f.oy)
	case moving && plain(dst) && r.slow(key):
		r.compose(f, key)
		exact = false
	default:
		t0 := time.Now()
		f.drawBaseBands()
		if f.halted() {
			return false, false // a part-drawn base is not kept
		}
		r.base.keep(dst, key, f.ox, f.oy)
		r.base.took(time.Since(t0))
	}
	f.drawTop()
	return exact, true
}

// slow says whether the scene of key is slow enough to draw for moving
// frames of it to come from the pyramid (see PyramidAfter).
func (r *Renderer) slow(key baseKey) bool {
	return r.base.slow(key, cmp.Or(r.PyramidAfter, DefaultPyramidAfter))
}

// halted says whether the frame's stop says to give up; once it has, it
// keeps saying so.
func (f *frame) halted() bool {
	f.stopped = f.stopped || f.stop != nil && f.stop()
	return f.stopped
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
	draw.Draw(f.dst, f.dst.Bounds(), image.NewUniform(bg), image.Point{}, draw.Src)
	f.clip = clip
	for i := range f.s.Layers {
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
		f.outline(*f.s.Hover, color.NRGBA{0x00, 0x7a, 0xcc, 0xb0}, 2)
	}
	if f.s.Selected != nil {
		f.outline(*f.s.Selected, color.NRGBA{0x00, 0xb4, 0xff, 0xff}, 3.5)
	}
	f.drawPins()
	f.placeLabels()
	f.drawOverlays()
}

// frame is the state of one Draw call.
type frame struct {
	dense   bool        // the layer being drawn has so many points in view they are dots
	denseOf []bool      // dense, for each of the scene's layers (see denseLayers)
	stop    func() bool // says to give up the base (nil: never)
	stopped bool        // stop said so
	stamp   *dotStamp
	huge    bool // the feature being drawn is far larger than the view
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

// drawLayer draws a layer's areas and lines when shapes is set, within
// f.clip (plus a margin for strokes) when that is not empty; it queues the
// layer's pins and labels when top is set.
func (f *frame) drawLayer(l *Layer, shapes, top bool) {
	shown := l.Layer
	if l.Display != nil {
		shown = l.Display
	}
	geoms := shown.Simplified(f.v.Zoom)
	view := f.v.World()
	scale := f.v.WorldPx()
	if shapes && !f.clip.Empty() {
		c := f.clip.Inset(-reach(shown.Styles(), f.v.PixelScale()))
		view = orb.Bound{Min: f.world(c.Min), Max: f.world(c.Max)}
	}
	// An area label needs a box at least 1.2 text lines high (see
	// placeLabels); smaller areas are not queued at all. Only the top
	// pass, on one goroutine, measures the text.
	var minH float64
	labels := false
	if top && l.Labels {
		m := f.faces.area.Metrics()
		minH = float64((m.Ascent + m.Descent).Ceil()) * 1.2
		labels = l.Layer.MaxHeight()*scale >= minH
	}
	pins := hasPins(shown) && !f.dense
	if !shapes && !labels && !pins {
		return
	}
	for _, k := range f.offsets() {
		q := orb.Bound{Min: orb.Point{view.Min[0] - k, view.Min[1]}, Max: orb.Point{view.Max[0] - k, view.Max[1]}}
		hits := f.search(shown, q, &f.hits)
		sk, styles := shown.Sketches(), shown.Styles()
		for j, i := range hits {
			if j&1023 == 1023 && shapes && f.halted() {
				return
			}
			// Small areas are drawn from their sketch alone: a view of
			// many thousand reads neither their features nor their
			// geometry.
			if s := &sk[i]; shapes && s.Area {
				if st := fade(styles[s.Style], l.Opacity); f.tiny(s.Bound, k, &st) {
					continue
				}
			}
			st := &styles[sk[i].Style]
			switch g := geoms[i].(type) {
			case nil:
			case orb.Point, orb.MultiPoint:
				if f.drawsPoints(shapes, top) {
					f.drawGeometry(g, fade(*st, l.Opacity), k, l, shown, i)
				}
			case orb.Collection:
				f.drawCollection(g, fade(*st, l.Opacity), k, l, shown, i, shapes, top)
			default:
				if !shapes {
					continue
				}
				f.huge = f.tooBig(f.pxBound(sk[i].Bound, k))
				f.drawGeometry(g, fade(*st, l.Opacity), k, l, shown, i)
			}
		}
		if !labels || !top {
			continue
		}
		if shown != l.Layer {
			hits = f.search(l.Layer, q, &f.hits)
		}
		for _, i := range hits {
			ft := &l.Features[i]
			if ft.Name == "" || ft.Area <= 0 || (ft.Bound.Max[1]-ft.Bound.Min[1])*scale < minH {
				continue
			}
			f.labels = append(f.labels, label{text: ft.Name, at: f.px(ft.LabelAt, k), prio: ft.Area * scale * scale, area: true, box: f.pxBound(ft.Bound, k)})
		}
	}
}

// drawsPoints says whether the pass drawing shapes or top draws the
// layer's points: a dense layer's are dots drawn with the shapes, others
// pins over every layer.
func (f *frame) drawsPoints(shapes, top bool) bool { return f.dense && shapes || !f.dense && top }

// hasPins says whether a layer has geometry drawn as pins.
func hasPins(l *layer.Layer) bool {
	return l.Types["Point"] > 0 || l.Types["MultiPoint"] > 0 || l.Types["GeometryCollection"] > 0
}

// drawCollection draws a geometry collection's shapes, or queues its pins,
// in order.
func (f *frame) drawCollection(g orb.Collection, st style.Style, k float64, l *Layer, shown *layer.Layer, i int, shapes, top bool) {
	for _, c := range g {
		switch c := c.(type) {
		case orb.Point, orb.MultiPoint:
			if f.drawsPoints(shapes, top) {
				f.drawGeometry(c, st, k, l, shown, i)
			}
		case orb.Collection:
			f.drawCollection(c, st, k, l, shown, i, shapes, top)
		default:
			if shapes {
				f.huge = f.tooBig(f.pxBound(shown.Features[i].Bound, k))
				f.drawGeometry(c, st, k, l, shown, i)
			}
		}
	}
}

// fade applies a layer's opacity to a style.
func fade(s style.Style, o float64) style.Style {
	if o >= 1 {
		return s
	}
	o = math.Max(0, o)
	s.Fill.A = uint8(float64(s.Fill.A) * o)
	s.Stroke.A = uint8(float64(s.Stroke.A) * o)
	s.MarkerColor.A = uint8(float64(s.MarkerColor.A) * o)
	return s
}

// px maps a world point, shifted k worlds, to pixels.
func (f *frame) px(p orb.Point, k float64) orb.Point {
	return orb.Point{(p[0]+k)*f.scale + f.ox, p[1]*f.scale + f.oy}
}

func (f *frame) pxBound(b orb.Bound, k float64) orb.Bound {
	return orb.Bound{Min: f.px(b.Min, k), Max: f.px(b.Max, k)}
}

// batch gathers the shapes of consecutive features that share a style, so
// each run is rasterised once instead of once per feature.
type batch struct {
	st     style.Style
	fill   path
	stroke [][]orb.Point
	open   bool
}

// flush rasterises the current run.
func (f *frame) flush() {
	b := &f.batch
	if !b.open {
		return
	}
	if len(b.fill) > 0 && b.st.Fill.A > 0 {
		var src image.Image = image.NewUniform(b.st.Fill)
		if b.st.Hatch {
			src = hatch{c: color.NRGBA{b.st.Stroke.R, b.st.Stroke.G, b.st.Stroke.B, 0xc0}, bg: b.st.Fill, every: int(8 * f.v.PixelScale())}
		}
		f.pt.fill(b.fill, src)
	}
	if len(b.stroke) > 0 && b.st.Stroke.A > 0 && b.st.StrokeWidth > 0 {
		f.pt.stroke(b.stroke, b.st.StrokeWidth*f.v.PixelScale(), b.st.Stroke)
	}
	b.fill, b.stroke, b.open = b.fill[:0], b.stroke[:0], false
	f.buf = f.buf[:0]
}

// use starts a run in style st unless the current run has it already.
func (f *frame) use(st style.Style) {
	if f.batch.open && f.batch.st == st {
		return
	}
	f.flush()
	f.batch.st, f.batch.open = st, true
}

// appendPx converts world points, shifted k worlds, to pixels in f.buf.
func (f *frame) appendPx(ps []orb.Point, k float64) []orb.Point {
	start := len(f.buf)
	for _, q := range ps {
		f.buf = append(f.buf, f.px(q, k))
	}
	return f.buf[start:len(f.buf):len(f.buf)]
}

func (f *frame) drawGeometry(g orb.Geometry, st style.Style, k float64, l *Layer, shown *layer.Layer, i int) {
	switch g := g.(type) {
	case orb.Polygon:
		f.polygon(g, st, k)
	case orb.MultiPolygon:
		for _, p := range g {
			f.polygon(p, st, k)
		}
	case orb.LineString:
		f.use(st)
		f.batch.stroke = append(f.batch.stroke, f.appendPx(g, k))
	case orb.MultiLineString:
		f.use(st)
		for _, ls := range g {
			f.batch.stroke = append(f.batch.stroke, f.appendPx(ls, k))
		}
	case orb.Point:
		if f.dense {
			f.pointDot(f.px(g, k), st.MarkerColor)
			return
		}
		f.pins = append(f.pins, pin{at: f.px(g, k), st: st, name: shown.Features[i].Name, ref: layer.Ref{Layer: shown, Feature: i}, label: l.Labels})
	case orb.MultiPoint:
		for _, p := range g {
			f.drawGeometry(p, st, k, l, shown, i)
		}
	case orb.Collection:
		for _, c := range g {
			f.drawGeometry(c, st, k, l, shown, i)
		}
	}
}

// tiny draws an area of world bound b, shifted k worlds, smaller than a
// pixel as one pixel, and one smaller than smallPx as a dot (see dot), and
// says so.
func (f *frame) tiny(b orb.Bound, k float64, st *style.Style) bool {
	pb := f.pxBound(b, k)
	if pw, ph := pb.Max[0]-pb.Min[0], pb.Max[1]-pb.Min[1]; pw >= 1 || ph >= 1 {
		if pw < smallPx && ph < smallPx && !st.Hatch {
			f.dot(pb, st)
			return true
		}
		return false
	}
	c := st.Fill
	if c.A < 0x80 {
		c.A = 0x80
	}
	x, y := int(math.Floor(pb.Min[0])), int(math.Floor(pb.Min[1]))
	if image.Pt(x, y).In(f.dst.Bounds()) {
		f.dst.SetRGBA(x, y, over(f.dst.RGBAAt(x, y), c))
	}
	return true
}

// over composites c over d.
func over(d color.RGBA, c color.NRGBA) color.RGBA {
	a := uint32(c.A)
	mix := func(dc, sc uint8) uint8 { return uint8((uint32(sc)*a + uint32(dc)*(255-a)) / 255) }
	return color.RGBA{mix(d.R, c.R), mix(d.G, c.G), mix(d.B, c.B), 255}
}

// tooBig reports whether a pixel bound is so much larger than the view
// that its shape must be clipped before it is rasterised.
func (f *frame) tooBig(b orb.Bound) bool {
	return b.Max[0]-b.Min[0] > 4*float64(f.v.Width)+4096 || b.Max[1]-b.Min[1] > 4*float64(f.v.Height)+4096
}

func (f *frame) polygon(p orb.Polygon, st style.Style, k float64) {
	if len(p) == 0 || len(p[0]) < 3 {
		return
	}
	// Only a feature far larger than the view can have such a part, so
	// the parts of the others are not measured.
	if f.huge && f.tooBig(f.pxBound(p[0].Bound(), k)) {
		// Far larger than the view: clip first, so float32 pixel
		// coordinates keep their precision when zoomed in deep.
		w := f.v.World().Pad(64 / f.v.WorldPx())
		w = orb.Bound{Min: orb.Point{w.Min[0] - k, w.Min[1]}, Max: orb.Point{w.Max[0] - k, w.Max[1]}}
		p = clip.Polygon(w, p.Clone())
		if len(p) == 0 {
			return
		}
	}
	f.use(st)
	for _, r := range p {
		px := f.appendPx(r, k)
		f.batch.fill = append(f.batch.fill, px)
		f.batch.stroke = append(f.batch.stroke, px)
	}
}

// outline strokes one feature's outline on top of everything.
func (f *frame) outline(ref layer.Ref, c color.NRGBA, w float64) {
	if !ref.Valid() {
		return
	}
	g := ref.Layer.Features[ref.Feature].Proj
	for _, k := range f.offsets() {
		f.buf = f.buf[:0]
		f.outlineGeometry(g, c, w*f.v.PixelScale(), k)
	}
}

func (f *frame) outlineGeometry(g orb.Geometry, c color.NRGBA, w float64, k float64) {
	switch g := g.(type) {
	case orb.Polygon:
		var rings path
		for _, r := range g {
			rings = append(rings, f.appendPx(r, k))
		}
		f.pt.fill(rings, image.NewUniform(color.NRGBA{c.R, c.G, c.B, 0x30}))
		f.pt.stroke(rings, w, c)
	case orb.MultiPolygon:
		for _, p := range g {
			f.outlineGeometry(p, c, w, k)
		}
	case orb.LineString:
		f.pt.stroke([][]orb.Point{f.appendPx(g, k)}, w+2, c)
	case orb.MultiLineString:
		for _, ls := range g {
			f.pt.stroke([][]orb.Point{f.appendPx(ls, k)}, w+2, c)
		}
	case orb.Point:
		p := f.px(g, k)
		f.pt.fill(path{circle(p, 4*f.v.PixelScale(), 16)}, image.NewUniform(c))
	case orb.MultiPoint:
		for _, q := range g {
			f.outlineGeometry(q, c, w, k)
		}
	case orb.Collection:
		for _, x := range g {
			f.outlineGeometry(x, c, w, k)
		}
	}
}
