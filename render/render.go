package render

import (
	"image"
	"image/color"
	"image/draw"
	"math"
	"sort"

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

// Ref names one feature of one layer.
type Ref struct {
	Layer   *layer.Layer
	Feature int
}

// Scene is everything drawn in one frame, bottom layer first.
type Scene struct {
	Layers      []Layer
	Background  color.NRGBA
	Selected    *Ref // outlined strongly
	Hover       *Ref // outlined lightly
	Emphasis    *Ref // a pin drawn larger (the place picked in the text)
	Legend      []LegendItem
	LegendTitle string
	Attribution string
	ScaleBar    bool
	Dark        bool // light text on dark halo
}

// Sea is the default background.
var Sea = color.NRGBA{0xc9, 0xdd, 0xea, 0xff}

// Renderer draws scenes. It holds the parsed fonts and may be shared by
// goroutines: each Render call makes its own font faces.
type Renderer struct {
	fonts fonts
	masks maskCache
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
func (r *Renderer) Draw(dst *image.RGBA, s *Scene, v Viewport) {
	bg := s.Background
	if bg.A == 0 {
		bg = Sea
	}
	draw.Draw(dst, dst.Bounds(), image.NewUniform(bg), image.Point{}, draw.Src)
	f := &frame{r: r, dst: dst, v: v, s: s, pt: newPainter(dst), faces: r.fonts.faces(v.PixelScale())}
	f.scale = v.WorldPx()
	f.ox, f.oy = v.ToPixel(orb.Point{0, 0})
	for i := range s.Layers {
		l := &s.Layers[i]
		if l.Hidden || l.Layer == nil {
			continue
		}
		f.drawLayer(l)
		f.flush()
	}
	if s.Hover != nil {
		f.outline(*s.Hover, color.NRGBA{0x00, 0x7a, 0xcc, 0xb0}, 2)
	}
	if s.Selected != nil {
		f.outline(*s.Selected, color.NRGBA{0x00, 0xb4, 0xff, 0xff}, 3.5)
	}
	f.drawPins()
	f.placeLabels()
	f.drawOverlays()
}

// frame is the state of one Draw call.
type frame struct {
	r      *Renderer
	dst    *image.RGBA
	v      Viewport
	s      *Scene
	pt     *painter
	faces  faces
	labels []label
	pins   []pin
	buf    []orb.Point
	batch  batch
	// pixel = world*scale + (ox, oy)
	scale, ox, oy float64
}

// offsets are the world copies (whole-world shifts) the view can see.
func (f *frame) offsets() []float64 {
	w := f.v.World()
	var out []float64
	for k := math.Floor(w.Min[0]) - 1; k <= math.Floor(w.Max[0])+1; k++ {
		out = append(out, k)
	}
	return out
}

func (f *frame) drawLayer(l *Layer) {
	shown := l.Layer
	if l.Display != nil {
		shown = l.Display
	}
	geoms := shown.Simplified(f.v.Zoom)
	view := f.v.World()
	scale := f.v.WorldPx()
	for _, k := range f.offsets() {
		q := orb.Bound{Min: orb.Point{view.Min[0] - k, view.Min[1]}, Max: orb.Point{view.Max[0] - k, view.Max[1]}}
		for _, i := range search(shown, q) {
			ft := &shown.Features[i]
			if g := geoms[i]; g != nil && !f.tiny(g, ft.Bound, k, ft.Style) {
				f.drawGeometry(g, fade(ft.Style, l.Opacity), k, l, shown, i)
			}
		}
		if !l.Labels {
			continue
		}
		for _, i := range search(l.Layer, q) {
			if ft := &l.Features[i]; ft.Name != "" && ft.Area > 0 {
				f.labels = append(f.labels, label{text: ft.Name, at: f.px(ft.LabelAt, k), prio: ft.Area * scale * scale, area: true, box: f.pxBound(ft.Bound, k)})
			}
		}
	}
}

// search lists the features meeting b in file order, the drawing order.
func search(l *layer.Layer, b orb.Bound) []int {
	var hits []int
	l.Search(b, func(i int) bool { hits = append(hits, i); return true })
	sort.Ints(hits)
	return hits
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
		f.pins = append(f.pins, pin{at: f.px(g, k), st: st, name: shown.Features[i].Name, ref: Ref{shown, i}, label: l.Labels})
	case orb.MultiPoint:
		for _, p := range g {
			f.pins = append(f.pins, pin{at: f.px(p, k), st: st, name: shown.Features[i].Name, ref: Ref{shown, i}, label: l.Labels})
		}
	case orb.Collection:
		for _, c := range g {
			f.drawGeometry(c, st, k, l, shown, i)
		}
	}
}

// tiny draws an area smaller than a pixel as one pixel and says so.
func (f *frame) tiny(g orb.Geometry, b orb.Bound, k float64, st style.Style) bool {
	switch g.(type) {
	case orb.Polygon, orb.MultiPolygon:
	default:
		return false
	}
	pb := f.pxBound(b, k)
	if pb.Max[0]-pb.Min[0] >= 1 || pb.Max[1]-pb.Min[1] >= 1 {
		return false
	}
	c := st.Fill
	if c.A < 0x80 {
		c.A = 0x80
	}
	x, y := int(pb.Min[0]), int(pb.Min[1])
	if image.Pt(x, y).In(f.dst.Bounds()) {
		f.dst.SetRGBA(x, y, over(f.dst.RGBAAt(x, y), c))
	}
	return true
}

// over composites c over d.
func over(d color.RGBA, c color.NRGBA) color.RGBA {
	a := uint32(c.A)
	blend := func(dc, sc uint8) uint8 { return uint8((uint32(sc)*a + uint32(dc)*(255-a)) / 255) }
	return color.RGBA{blend(d.R, c.R), blend(d.G, c.G), blend(d.B, c.B), 255}
}

func (f *frame) polygon(p orb.Polygon, st style.Style, k float64) {
	if len(p) == 0 || len(p[0]) < 3 {
		return
	}
	if b := f.pxBound(p[0].Bound(), k); b.Max[0]-b.Min[0] > 4*float64(f.v.Width)+4096 || b.Max[1]-b.Min[1] > 4*float64(f.v.Height)+4096 {
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
func (f *frame) outline(ref Ref, c color.NRGBA, w float64) {
	if ref.Layer == nil || ref.Feature < 0 || ref.Feature >= len(ref.Layer.Features) {
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
