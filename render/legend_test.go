package render

import (
	"fmt"
	"image"
	"image/color"
	"strings"
	"testing"

	"github.com/paulmach/orb"

	"newsatlas/layer"
	"newsatlas/style"
)

// blobs finds the pixels of img near colour c: their bound, count and
// how many separate blobs (4-connected) they make.
func blobs(img *image.RGBA, c color.NRGBA) (b image.Rectangle, n, parts int) {
	near := func(x, y int) bool {
		p := img.RGBAAt(x, y)
		d := func(a, b uint8) int { return max(int(a)-int(b), int(b)-int(a)) }
		return max(d(p.R, c.R), d(p.G, c.G), d(p.B, c.B)) <= 40
	}
	seen := map[image.Point]bool{}
	r := img.Bounds()
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			if !near(x, y) || seen[image.Pt(x, y)] {
				continue
			}
			parts++
			stack := []image.Point{{x, y}}
			seen[stack[0]] = true
			for len(stack) > 0 {
				p := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				n++
				b = b.Union(image.Rectangle{p, p.Add(image.Pt(1, 1))})
				for _, q := range []image.Point{p.Add(image.Pt(1, 0)), p.Add(image.Pt(-1, 0)), p.Add(image.Pt(0, 1)), p.Add(image.Pt(0, -1))} {
					if q.In(r) && !seen[q] && near(q.X, q.Y) {
						seen[q] = true
						stack = append(stack, q)
					}
				}
			}
		}
	}
	return b, n, parts
}

// TestLegendSymbols draws a legend row of each kind in a colour of its
// own and measures the shape each leaves.
func TestLegendSymbols(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	// A layer of more than DensePoints points in view, drawn as dots,
	// far from the legend.
	var b strings.Builder
	b.WriteString(`{"type":"FeatureCollection","features":[`)
	for i := range DensePoints + 100 {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[%g,%g]}}`, -40+float64(i%50)*0.2, -20+float64(i/50)*0.2)
	}
	b.WriteString(`]}`)
	grey := style.Spec
	grey.MarkerColor = color.NRGBA{0x80, 0x80, 0x80, 0xff}
	dense, err := layer.Parse("dense", []byte(b.String()), layer.Options{Style: grey})
	if err != nil {
		t.Fatal(err)
	}
	sparse, err := layer.Parse("sparse", []byte(`{"type":"Point","coordinates":[-30,-30]}`), layer.Options{Style: grey})
	if err != nil {
		t.Fatal(err)
	}
	solid := func(c color.NRGBA) style.Style {
		s := style.Spec
		s.Fill, s.MarkerColor, s.StrokeWidth = c, c, 2
		s.Stroke = color.NRGBA{0x20, 0x20, 0x20, 0xff}
		return s
	}
	line := solid(color.NRGBA{})
	line.Stroke = color.NRGBA{0xe7, 0x29, 0x8a, 0xff}
	area, marker, dots := color.NRGBA{0x00, 0x72, 0xb2, 0xff}, color.NRGBA{0xff, 0x7f, 0x0e, 0xff}, color.NRGBA{0x80, 0x00, 0x40, 0xff}
	s := &Scene{
		Background: color.NRGBA{0xff, 0xff, 0xff, 0xff},
		Layers:     []Layer{{Layer: dense, Opacity: 1}, {Layer: sparse, Opacity: 1}},
		Legend: []LegendItem{
			{Label: "heading", Kind: LegendHeading},
			{Label: "area", Style: solid(area), Kind: LegendArea},
			{Label: "line", Style: line, Kind: LegendLine},
			{Label: "marker", Style: solid(marker), Kind: LegendMarker, Layer: sparse},
			{Label: "dots", Style: solid(dots), Kind: LegendMarker, Layer: dense},
		},
	}
	v := Fit(orb.Bound{Min: orb.Point{-60, -40}, Max: orb.Point{60, 40}}, 640, 400, 0)
	img := r.Render(s, v)
	save(t, img, "legend-symbols.png")
	if got := s.Legend[4].KindIn(s, denseLayers(s, v)); got != LegendDots {
		t.Errorf("a marker row of a dense layer is drawn as %v, want dots", got)
	}
	if got := s.Legend[3].KindIn(s, denseLayers(s, v)); got != LegendMarker {
		t.Errorf("a marker row of a sparse layer is drawn as %v, want a marker", got)
	}
	for _, c := range []struct {
		kind  string
		c     color.NRGBA
		check func(b image.Rectangle, n, parts int) bool
	}{
		{"area", area, func(b image.Rectangle, n, parts int) bool { return parts == 1 && n >= 150 && n >= b.Dx()*b.Dy()*9/10 }},
		{"line", line.Stroke, func(b image.Rectangle, n, parts int) bool {
			return parts == 1 && b.Dx() >= 15 && n < b.Dx()*b.Dy()*6/10
		}},
		{"marker", marker, func(b image.Rectangle, n, parts int) bool {
			return parts == 1 && b.Dx() <= 11 && b.Dy() > b.Dx() && n >= 30
		}},
		{"dots", dots, func(b image.Rectangle, n, parts int) bool { return parts >= 4 && n <= 60 && b.Dx() >= 10 }},
	} {
		b, n, parts := blobs(img, c.c)
		if !c.check(b, n, parts) {
			t.Errorf("%s symbol: %d pixels in %d blobs over %v: not its shape", c.kind, n, parts, b)
		}
	}
}

// TestLegendTitleWraps: a title too long for the legend is broken before
// its part in brackets, so the legend is as wide as the title's first
// part and one row taller, not stretched across the map; the rows stay
// in the box.
func TestLegendTitleWraps(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	grey := color.NRGBA{0x80, 0x80, 0x80, 0xff}
	area := color.NRGBA{0x00, 0x72, 0xb2, 0xff}
	fill := style.Spec
	fill.Fill = area
	box := func(title string) (image.Rectangle, image.Rectangle) {
		s := &Scene{Background: grey, LegendTitle: title, Legend: []LegendItem{{Label: "Government", Style: fill, Kind: LegendArea}}}
		v := Fit(orb.Bound{Min: orb.Point{-60, -40}, Max: orb.Point{60, 40}}, 640, 400, 0)
		img := r.Render(s, v)
		// The legend's white over grey.
		b, _, _ := blobs(img, color.NRGBA{0xec, 0xec, 0xec, 0xff})
		sym, _, _ := blobs(img, area)
		return b, sym
	}
	short, shortSym := box("Aleppo, as of 22 Dec 2016")
	long, longSym := box("Aleppo, as of 22 Dec 2016 (the record ends there)")
	if long.Dx() != short.Dx() || long.Dy() != short.Dy()+18 {
		t.Errorf("legend %v with the long title, want %v one row (18 px) taller", long, short)
	}
	if !longSym.In(long) || longSym.Min.Y != shortSym.Min.Y+18 {
		t.Errorf("the symbol at %v in %v, want one row under %v", longSym, long, shortSym)
	}
	for _, tt := range []struct {
		in   string
		want []string
	}{
		{"Aleppo", []string{"Aleppo"}},
		{"Aleppo (2016) (final)", []string{"Aleppo", "(2016)", "(final)"}},
		{"(record) ends", []string{"(record) ends"}},
	} {
		if got := splitBeforeBrackets(tt.in); fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("splitBeforeBrackets(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
