package atlas

import (
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"

	"newsatlas/control"
	"newsatlas/internal/fileerr"
	"newsatlas/layer"
	"newsatlas/render"
)

// WritePNG saves img as a PNG file, atomically: a failed write leaves no
// half-written file behind. It favours speed over size (a map's flat
// colours compress well anyway).
func WritePNG(path string, img image.Image) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".newsatlas-*.png")
	if err != nil {
		return fmt.Errorf("%s: %w", path, fileerr.Strip(err))
	}
	defer os.Remove(tmp.Name())
	enc := png.Encoder{CompressionLevel: png.BestSpeed}
	if err := enc.Encode(tmp, img); err != nil {
		tmp.Close()
		return fmt.Errorf("%s: %w", path, err)
	}
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return fmt.Errorf("%s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("%s: %w", path, fileerr.Strip(err))
	}
	return nil
}

// TitleBand is the height in pixels of the band an exported map's title takes at pixel
// scale sc (see Export).
func TitleBand(sc float64) int { return int(math.Round(40 * sc)) }

// Export draws view v as a picture to keep: the title (the article's headline) in a band
// across the top, "" for none, and below it the map, selected feature outlined, with a
// legend of only what it shows (see ExportScene). The picture is v's size; the map takes
// what the band leaves.
func (a *Atlas) Export(v render.Viewport, title string, selected *layer.Ref) *image.RGBA {
	band := 0
	if title = strings.TrimSpace(title); title != "" {
		band = min(TitleBand(v.PixelScale()), v.Height/2)
	}
	mv := v
	mv.Height -= band
	s := a.ExportScene(mv)
	s.Selected = selected
	m := a.Renderer.Render(s, mv)
	if band == 0 {
		return m
	}
	out := image.NewRGBA(image.Rect(0, 0, v.Width, v.Height))
	draw.Draw(out, image.Rect(0, 0, v.Width, band), image.NewUniform(color.White), image.Point{}, draw.Src)
	draw.Draw(out, image.Rect(0, band, v.Width, v.Height), m, image.Point{}, draw.Src)
	drawTitle(out, title, band, v.PixelScale())
	return out
}

// ExportScene is Scene for an exported map: its legend lists only what is shown, the
// shown layers' entries of which some feature lies in view (the control classes of the
// zones in view, the pins when one is).
func (a *Atlas) ExportScene(v render.Viewport) *render.Scene {
	s := a.Scene(v)
	world := v.World()
	shown := map[string]bool{} // the legend labels of what is in view
	for i := range s.Layers {
		l := &s.Layers[i]
		if l.Hidden || l.Layer == nil {
			continue
		}
		inView := false
		l.Search(world, func(j int) bool {
			inView = true
			if l.Name != AleppoControl {
				return false
			}
			shown[control.Label(l.Features[j].String("control"))] = true
			return true
		})
		if inView && l.Name != AleppoControl {
			for _, it := range LegendOf(l) {
				shown[it.Label] = true
			}
		}
	}
	var legend []render.LegendItem
	for _, it := range s.Legend {
		if shown[it.Label] {
			legend = append(legend, it)
		}
	}
	s.Legend = legend
	if len(legend) == 0 {
		s.LegendTitle = ""
	}
	return s
}

// drawTitle writes title in bold on the band at the top of img, cut short with an
// ellipsis when it does not fit.
func drawTitle(img *image.RGBA, title string, band int, sc float64) {
	ft, err := opentype.Parse(gobold.TTF)
	if err != nil {
		return // the embedded font always parses
	}
	face, err := opentype.NewFace(ft, &opentype.FaceOptions{Size: 20 * sc, DPI: 72, Hinting: font.HintingFull})
	if err != nil {
		return
	}
	defer face.Close()
	margin := int(14 * sc)
	room := fixed.I(img.Bounds().Dx() - 2*margin)
	if font.MeasureString(face, title) > room {
		rs := []rune(title)
		for len(rs) > 0 && font.MeasureString(face, string(rs)+"…") > room {
			rs = rs[:len(rs)-1]
		}
		title = strings.TrimSpace(string(rs)) + "…"
	}
	m := face.Metrics()
	base := (band + (m.Ascent - m.Descent).Ceil()) / 2
	d := font.Drawer{Dst: img, Src: image.NewUniform(color.NRGBA{0x22, 0x22, 0x22, 0xff}), Face: face, Dot: fixed.P(margin, base)}
	d.DrawString(title)
	// a rule under the band
	draw.Draw(img, image.Rect(0, band-max(1, int(sc)), img.Bounds().Dx(), band), image.NewUniform(color.NRGBA{0xcc, 0xcc, 0xcc, 0xff}), image.Point{}, draw.Src)
}
