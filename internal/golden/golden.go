// Package golden compares rendered images with golden images committed
// under a package's testdata, for tests.
//
// A golden image that is missing fails the test; it is written only when
// the environment variable named by Update is set. When an image does not
// match, Check leaves three images under testdata/failed/ beside the test
// (ignored by git): what the test drew, the golden image and a map of the
// pixels that differ.
package golden

import (
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Update is the environment variable that makes Check write the golden
// image anew instead of comparing (look at it before committing it).
const Update = "NEWSATLAS_UPDATE_GOLDEN"

// Failed is the directory, beside a test's golden images, where Check
// leaves the images of a failed comparison.
const Failed = "failed"

// A Tolerance is how far an image may stray from its golden image: noise
// from anti-aliasing and colour banding moves a few pixels by a few levels,
// while a lost label or shape moves many by many.
type Tolerance struct {
	// Level is the difference in a colour channel (0-255) that counts as
	// the same colour.
	Level uint8
	// Pixels is how many pixels may differ by more than Level.
	Pixels int
}

// Exact is the tolerance of images that must be equal.
var Exact = Tolerance{}

// Noise is the tolerance of a render against its golden image: about the
// four levels of banding and anti-aliasing noise, in a few dozen pixels.
var Noise = Tolerance{Level: 4, Pixels: 40}

// Read decodes the PNG file at path into an RGBA image.
func Read(t testing.TB, path string) *image.RGBA {
	t.Helper()
	img, err := readPNG(path)
	if err != nil {
		t.Fatal(err)
	}
	return img
}

// readPNG decodes the PNG file at path into an RGBA image.
func readPNG(path string) (*image.RGBA, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return RGBA(img), nil
}

// RGBA returns img as an RGBA image (img itself when it is one).
func RGBA(img image.Image) *image.RGBA {
	if rgba, ok := img.(*image.RGBA); ok {
		return rgba
	}
	rgba := image.NewRGBA(image.Rect(0, 0, img.Bounds().Dx(), img.Bounds().Dy()))
	draw.Draw(rgba, rgba.Rect, img, img.Bounds().Min, draw.Src)
	return rgba
}

// Write encodes img as a PNG file at path, making its directory.
func Write(t testing.TB, path string, img image.Image) {
	t.Helper()
	if err := writePNG(path, img); err != nil {
		t.Fatal(err)
	}
}

// writePNG encodes img as a PNG file at path, making its directory.
func writePNG(path string, img image.Image) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := png.Encode(f, img); err != nil {
		f.Close()
		return fmt.Errorf("%s: %w", path, err)
	}
	return f.Close()
}

// Diff counts the pixels of a and b (of one size) whose colour differs by
// more than tol in some channel (alpha included).
func Diff(a, b *image.RGBA, tol uint8) int {
	n := 0
	for i := 0; i+3 < len(a.Pix) && i+3 < len(b.Pix); i += 4 {
		if channelDiff(a.Pix[i:i+4], b.Pix[i:i+4]) > int(tol) {
			n++
		}
	}
	return n
}

