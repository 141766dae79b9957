package animate

import (
	"image"
	"image/color"
	"image/draw"
	"sync"

	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"
)

// CaptionSize is the caption's text size in logical pixels.
const CaptionSize = 18

// bold is the Go Bold font (BSD licence, embedded by x/image), parsed
// once.
var bold = sync.OnceValues(func() (*opentype.Font, error) { return opentype.Parse(gobold.TTF) })

// Caption writes text in the top left corner of dst, dark on a pale box,
// at scale device pixels per logical pixel: the date of an animation's
// frame or of half a comparison.
func Caption(dst *image.RGBA, text string, scale float64) error {
	ft, err := bold()
	if err != nil {
		return err
	}
	face, err := opentype.NewFace(ft, &opentype.FaceOptions{Size: CaptionSize * scale, DPI: 72, Hinting: font.HintingFull})
	if err != nil {
		return err
	}
	defer face.Close()
	pad := int(8 * scale)
	m := face.Metrics()
	w := font.MeasureString(face, text).Ceil()
	h := (m.Ascent + m.Descent).Ceil()
	at := dst.Rect.Min.Add(image.Pt(int(10*scale), int(10*scale)))
	box := image.Rectangle{Min: at, Max: at.Add(image.Pt(w+2*pad, h+pad))}
	draw.Draw(dst, box, image.NewUniform(color.NRGBA{0xff, 0xff, 0xff, 0xe0}), image.Point{}, draw.Over)
	d := font.Drawer{Dst: dst, Src: image.NewUniform(color.NRGBA{0x22, 0x22, 0x22, 0xff}), Face: face,
		Dot: fixed.P(box.Min.X+pad, box.Min.Y+pad/2+m.Ascent.Ceil())}
	d.DrawString(text)
	return nil
}
