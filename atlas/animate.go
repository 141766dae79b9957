package atlas

import (
	"image"
	"image/color"
	"image/draw"
	"slices"
	"time"

	"newsatlas/animate"
	"newsatlas/render"
)

// Frames draws the map in view v at each date in turn, as Scene draws it
// (the control zones and every timed layer at that date), with the date
// written in full in the top left corner, and calls fn with each frame,
// stopping at its first error. The next frame is drawn while fn handles
// one. The frames are drawn on a copy of the atlas, which is left as it
// was: a goroutine may draw the frames of a snapshot (see Snapshot) while
// the window goes on with the atlas.
func (a *Atlas) Frames(v render.Viewport, dates []time.Time, fn func(i int, d time.Time, img *image.RGBA) error) error {
	a = a.detached()
	type frame struct {
		img *image.RGBA
		err error
	}
	frames := make(chan frame, 1)
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		defer close(frames)
		for _, d := range dates {
			img, err := a.frameAt(v, d)
			select {
			case frames <- frame{img, err}:
			case <-stop:
				return
			}
		}
	}()
	var err error
	i := 0
	for f := range frames {
		if err = f.err; err == nil {
			err = fn(i, dates[i], f.img)
		}
		if err != nil {
			break
		}
		i++
	}
	close(stop)
	<-done
	return err
}

// detached is a copy of the atlas whose date and window may change
// without touching a: its own list of layers and subsets of timed layers.
func (a *Atlas) detached() *Atlas {
	b := *a
	b.Layers = slices.Clone(a.Layers)
	b.dated = &datedCache{}
	return &b
}

// frameAt is the map in view v at date d, captioned with the date.
func (a *Atlas) frameAt(v render.Viewport, d time.Time) (*image.RGBA, error) {
	a.SetDate(d)
	img := a.Renderer.Render(a.Scene(v), v)
	return img, animate.Caption(img, FullDate(d), v.PixelScale())
}

// Compare draws the map at dates d1 and d2 side by side, in view v cut in
// two halves of the same centre and zoom, each captioned with its date in
// full ("19 October 2016"), d1 on the left. It draws on a copy of the
// atlas, as Frames does.
func (a *Atlas) Compare(v render.Viewport, d1, d2 time.Time) (*image.RGBA, error) {
	a = a.detached()
	out := image.NewRGBA(image.Rect(0, 0, v.Width, v.Height))
	half := v
	half.Width = v.Width / 2
	for i, d := range []time.Time{d1, d2} {
		if i == 1 {
			half.Width = v.Width - v.Width/2
		}
		img, err := a.frameAt(half, d)
		if err != nil {
			return nil, err
		}
		at := image.Pt(i*(v.Width/2), 0)
		draw.Draw(out, img.Bounds().Add(at), img, image.Point{}, draw.Src)
	}
	line := max(1, int(2*v.PixelScale()+0.5))
	mid := v.Width/2 - line/2
	draw.Draw(out, image.Rect(mid, 0, mid+line, v.Height), image.NewUniform(color.NRGBA{0x33, 0x33, 0x33, 0xff}), image.Point{}, draw.Src)
	return out, nil
}