// channelDiff is the largest difference between two pixels' channels.
func channelDiff(p, q []uint8) int {
	d := 0
	for c := range 4 {
		d = max(d, abs(int(p[c])-int(q[c])))
	}
	return d
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// A Mismatch says how an image differs from its golden image.
type Mismatch struct {
	Size     image.Point // of the image, when it differs from the golden's
	Want     image.Point // the golden's size
	Pixels   int         // pixels differing by more than the tolerance's Level
	MaxLevel int         // the largest channel difference
	Total    int         // pixels in the image
	Tol      Tolerance
}

// Error describes the mismatch.
func (m *Mismatch) Error() string {
	if m.Size != m.Want {
		return fmt.Sprintf("image is %dx%d, golden %dx%d", m.Size.X, m.Size.Y, m.Want.X, m.Want.Y)
	}
	return fmt.Sprintf("%d of %d pixels differ by more than %d levels (up to %d; %d may)",
		m.Pixels, m.Total, m.Tol.Level, m.MaxLevel, m.Tol.Pixels)
}

// Compare returns nil when got matches want within tol, else a *Mismatch.
func Compare(got, want *image.RGBA, tol Tolerance) error {
	m := &Mismatch{Size: got.Rect.Size(), Want: want.Rect.Size(), Tol: tol}
	if m.Size != m.Want {
		return m
	}
	m.Total = m.Size.X * m.Size.Y
	for y := range m.Size.Y {
		g := got.Pix[y*got.Stride : y*got.Stride+4*m.Size.X]
		w := want.Pix[y*want.Stride : y*want.Stride+4*m.Size.X]
		for i := 0; i < len(g); i += 4 {
			d := channelDiff(g[i:i+4], w[i:i+4])
			m.MaxLevel = max(m.MaxLevel, d)
			if d > int(tol.Level) {
				m.Pixels++
			}
		}
	}
	if m.Pixels > tol.Pixels {
		return m
	}
	return nil
}

// DiffImage shows where got and want (of one size) differ by more than
// level: those pixels red, brighter the more they differ, over a faded
// grey copy of want.
func DiffImage(got, want *image.RGBA, level uint8) *image.RGBA {
	out := image.NewRGBA(want.Rect)
	for y := want.Rect.Min.Y; y < want.Rect.Max.Y; y++ {
		for x := want.Rect.Min.X; x < want.Rect.Max.X; x++ {
			w := want.RGBAAt(x, y)
			g := got.RGBAAt(x-want.Rect.Min.X+got.Rect.Min.X, y-want.Rect.Min.Y+got.Rect.Min.Y)
			d := channelDiff([]uint8{g.R, g.G, g.B, g.A}, []uint8{w.R, w.G, w.B, w.A})
			if d > int(level) {
				out.SetRGBA(x, y, color.RGBA{uint8(128 + d/2), 0, 0, 255})
				continue
			}
			grey := uint8(192 + (int(w.R)+int(w.G)+int(w.B))/12)
			out.SetRGBA(x, y, color.RGBA{grey, grey, grey, 255})
		}
	}
	return out
}

// Check compares got with the golden image testdata/name within tol. A
// missing golden image fails the test unless Update is set; with Update
// set, got is written as the golden image. On a mismatch (or a missing
// golden) the images are left under testdata/failed/: name-got.png,
// name-want.png and name-diff.png.
func Check(t testing.TB, name string, got image.Image, tol Tolerance) {
	t.Helper()
	path := filepath.Join("testdata", name)
	g := RGBA(got)
	if os.Getenv(Update) != "" {
		Write(t, path, g)
		t.Logf("wrote %s", path)
		return
	}
	want, err := readPNG(path)
	if err != nil {
		kept := keep(t, name, g, nil, tol)
		t.Errorf("golden image: %v (set %s=1 to write it, and look at it before committing); got: %s", err, Update, kept)
		return
	}
	if err := Compare(g, want, tol); err != nil {
		t.Errorf("%s: %v; see %s", path, err, keep(t, name, g, want, tol))
	}
}

// keep writes the images of a failed comparison under testdata/failed/
// and names them.
func keep(t testing.TB, name string, got, want *image.RGBA, tol Tolerance) string {
	t.Helper()
	base := filepath.Join("testdata", Failed, strings.TrimSuffix(name, filepath.Ext(name)))
	Write(t, base+"-got.png", got)
	kept := []string{base + "-got.png"}
	if want != nil {
		Write(t, base+"-want.png", want)
		kept = append(kept, base+"-want.png")
		if got.Rect.Size() == want.Rect.Size() {
			Write(t, base+"-diff.png", DiffImage(got, want, tol.Level))
			kept = append(kept, base+"-diff.png")
		}
	}
	return strings.Join(kept, ", ")
}
