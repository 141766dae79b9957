//go:build ignore

// Draws assets/icon.png: a red map pin over a blue-green globe disc.
// Run from the repository root: go run ./assets/icon_gen.go
package main

import (
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"log"
	"math"
	"os"

	"golang.org/x/image/vector"
)

func disc(z *vector.Rasterizer, cx, cy, r float32) {
	z.MoveTo(cx+r, cy)
	for i := 1; i <= 64; i++ {
		a := 2 * math.Pi * float64(i) / 64
		z.LineTo(cx+r*float32(math.Cos(a)), cy+r*float32(math.Sin(a)))
	}
	z.ClosePath()
}

func main() {
	const n = 256
	img := image.NewRGBA(image.Rect(0, 0, n, n))
	z := vector.NewRasterizer(n, n)
	disc(z, 128, 140, 104)
	z.Draw(img, img.Bounds(), image.NewUniform(color.NRGBA{0x3b, 0x7e, 0xa1, 0xff}), image.Point{})
	z.Reset(n, n)
	// Two land masses.
	z.MoveTo(60, 110)
	z.LineTo(120, 80)
	z.LineTo(150, 120)
	z.LineTo(110, 170)
	z.LineTo(70, 160)
	z.ClosePath()
	z.MoveTo(160, 150)
	z.LineTo(215, 140)
	z.LineTo(200, 205)
	z.LineTo(150, 200)
	z.ClosePath()
	z.Draw(img, img.Bounds(), image.NewUniform(color.NRGBA{0xf3, 0xf0, 0xe8, 0xff}), image.Point{})
	// The pin: a head and a tip, in white then red.
	for _, c := range []struct {
		r   float32
		col color.NRGBA
	}{{52, color.NRGBA{0xff, 0xff, 0xff, 0xff}}, {44, color.NRGBA{0xd7, 0x26, 0x3d, 0xff}}} {
		z.Reset(n, n)
		disc(z, 128, 78, c.r)
		z.MoveTo(128-c.r*0.8, 100)
		z.LineTo(128+c.r*0.8, 100)
		z.LineTo(128, 78+c.r*2.6)
		z.ClosePath()
		z.Draw(img, img.Bounds(), image.NewUniform(c.col), image.Point{})
	}
	z.Reset(n, n)
	disc(z, 128, 78, 17)
	z.Draw(img, img.Bounds(), image.NewUniform(color.White), image.Point{})
	_ = draw.Over
	f, err := os.Create("assets/icon.png")
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, img); err != nil {
		log.Fatal(err)
	}
}
