package render

import (
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"math"
	"sort"
	"sync"
	"unicode/utf8"

	"github.com/paulmach/orb"
	"golang.org/x/image/font"
	"golang.org/x/image/math/fixed"

	"newsatlas/layer"
	"newsatlas/style"
)

// label is a candidate text on the map.
type label struct {
	text string
	at   orb.Point // pixel anchor: centre for areas, pin head for pins
	prio float64   // larger goes first
	area bool
	box  orb.Bound // the area's pixel bound (areas only)
	dx   float64   // offset of the text's left edge from at (pins)
	// minor is a Detail's point label: smaller and lighter (see minorText).
	minor bool
}

// pin is a point feature drawn as a map pin.
type pin struct {
	at    orb.Point
	st    style.Style
	name  string
	ref   layer.Ref
	label bool
}

// drawPins draws every pin after all fills so none is hidden under a
// polygon of a higher layer, and queues their labels first.
func (f *frame) drawPins() {
	sc := f.v.PixelScale()
	// As web maps stack markers: a pin lower on the screen stands in front
	// of those above it, and the emphasised pin in front of all.
	front := func(p pin) bool { return f.s.Emphasis != nil && *f.s.Emphasis == p.ref }
	sort.SliceStable(f.pins, func(i, j int) bool {
		a, b := f.pins[i], f.pins[j]
		if fa, fb := front(a), front(b); fa != fb {
			return fb
		}
		return a.at[1] < b.at[1]
	})
	for _, p := range f.pins {
		r := p.st.MarkerRadius() * sc
		if f.s.Emphasis != nil && *f.s.Emphasis == p.ref {
			r *= 1.4
		}
		if p.at[0] < -3*r || p.at[1] < -r || p.at[0] > float64(f.v.Width)+3*r || p.at[1] > float64(f.v.Height)+4*r {
			continue
		}
		f.pt.fill(path{pinPath(p.at[0], p.at[1], r+1.2*sc)}, image.NewUniform(color.NRGBA{0xff, 0xff, 0xff, p.st.MarkerColor.A}))
		f.pt.fill(path{pinPath(p.at[0], p.at[1], r)}, image.NewUniform(p.st.MarkerColor))
		head := orb.Point{p.at[0], p.at[1] - 2.2*(r+1.2*sc) + 1.2*sc}
		if sym := p.st.MarkerSymbol; sym != "" && utf8.RuneCountInString(sym) <= 2 {
			// simplestyle's marker-symbol: a letter or a number in the head.
			m := f.r.masks.get(sym, f.faces.small, f.faceID(f.faces.small))
			b := m.text.Rect
			at := image.Pt(int(head[0])-b.Dx()/2, int(head[1])-b.Dy()/2)
			draw.DrawMask(f.dst, b.Add(at), image.NewUniform(color.NRGBA{0xff, 0xff, 0xff, p.st.MarkerColor.A}), image.Point{}, m.text, image.Point{}, draw.Over)
		} else {
			f.pt.fill(path{circle(head, r*0.38, 12)}, image.NewUniform(color.NRGBA{0xff, 0xff, 0xff, p.st.MarkerColor.A}))
		}
		if p.label && p.name != "" {
			f.labels = append(f.labels, label{text: p.name, at: head, prio: 1e18, dx: r + 3*sc})
		}
	}
}

// placeLabels draws labels greedily by priority, skipping any that would
// overlap one already placed or a pin's head.
func (f *frame) placeLabels() {
	sort.SliceStable(f.labels, func(i, j int) bool { return f.labels[i].prio > f.labels[j].prio })
	// Labels keep clear of the legend, the scale bar and the attribution.
	taken := []image.Rectangle{f.legendBox(), image.Rect(0, f.v.Height-int(30*f.v.PixelScale()), int(200*f.v.PixelScale()), f.v.Height)}
	if f.s.Attribution != "" {
		taken = append(taken, image.Rect(f.v.Width-int(400*f.v.PixelScale()), f.v.Height-int(20*f.v.PixelScale()), f.v.Width, f.v.Height))
	}
	sc := f.v.PixelScale()
	for _, p := range f.pins {
		r := p.st.MarkerRadius() * sc
		taken = append(taken, image.Rect(int(p.at[0]-r), int(p.at[1]-3.3*r), int(p.at[0]+r), int(p.at[1])))
	}
	pad := int(2 * sc)
	bounds := f.dst.Bounds()
	// The names placed, for an area or a place of the basemap whose name
	// is already written nearby (a neighbourhood in three pieces): once is
	// enough. A pin's label is always tried.
	placedAt := map[string][]orb.Point{}
	repeat := labelRepeatPixels * sc
	for _, l := range f.labels {
		pinLabel := !l.area && !l.minor
		if !pinLabel && nearAny(l.at, placedAt[l.text], repeat) {
			continue
		}
		face := f.faces.pinLabel
		if l.area {
			face = f.faces.area
		}
		if l.minor {
			if f.echoesPin(l) {
				continue
			}
			face = f.faces.small
		}
		w := font.MeasureString(face, l.text).Ceil()
		m := face.Metrics()
		h := (m.Ascent + m.Descent).Ceil()
		var cands [][2]int
		if l.area {
			bw, bh := l.box.Max[0]-l.box.Min[0], l.box.Max[1]-l.box.Min[1]
			if bw < float64(w)*0.9 || bh < float64(h)*1.2 || l.prio < 0.5*float64(w*h) {
				continue
			}
			cands = [][2]int{{int(l.at[0]) - w/2, int(l.at[1]) - h/2}}
		} else {
			// Right of the pin, else left, above or below it.
			ax, ay, dx := int(l.at[0]), int(l.at[1]), int(l.dx)
			cands = [][2]int{{ax + dx, ay - h/2}, {ax - dx - w, ay - h/2}, {ax - w/2, ay - dx - h}, {ax - w/2, ay + 2*dx}}
		}
		placed := false
		var x, y int
		for _, c := range cands {
			x, y = c[0], c[1]
			rect := image.Rect(x-pad, y-pad, x+w+pad, y+h+pad)
			if rect.In(bounds) && !overlaps(rect, taken) {
				taken = append(taken, rect)
				placed = true
				break
			}
		}
		if !placed {
			continue
		}
		placedAt[l.text] = append(placedAt[l.text], l.at)
		if l.minor {
			f.minorText(l.text, x, y+m.Ascent.Ceil())
			continue
		}
		f.text(l.text, face, x, y+m.Ascent.Ceil(), !l.area)
	}
}

