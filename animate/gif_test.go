package animate

import (
	"bytes"
	"image"
	"image/color"
	"image/draw"
	"image/gif"
	"testing"
)

// composite plays a decoded GIF: the picture shown after each frame.
func composite(g *gif.GIF) []*image.RGBA {
	cur := image.NewRGBA(image.Rect(0, 0, g.Config.Width, g.Config.Height))
	var out []*image.RGBA
	for _, f := range g.Image {
		draw.Draw(cur, f.Bounds(), f, f.Bounds().Min, draw.Over)
		out = append(out, image.NewRGBA(cur.Rect))
		copy(out[len(out)-1].Pix, cur.Pix)
	}
	return out
}

// scene is a test frame: a sea, a land and a dot of n's colour at x.
func scene(x int, dot color.RGBA) *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, 120, 80))
	draw.Draw(img, img.Rect, image.NewUniform(color.RGBA{0xc9, 0xdd, 0xea, 0xff}), image.Point{}, draw.Src)
	draw.Draw(img, image.Rect(0, 40, 120, 80), image.NewUniform(color.RGBA{0xf2, 0xef, 0xe9, 0xff}), image.Point{}, draw.Src)
	// A soft edge: a gradient of 40 greys.
	for i := range 40 {
		draw.Draw(img, image.Rect(i*3, 0, i*3+3, 4), image.NewUniform(color.RGBA{uint8(i * 6), uint8(i * 6), uint8(i * 6), 0xff}), image.Point{}, draw.Src)
	}
	draw.Draw(img, image.Rect(x, 50, x+6, 56), image.NewUniform(dot), image.Point{}, draw.Src)
	return img
}

func TestGIFRoundTrip(t *testing.T) {
	dots := []color.RGBA{{0x1f, 0x78, 0xb4, 0xff}, {0xd7, 0x26, 0x3d, 0xff}, {0x1f, 0x78, 0xb4, 0xff}, {0x1f, 0x78, 0xb4, 0xff}}
	var in []*image.RGBA
	var a GIF
	for i, d := range dots {
		img := scene(10+20*i, d)
		if i == 3 {
			img = scene(10+20*2, d) // no change from the frame before
		}
		in = append(in, img)
		if err := a.Add(img); err != nil {
			t.Fatal(err)
		}
	}
	g := roundTrip(t, &a)
	if len(g.Image) != len(dots) {
		t.Fatalf("%d frames, want %d", len(g.Image), len(dots))
	}
	if g.Delay[0] != 50 || g.Delay[len(g.Delay)-1] != 200 {
		t.Errorf("delays %v", g.Delay)
	}
	if b := g.Image[1].Bounds(); b.Dx() > 40 || b.Dy() > 6 {
		t.Errorf("frame 2 spans %v, more than the two dots that changed", b)
	}
	for i, got := range composite(g) {
		want := in[i]
		for y := range want.Rect.Dy() {
			for x := range want.Rect.Dx() {
				w, c := want.RGBAAt(x, y), got.RGBAAt(x, y)
				d := max(absDiff(w.R, c.R), absDiff(w.G, c.G), absDiff(w.B, c.B))
				if d > 0 {
					t.Fatalf("frame %d at (%d,%d): %v, want %v", i+1, x, y, c, w)
				}
			}
		}
	}
}

// Over 256 colours, each pixel comes out near its own.
func TestGIFManyColours(t *testing.T) {
	img := image.NewRGBA(image.Rect(0, 0, 256, 64))
	for y := range 64 {
		for x := range 256 {
			img.SetRGBA(x, y, color.RGBA{uint8(x), uint8(y * 4), uint8(255 - x), 0xff})
		}
	}
	var a GIF
	if err := a.Add(img); err != nil {
		t.Fatal(err)
	}
	g := roundTrip(t, &a)
	got := composite(g)[0]
	worst := 0
	for y := range 64 {
		for x := range 256 {
			w, c := img.RGBAAt(x, y), got.RGBAAt(x, y)
			worst = max(worst, absDiff(w.R, c.R), absDiff(w.G, c.G), absDiff(w.B, c.B))
		}
	}
	if worst > 24 {
		t.Errorf("a pixel is %d levels off", worst)
	}
}

func TestGIFSizes(t *testing.T) {
	var a GIF
	if err := a.Encode(&bytes.Buffer{}); err == nil {
		t.Error("an empty GIF encoded")
	}
	a.Add(scene(0, color.RGBA{A: 0xff}))
	if err := a.Add(image.NewRGBA(image.Rect(0, 0, 10, 10))); err == nil {
		t.Error("a frame of another size was added")
	}
}

func TestCaption(t *testing.T) {
	img := image.NewRGBA(image.Rect(0, 0, 300, 80))
	draw.Draw(img, img.Rect, image.NewUniform(color.RGBA{0x10, 0x40, 0x80, 0xff}), image.Point{}, draw.Src)
	if err := Caption(img, "19 October 2016", 1); err != nil {
		t.Fatal(err)
	}
	dark, pale := 0, 0
	for y := range 50 {
		for x := range 220 {
			switch c := img.RGBAAt(x, y); {
			case c.R < 0x40 && c.G < 0x40:
				dark++
			case c.R > 0xe0:
				pale++
			}
		}
	}
	if dark < 100 || pale < 1000 {
		t.Errorf("caption: %d dark and %d pale pixels", dark, pale)
	}
	if c := img.RGBAAt(290, 70); c != (color.RGBA{0x10, 0x40, 0x80, 0xff}) {
		t.Errorf("the caption reached (290,70): %v", c)
	}
}

// roundTrip encodes the animation and decodes it again.
func roundTrip(t *testing.T, a *GIF) *gif.GIF {
	t.Helper()
	var buf bytes.Buffer
	if err := a.Encode(&buf); err != nil {
		t.Fatal(err)
	}
	g, err := gif.DecodeAll(&buf)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func absDiff(a, b uint8) int {
	if a > b {
		return int(a - b)
	}
	return int(b - a)
}
