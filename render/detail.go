package render

import (
	"image/color"
	"math"

	"github.com/paulmach/orb"
	"golang.org/x/image/font"

	"newsatlas/layer"
	"newsatlas/style"
)

// Detail is background detail drawn in place of a layer's own features (a
// basemap): features that each show from a least zoom, kept in parts
// (bands of zoom, cells of the world) that the Detail may decode when they
// are first asked for. Its points are drawn as small dots, not pins, and
// their labels yield to every pin's and area's.
type Detail interface {
	// Parts returns the parts to draw at zoom z that may have features
	// within view (world units), bottom first. It is called from several
	// goroutines at once.
	Parts(z float64, view orb.Bound) []DetailPart
}

// DetailPart is one part of a Detail: a layer and the least zoom at which
// each of its features shows.
type DetailPart struct {
	Layer   *layer.Layer
	MinZoom []float32 // by feature index
	// Dashed, when set, tells the lines drawn dashed (railways), by
	// feature index.
	Dashed []bool
}

// detailDash is the dash pattern of a Detail's dashed lines, in pixels at
// scale 1: drawn, then left.
var detailDash = [2]float64{5, 3}

// detailReach is how far, in pixels at scale 1, a Detail's shapes may
// paint outside their bounds: its strokes are no wider than this.
const detailReach = 4

// drawDetail draws a Detail layer's areas, lines and dots when shapes is
// set, within f.clip when that is not empty; it queues the labels of its
// points when top is set.
func (f *frame) drawDetail(l *Layer, shapes, top bool) {
	z := f.v.Zoom
	view := f.v.World()
	if shapes && !f.clip.Empty() {
		c := f.clip.Inset(-int(math.Ceil(detailReach*f.v.PixelScale())) - 2)
		view = orb.Bound{Min: f.world(c.Min), Max: f.world(c.Max)}
	}
	labels := top && l.Labels
	if !shapes && !labels {
		return
	}
	for _, k := range f.offsets() {
		q := orb.Bound{Min: orb.Point{view.Min[0] - k, view.Min[1]}, Max: orb.Point{view.Max[0] - k, view.Max[1]}}
		for _, p := range l.Detail.Parts(z, q) {
			if f.halted() {
				return
			}
			f.drawDetailPart(p, l, k, q, shapes, labels)
		}
	}
}

// drawDetailPart draws, or labels, one part's features in view q, shifted
// k worlds.
func (f *frame) drawDetailPart(p DetailPart, l *Layer, k float64, q orb.Bound, shapes, labels bool) {
	geoms := p.Layer.Simplified(f.v.Zoom)
	sk, styles := p.Layer.Sketches(), p.Layer.Styles()
	hits := f.search(p.Layer, q, &f.hits)
	sc := f.v.PixelScale()
	for _, i := range hits {
		if i < len(p.MinZoom) && float64(p.MinZoom[i]) > f.v.Zoom {
			continue
		}
		st := fade(styles[sk[i].Style], l.Opacity)
		switch g := geoms[i].(type) {
		case nil:
		case orb.Point:
			at := f.px(g, k)
			r := detailDotRadius(st) * sc
			if shapes {
				f.flush()
				ring := st.StrokeWidth * sc
				f.oval(orb.Bound{Min: at, Max: at}.Pad(r+ring), st.Stroke, 1)
				f.oval(orb.Bound{Min: at, Max: at}.Pad(r), st.Fill, 1)
			}
			if labels {
				if name := p.Layer.Features[i].Name; name != "" {
					// Below every pin (1e18) and area label (> 0), the
					// places that show first before the others.
					l := label{text: name, at: at, prio: -1 - float64(p.MinZoom[i]), dx: r + 2*sc, minor: true}
					if st.Fill.A == 0 && (st.Stroke.A == 0 || st.StrokeWidth == 0) {
						// A name without a dot (a neighbourhood's) is centred on
						// its point.
						l.at[0] -= float64(font.MeasureString(f.faces.small, name).Ceil()) / 2
						l.dx = 0
					}
					f.labels = append(f.labels, l)
				}
			}
		default:
			if !shapes {
				continue
			}
			if sk[i].Area && f.dotArea(sk[i].Bound, k, &st) {
				continue
			}
			f.huge = f.spills(f.pxBound(sk[i].Bound, k))
			if i < len(p.Dashed) && p.Dashed[i] {
				f.drawDashed(g, st, k)
				continue
			}
			f.drawGeometry(g, st, k, l, p.Layer, i)
		}
	}
	if shapes {
		f.flush()
	}
}

