package animate

import (
	"image"
	"image/color"
	"image/draw"
	"io"
	"testing"
)

// BenchmarkGIF52 encodes 52 frames at 1280x800 of a map-like picture (flat
// areas, a gradient, a moving dot and caption-sized box), the encoder's
// share of a weekly year's animation.
func BenchmarkGIF52(b *testing.B) {
	frames := make([]*image.RGBA, 52)
	for i := range frames {
		img := image.NewRGBA(image.Rect(0, 0, 1280, 800))
		draw.Draw(img, img.Rect, image.NewUniform(color.RGBA{0xc9, 0xdd, 0xea, 0xff}), image.Point{}, draw.Src)
		draw.Draw(img, image.Rect(200, 100, 1100, 700), image.NewUniform(color.RGBA{0xf2, 0xef, 0xe9, 0xff}), image.Point{}, draw.Src)
		for x := range 256 {
			draw.Draw(img, image.Rect(200+x*3, 700, 203+x*3, 720), image.NewUniform(color.RGBA{uint8(x), 0x80, uint8(255 - x), 0xff}), image.Point{}, draw.Src)
		}
		draw.Draw(img, image.Rect(10, 10, 10+i*4, 40), image.NewUniform(color.RGBA{0x22, 0x22, 0x22, 0xff}), image.Point{}, draw.Src)
		draw.Draw(img, image.Rect(300+i*12, 400, 312+i*12, 412), image.NewUniform(color.RGBA{0xd7, 0x26, 0x3d, 0xff}), image.Point{}, draw.Src)
		frames[i] = img
	}
	b.ReportAllocs()
	for b.Loop() {
		var a GIF
		for _, f := range frames {
			if err := a.Add(f); err != nil {
				b.Fatal(err)
			}
		}
		if err := a.Encode(io.Discard); err != nil {
			b.Fatal(err)
		}
	}
}