// labelRepeatPixels is how far apart (at 1x) two labels of one name must
// be for the second to be written too.
const labelRepeatPixels = 160

// nearAny reports whether one of pts lies within d of p (each axis).
func nearAny(p orb.Point, pts []orb.Point, d float64) bool {
	for _, q := range pts {
		if math.Abs(p[0]-q[0]) < d && math.Abs(p[1]-q[1]) < d {
			return true
		}
	}
	return false
}

func overlaps(r image.Rectangle, taken []image.Rectangle) bool {
	for _, t := range taken {
		if r.Overlaps(t) {
			return true
		}
	}
	return false
}

// text draws s with its baseline at (x, y) and a halo for legibility.
func (f *frame) text(s string, face font.Face, x, y int, strong bool) {
	fg, halo := color.NRGBA{0x33, 0x33, 0x33, 0xff}, color.NRGBA{0xff, 0xff, 0xff, 0xd0}
	if strong {
		fg = color.NRGBA{0x11, 0x11, 0x11, 0xff}
	}
	if f.s.Dark {
		fg, halo = color.NRGBA{0xee, 0xee, 0xee, 0xff}, color.NRGBA{0x10, 0x10, 0x10, 0xd0}
	}
	f.textIn(s, face, x, y, fg, halo)
}

// textIn draws s with its baseline at (x, y) in colour fg over a halo.
func (f *frame) textIn(s string, face font.Face, x, y int, fg, halo color.NRGBA) {
	m := f.r.masks.get(s, face, f.faceID(face))
	r := m.text.Rect.Add(image.Pt(x-1, y-m.ascent-1))
	draw.DrawMask(f.dst, r, image.NewUniform(halo), image.Point{}, m.halo, image.Point{}, draw.Over)
	draw.DrawMask(f.dst, r, image.NewUniform(fg), image.Point{}, m.text, image.Point{}, draw.Over)
}

// faceID tells the frame's faces apart in the mask cache.
func (f *frame) faceID(face font.Face) string {
	size := fmt.Sprint(f.v.PixelScale())
	switch face {
	case f.faces.pinLabel:
		return "pin" + size
	case f.faces.area:
		return "area" + size
	case f.faces.small:
		return "small" + size
	}
	return "title" + size
}

// mask is a label's text and halo rendered once as alpha masks, so frames
// that show the same labels (every pan) only composite them.
type mask struct {
	text, halo *image.Alpha
	ascent     int
}

// maskCache keeps label masks by text and face; it is safe for concurrent
// use and forgets everything when it grows past maxMasks.
type maskCache struct {
	mu sync.Mutex
	m  map[string]*mask
}

const maxMasks = 4096

func (c *maskCache) get(s string, face font.Face, faceID string) *mask {
	key := faceID + "\x00" + s
	c.mu.Lock()
	m, ok := c.m[key]
	c.mu.Unlock()
	if ok {
		return m
	}
	met := face.Metrics()
	asc, h := met.Ascent.Ceil(), (met.Ascent + met.Descent).Ceil()
	w := font.MeasureString(face, s).Ceil()
	text := image.NewAlpha(image.Rect(0, 0, w+2, h+2))
	d := font.Drawer{Dst: text, Src: image.Opaque, Face: face, Dot: fixed.P(1, asc+1)}
	d.DrawString(s)
	halo := image.NewAlpha(text.Rect)
	for y := 0; y < h+2; y++ {
		for x := 0; x < w+2; x++ {
			var v uint8
			for dy := -1; dy <= 1; dy++ {
				for dx := -1; dx <= 1; dx++ {
					if a := text.AlphaAt(x+dx, y+dy).A; a > v {
						v = a
					}
				}
			}
			halo.Pix[y*halo.Stride+x] = v
		}
	}
	m = &mask{text: text, halo: halo, ascent: asc}
	c.mu.Lock()
	if c.m == nil || len(c.m) >= maxMasks {
		c.m = map[string]*mask{}
	}
	c.m[key] = m
	c.mu.Unlock()
	return m
}