// drawDashed draws a line or lines of a Detail dashed (see detailDash).
func (f *frame) drawDashed(g orb.Geometry, st style.Style, k float64) {
	var lines []orb.LineString
	switch g := g.(type) {
	case orb.LineString:
		lines = []orb.LineString{g}
	case orb.MultiLineString:
		lines = g
	default:
		return
	}
	f.use(st)
	sc := f.v.PixelScale()
	for _, ls := range lines {
		f.dash(f.appendPx(ls, k), detailDash[0]*sc, detailDash[1]*sc)
	}
}

// dash adds to the current run the dashes of the pixel line px: on pixels
// drawn, off pixels left, and so on along it from its first point; no
// dash is made for a segment off the frame.
func (f *frame) dash(px []orb.Point, on, off float64) {
	if len(px) < 2 || on <= 0 || off <= 0 {
		return
	}
	drawing, left := true, on // left: pixels to the end of the dash or gap
	start := len(f.buf)
	f.buf = append(f.buf, px[0])
	end := func() {
		if len(f.buf)-start >= 2 {
			f.batch.stroke = append(f.batch.stroke, f.buf[start:len(f.buf):len(f.buf)])
		}
	}
	r := f.dst.Rect
	x0, y0, x1, y1 := float64(r.Min.X)-on, float64(r.Min.Y)-on, float64(r.Max.X)+on, float64(r.Max.Y)+on
	for i := 1; i < len(px); i++ {
		a, b := px[i-1], px[i]
		d := math.Hypot(b[0]-a[0], b[1]-a[1])
		if a[0] < x0 && b[0] < x0 || a[0] > x1 && b[0] > x1 || a[1] < y0 && b[1] < y0 || a[1] > y1 && b[1] > y1 {
			// Off the frame: no dashes made, but the pattern goes on, so
			// that the bands of a frame and the strips of a pan agree.
			if drawing {
				end()
			}
			at := on - left // where in the pattern, from a dash's start
			if !drawing {
				at = on + off - left
			}
			at = math.Mod(at+d, on+off)
			drawing = at < on
			left = on - at
			if !drawing {
				left = on + off - at
			}
			start = len(f.buf)
			f.buf = append(f.buf, b)
			continue
		}
		t := 0.0
		for d-t > left {
			t += left
			q := orb.Point{a[0] + (b[0]-a[0])*t/d, a[1] + (b[1]-a[1])*t/d}
			if drawing {
				f.buf = append(f.buf, q)
				end()
				left = off
			} else {
				start = len(f.buf)
				f.buf = append(f.buf, q)
				left = on
			}
			drawing = !drawing
		}
		left -= d - t
		if drawing {
			f.buf = append(f.buf, b)
		}
	}
	if drawing {
		end()
	}
}

// echoesPin says whether a Detail's label names a pin within a few lines
// of it: the place the data pins is not labelled twice.
func (f *frame) echoesPin(l label) bool {
	near := 100 * f.v.PixelScale()
	for _, p := range f.pins {
		if p.label && p.name == l.text && math.Abs(p.at[0]-l.at[0]) < near && math.Abs(p.at[1]-l.at[1]) < near {
			return true
		}
	}
	return false
}

// detailDotRadius is the radius, in pixels at scale 1, of a Detail's
// point: a third of its marker's (small, medium or large: 5, 7, 10).
func detailDotRadius(st style.Style) float64 { return st.MarkerRadius() / 3 }

// minorText draws a Detail's label with its baseline at (x, y): grey on a
// white halo, lighter than the labels of the data.
func (f *frame) minorText(s string, x, y int) {
	fg, halo := color.NRGBA{0x55, 0x55, 0x55, 0xff}, color.NRGBA{0xff, 0xff, 0xff, 0xc0}
	if f.s.Dark {
		fg, halo = color.NRGBA{0xcc, 0xcc, 0xcc, 0xff}, color.NRGBA{0x10, 0x10, 0x10, 0xc0}
	}
	f.textIn(s, f.faces.small, x, y, fg, halo)
}
