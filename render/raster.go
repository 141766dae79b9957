package render

import (
	"image"
	"image/color"
	"image/draw"
	"math"

	"github.com/paulmach/orb"
	"golang.org/x/image/vector"
)

// painter draws paths in pixel coordinates onto dst, reusing one
// rasteriser sized to each shape's bounding box.
type painter struct {
	dst *image.RGBA
	z   vector.Rasterizer
	pts []orb.Point // scratch
}

// path is a set of closed pixel-space rings drawn with the non-zero rule.
type path [][]orb.Point

func (p path) bound() image.Rectangle {
	minX, minY, maxX, maxY := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, r := range p {
		for _, q := range r {
			minX, minY = math.Min(minX, q[0]), math.Min(minY, q[1])
			maxX, maxY = math.Max(maxX, q[0]), math.Max(maxY, q[1])
		}
	}
	if minX > maxX {
		return image.Rectangle{}
	}
	return image.Rect(int(math.Floor(minX)), int(math.Floor(minY)), int(math.Ceil(maxX))+1, int(math.Ceil(maxY))+1)
}

// fill paints the path with src (a colour or a pattern).
func (pt *painter) fill(p path, src image.Image) {
	r := p.bound().Intersect(pt.dst.Bounds())
	if r.Empty() {
		return
	}
	pt.z.Reset(r.Dx(), r.Dy())
	ox, oy := float64(r.Min.X), float64(r.Min.Y)
	for _, ring := range p {
		if len(ring) < 3 {
			continue
		}
		pt.z.MoveTo(float32(ring[0][0]-ox), float32(ring[0][1]-oy))
		for _, q := range ring[1:] {
			pt.z.LineTo(float32(q[0]-ox), float32(q[1]-oy))
		}
		pt.z.ClosePath()
	}
	pt.z.DrawOp = draw.Over
	pt.z.Draw(pt.dst, r, src, r.Min)
}

// stroke paints lines of width w: each segment a quad, wound the same way
// so overlaps add up instead of cancelling, with round joins when wide.
func (pt *painter) stroke(lines [][]orb.Point, w float64, c color.Color, closed bool) {
	if w <= 0 {
		return
	}
	hw := w / 2
	var p path
	for _, l := range lines {
		n := len(l)
		for i := 1; i < n; i++ {
			p = appendSegment(p, l[i-1], l[i], hw)
		}
		if w > 2.5 {
			for i := 0; i < n; i++ {
				p = append(p, circle(l[i], hw, 8))
			}
		}
	}
	if len(p) > 0 {
		pt.fill(p, image.NewUniform(c))
	}
}

func appendSegment(p path, a, b orb.Point, hw float64) path {
	dx, dy := b[0]-a[0], b[1]-a[1]
	l := math.Hypot(dx, dy)
	if l < 1e-9 {
		return p
	}
	nx, ny := -dy/l*hw, dx/l*hw
	return append(p, []orb.Point{{a[0] + nx, a[1] + ny}, {b[0] + nx, b[1] + ny}, {b[0] - nx, b[1] - ny}, {a[0] - nx, a[1] - ny}})
}

// circle is a clockwise (in pixel space) polygon around c.
func circle(c orb.Point, r float64, n int) []orb.Point {
	out := make([]orb.Point, n)
	for i := range out {
		a := 2 * math.Pi * float64(i) / float64(n)
		out[i] = orb.Point{c[0] + r*math.Cos(a), c[1] + r*math.Sin(a)}
	}
	return out
}

// pinPath is a map pin whose tip is at (x, y): a circle of radius r whose
// centre is 2.2r above the tip, joined to the tip by its two tangents.
func pinPath(x, y, r float64) []orb.Point {
	cy := y - 2.2*r
	t := math.Acos(r / (y - cy)) // angle at the centre between "down" and a tangent point
	right := math.Pi/2 - t       // angles measured from +x towards +y (down)
	span := 2*math.Pi - 2*t      // the arc over the top, from right to left
	const steps = 24
	out := []orb.Point{{x, y}}
	for i := 0; i <= steps; i++ {
		th := right - span*float64(i)/steps
		out = append(out, orb.Point{x + r*math.Cos(th), cy + r*math.Sin(th)})
	}
	return out
}

// hatch is an image of diagonal stripes, for contested zones.
type hatch struct {
	c     color.NRGBA
	bg    color.NRGBA
	every int
}

func (h hatch) ColorModel() color.Model { return color.NRGBAModel }
func (h hatch) Bounds() image.Rectangle {
	return image.Rect(-1e9, -1e9, 1e9, 1e9)
}
func (h hatch) At(x, y int) color.Color {
	if ((x+y)%h.every+h.every)%h.every < h.every/3+1 {
		return h.c
	}
	return h.bg
}
