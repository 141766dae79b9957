package animate_test

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/gif"

	"newsatlas/animate"
)

// Three frames of a dot moving across a sea: the later frames hold only
// the pixels that changed.
func ExampleGIF() {
	var a animate.GIF
	for i := range 3 {
		img := image.NewRGBA(image.Rect(0, 0, 100, 50))
		draw.Draw(img, img.Rect, image.NewUniform(color.RGBA{0xc9, 0xdd, 0xea, 0xff}), image.Point{}, draw.Src)
		draw.Draw(img, image.Rect(10+30*i, 20, 20+30*i, 30), image.NewUniform(color.RGBA{0xd7, 0x26, 0x3d, 0xff}), image.Point{}, draw.Src)
		a.Add(img)
	}
	var buf bytes.Buffer
	if err := a.Encode(&buf); err != nil {
		fmt.Println(err)
		return
	}
	g, _ := gif.DecodeAll(&buf)
	for _, f := range g.Image {
		fmt.Println(f.Bounds())
	}
	// Output:
	// (0,0)-(100,50)
	// (10,20)-(50,30)
	// (40,20)-(80,30)
}
