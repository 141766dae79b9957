package render

import (
	"image"
	"image/color"
	"math"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/clip"

	"newsatlas/layer"
	"newsatlas/style"
)

// drawLayer draws a layer's areas and lines when shapes is set, within
// f.clip (plus a margin for strokes) when that is not empty; it queues the
// layer's pins and labels when top is set.
func (f *frame) drawLayer(l *Layer, shapes, top bool) {
	if l.Detail != nil {
		f.drawDetail(l, shapes, top)
		return
	}
	shown := l.Layer
	if l.Display != nil {
		shown = l.Display
	}
	geoms := shown.Simplified(f.v.Zoom)
	view := f.v.World()
	scale := f.v.WorldPx()
	if shapes && !f.clip.Empty() {
		sts, _ := l.styles(shown)
		c := f.clip.Inset(-reach(sts, f.v.PixelScale()))
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
		sk := shown.Sketches()
		styles, of := l.styles(shown)
		for j, i := range hits {
			if j&1023 == 1023 && shapes && f.halted() {
				return
			}
			// Small areas are drawn from their sketch alone: a view of
			// many thousand reads neither their features nor their
			// geometry.
			if s := &sk[i]; shapes && s.Area {
				if st := fade(styles[styleIndex(sk, of, i)], l.Opacity); f.dotArea(s.Bound, k, &st) {
					continue
				}
			}
			st := &styles[styleIndex(sk, of, i)]
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
				f.huge = f.spills(f.pxBound(sk[i].Bound, k))
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
				f.huge = f.spills(f.pxBound(shown.Features[i].Bound, k))
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
		f.polygon(g, st, k, f.huge)
	case orb.MultiPolygon:
		for _, p := range g {
			// A part of a feature that spills may lie wholly outside
			// (an island of a country beyond the view), or need no clip.
			spills := false
			if f.huge && len(p) > 0 {
				b := f.pxBound(p[0].Bound(), k)
				if !f.meets(b) {
					continue
				}
				spills = f.spills(b)
			}
			f.polygon(p, st, k, spills)
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

// dotArea draws an area of world bound b, shifted k worlds, smaller than
// a pixel as one pixel, and one smaller than smallPx as a dot (see dot),
// and says whether it did.
func (f *frame) dotArea(b orb.Bound, k float64, st *style.Style) bool {
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
		f.dst.SetRGBA(x, y, overPixel(f.dst.RGBAAt(x, y), c))
	}
	return true
}

// clipMargin is how far, in pixels, past the part of the image being
// drawn a shape is clipped (see spills): more than a stroke's width, so
// the edges clipping adds are never seen.
const clipMargin = 64

// spills reports whether a pixel bound reaches past the part of the image
// being drawn (a band, a strip or the whole image) and its margin, so that
// its shape is clipped to them before it is rasterised: the rasteriser
// works every pixel of a shape's bound within the image, however few the
// shape covers (a country around the view's edge, or beside it), and the
// float32 pixels of a shape far larger than the view lose precision.
func (f *frame) spills(b orb.Bound) bool {
	r := f.dst.Bounds()
	return b.Min[0] < float64(r.Min.X)-clipMargin || b.Min[1] < float64(r.Min.Y)-clipMargin ||
		b.Max[0] > float64(r.Max.X)+clipMargin || b.Max[1] > float64(r.Max.Y)+clipMargin
}

// meets reports whether a pixel bound meets the part of the image being
// drawn or its margin (see spills).
func (f *frame) meets(b orb.Bound) bool {
	r := f.dst.Bounds()
	return b.Max[0] >= float64(r.Min.X)-clipMargin && b.Max[1] >= float64(r.Min.Y)-clipMargin &&
		b.Min[0] <= float64(r.Max.X)+clipMargin && b.Min[1] <= float64(r.Max.Y)+clipMargin
}

// polygon adds a polygon, shifted k worlds, to the run in style st,
// clipped first when spills says (of the polygon's feature: a part of a
// feature that does not spill does not either).
func (f *frame) polygon(p orb.Polygon, st style.Style, k float64, spills bool) {
	if len(p) == 0 || len(p[0]) < 3 {
		return
	}
	if spills {
		m := float64(clipMargin) + st.StrokeWidth*f.v.PixelScale()
		r := f.dst.Bounds()
		min, max := f.world(r.Min), f.world(r.Max)
		w := orb.Bound{Min: orb.Point{min[0] - k, min[1]}, Max: orb.Point{max[0] - k, max[1]}}.Pad(m / f.scale)
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
