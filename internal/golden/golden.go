// Package golden compares rendered images with golden images committed
// under a package's testdata, for tests. Anti-aliasing differs a little
// between machines and drivers, so images match when few pixels differ
// by more than a tolerance.
package golden

import (
	"image"
	"image/draw"
	"image/png"
	"os"
	"path/filepath"
	"testing"
)

// Update is the environment variable that makes Check write the golden
// image anew instead of comparing (look at it before committing it).
const Update = "NEWSATLAS_UPDATE_GOLDEN"

// Read decodes the PNG file at path into an RGBA image.
func Read(t testing.TB, path string) *image.RGBA {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	if rgba, ok := img.(*image.RGBA); ok {
		return rgba
	}
	rgba := image.NewRGBA(img.Bounds())
	draw.Draw(rgba, rgba.Rect, img, img.Bounds().Min, draw.Src)
	return rgba
}

// Write encodes img as a PNG file at path.
func Write(t testing.TB, path string, img image.Image) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := png.Encode(f, img); err != nil {
		f.Close()
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}

// Diff counts the pixels of a and b (of one size) whose colour differs by
// more than tol in some channel.
func Diff(a, b *image.RGBA, tol uint8) int {
	n := 0
	for i := 0; i+3 < len(a.Pix) && i+3 < len(b.Pix); i += 4 {
		for c := 0; c < 3; c++ {
			d := int(a.Pix[i+c]) - int(b.Pix[i+c])
			if d > int(tol) || d < -int(tol) {
				n++
				break
			}
		}
	}
	return n
}

// Check compares got with the golden image testdata/name: it fails the
// test when more than one pixel in 200 differs by more than tol, and
// leaves got in the temporary directory to look at. With Update set, or
// when there is no golden image yet, it writes got as the golden image.
func Check(t testing.TB, name string, got image.Image, tol uint8) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if _, err := os.Stat(path); os.IsNotExist(err) || os.Getenv(Update) != "" {
		Write(t, path, got)
		t.Logf("wrote %s", path)
		return
	}
	want := Read(t, path)
	g := image.NewRGBA(got.Bounds())
	draw.Draw(g, g.Rect, got, got.Bounds().Min, draw.Src)
	if g.Bounds().Size() != want.Bounds().Size() {
		t.Fatalf("image %v, golden %s %v", g.Bounds(), path, want.Bounds())
	}
	total := g.Bounds().Dx() * g.Bounds().Dy()
	if n := Diff(g, want, tol); n > total/200 {
		out := filepath.Join(os.TempDir(), "newsatlas-got-"+name)
		Write(t, out, g)
		t.Errorf("%d of %d pixels differ from %s by more than %d (see %s)", n, total, path, tol, out)
	}
}
