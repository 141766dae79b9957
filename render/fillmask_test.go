package render

import (
	"image"
	"image/color"
	"image/draw"
	"testing"

	"github.com/paulmach/orb"
	"golang.org/x/image/vector"
)

// TestRasterMatchesRasterizer checks that compositing from the coverage
// mask paints what the rasteriser's own Over paints: the same pixels
// exactly where a shape covers them whole or not at all, within a level
// at its anti-aliased edges, for opaque and translucent colours over a
// background of several colours, and for shapes both smaller and larger
// than the rasteriser's fixed-point threshold.
func TestRasterMatchesRasterizer(t *testing.T) {
	star := func(cx, cy, r float64) []orb.Point {
		var ps []orb.Point
		for i := range 10 {
			q := r
			if i%2 == 1 {
				q = r * 0.4
			}
			p := circle(orb.Point{cx, cy}, q, 10)[i]
			ps = append(ps, p)
		}
		return ps
	}
	for _, size := range []int{100, 700} {
		rings := [][]orb.Point{
			star(float64(size)/2, float64(size)/2, float64(size)*0.45),
			circle(orb.Point{float64(size) * 0.2, float64(size) * 0.8}, float64(size)*0.1, 32),
		}
		for _, c := range []color.NRGBA{{0x20, 0x80, 0xc0, 0xff}, {0xd0, 0x40, 0x10, 0x90}, {0xff, 0xff, 0xff, 0x10}} {
			bg := func() *image.RGBA {
				img := image.NewRGBA(image.Rect(0, 0, size, size))
				draw.Draw(img, image.Rect(0, 0, size, size/2), image.NewUniform(color.NRGBA{0xc9, 0xdd, 0xea, 0xff}), image.Point{}, draw.Src)
				draw.Draw(img, image.Rect(0, size/2, size, size), image.NewUniform(color.NRGBA{0x30, 0x30, 0x30, 0x80}), image.Point{}, draw.Src)
				return img
			}
			// Within a rectangle off the origin, as a band or a tile is.
			r := image.Rect(size/10, size/20, size-3, size-size/7)
			got, want := bg(), bg()
			raster(&rasterizer{}, got, r, rings, image.NewUniform(c))
			var z vector.Rasterizer
			addRings(&z, r, rings)
			z.DrawOp = draw.Over
			z.Draw(want, r, image.NewUniform(c), r.Min)
			edges := 0
			for i := range got.Pix {
				d := int(got.Pix[i]) - int(want.Pix[i])
				if d < -1 || d > 1 {
					t.Fatalf("size %d, colour %v: byte %d is %d, the rasteriser's %d", size, c, i, got.Pix[i], want.Pix[i])
				}
				if d != 0 {
					edges++
				}
			}
			if edges > 8*size {
				t.Errorf("size %d, colour %v: %d bytes differ by a level, more than the edges hold", size, c, edges)
			}
			// Inside the star, over both backgrounds, and outside it.
			for _, p := range []image.Point{{size / 2, size/2 - 4}, {size / 2, size/2 + 4}, {size - 5, 5}} {
				if g, w := got.RGBAAt(p.X, p.Y), want.RGBAAt(p.X, p.Y); g != w {
					t.Errorf("size %d, colour %v: pixel %v is %v, the rasteriser's %v", size, c, p, g, w)
				}
			}
			if got.RGBAAt(size/2, size/2) == bg().RGBAAt(size/2, size/2) {
				t.Errorf("size %d, colour %v: the star's centre is not painted", size, c)
			}
		}
	}
}
