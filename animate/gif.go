package animate

import (
	"bufio"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/gif"
	"io"
	"os"
	"time"
)

// DefaultDelay is how long a frame shows, and DefaultHold how long the
// last one does before the animation starts again.
const (
	DefaultDelay = 500 * time.Millisecond
	DefaultHold  = 2 * time.Second
)

// GIF builds an animated GIF frame by frame (see the package doc for how
// it keeps frames small). Its zero value is ready to use, with
// DefaultDelay and DefaultHold.
type GIF struct {
	Delay time.Duration // how long each frame shows; DefaultDelay when 0
	Hold  time.Duration // how long the last frame shows; DefaultHold when 0

	g    gif.GIF
	prev *image.RGBA // the last frame added, as added
	q    *quantizer
}

// Len is the number of frames added.
func (a *GIF) Len() int { return len(a.g.Image) }

// Add appends a frame. Every frame must have the first one's size; its
// alpha is ignored (a map's frame is opaque).
func (a *GIF) Add(img *image.RGBA) error {
	b := img.Bounds()
	if a.q == nil {
		a.q = newQuantizer()
	}
	if a.prev != nil && a.prev.Bounds().Size() != b.Size() {
		return fmt.Errorf("animate: frame %d is %v, the first was %v", a.Len()+1, b.Size(), a.prev.Bounds().Size())
	}
	cur := image.NewRGBA(image.Rect(0, 0, b.Dx(), b.Dy()))
	for y := range b.Dy() {
		copy(cur.Pix[y*cur.Stride:y*cur.Stride+4*b.Dx()], img.Pix[img.PixOffset(b.Min.X, b.Min.Y+y):])
	}
	var frame *image.Paletted
	if a.prev == nil {
		frame = a.full(cur)
	} else {
		frame = a.changes(cur)
	}
	a.prev = cur
	a.g.Image = append(a.g.Image, frame)
	a.g.Delay = append(a.g.Delay, centis(a.Delay, DefaultDelay))
	a.g.Disposal = append(a.g.Disposal, gif.DisposalNone)
	return nil
}

// full is the first frame: every pixel, in a palette of 256 colours.
func (a *GIF) full(cur *image.RGBA) *image.Paletted {
	q := a.q
	defer q.reset()
	for i := 0; i < len(cur.Pix); i += 4 {
		q.add(rgb(cur, i))
	}
	p := q.palette(256)
	out := image.NewPaletted(cur.Bounds(), p)
	for i, j := 0, 0; i < len(cur.Pix); i, j = i+4, j+1 {
		r, g, b := rgb(cur, i)
		out.Pix[j] = q.nearest(p, r, g, b)
	}
	return out
}

// transparent is the colour left out of a later frame's pixels.
var transparent = color.NRGBA{}

// changes is a later frame: the pixels changed since the frame before,
// in the rectangle around them, the others transparent. A frame with no
// change is one transparent pixel.
func (a *GIF) changes(cur *image.RGBA) *image.Paletted {
	q := a.q
	defer q.reset()
	w, h := cur.Rect.Dx(), cur.Rect.Dy()
	box := image.Rectangle{}
	for y := range h {
		row := cur.Pix[y*cur.Stride : y*cur.Stride+4*w]
		prow := a.prev.Pix[y*a.prev.Stride : y*a.prev.Stride+4*w]
		for x := 0; x < 4*w; x += 4 {
			if row[x] != prow[x] || row[x+1] != prow[x+1] || row[x+2] != prow[x+2] {
				box = box.Union(image.Rect(x/4, y, x/4+1, y+1))
				q.add(row[x], row[x+1], row[x+2])
			}
		}
	}
	if box.Empty() {
		return image.NewPaletted(image.Rect(0, 0, 1, 1), color.Palette{transparent})
	}
	p := append(q.palette(255), transparent)
	none := uint8(len(p) - 1)
	out := image.NewPaletted(box, p)
	for y := box.Min.Y; y < box.Max.Y; y++ {
		o := out.PixOffset(box.Min.X, y)
		for x := box.Min.X; x < box.Max.X; x++ {
			i := cur.PixOffset(x, y)
			r, g, b := rgb(cur, i)
			if r == a.prev.Pix[i] && g == a.prev.Pix[i+1] && b == a.prev.Pix[i+2] {
				out.Pix[o] = none
			} else {
				out.Pix[o] = q.nearest(p, r, g, b)
			}
			o++
		}
	}
	return out
}

// Encode writes the animation, looping for ever.
func (a *GIF) Encode(w io.Writer) error {
	if a.Len() == 0 {
		return errors.New("animate: no frames")
	}
	g := a.g
	g.Delay = append([]int(nil), a.g.Delay...)
	g.Delay[len(g.Delay)-1] = centis(a.Hold, DefaultHold)
	g.Config = image.Config{ColorModel: g.Image[0].Palette, Width: a.prev.Rect.Dx(), Height: a.prev.Rect.Dy()}
	return gif.EncodeAll(w, &g)
}

// centis is d, or def when d is 0, in hundredths of a second.
func centis(d, def time.Duration) int {
	if d <= 0 {
		d = def
	}
	return max(1, int(d/(10*time.Millisecond)))
}

// WriteFile writes the animation to a file at path.
func (a *GIF) WriteFile(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(f, 1<<20)
	err = a.Encode(w)
	if err == nil {
		err = w.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}
