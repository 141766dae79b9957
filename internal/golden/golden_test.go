package golden

import (
	"image"
	"image/color"
	"os"
	"path/filepath"
	"testing"
)

func TestDiff(t *testing.T) {
	a := image.NewRGBA(image.Rect(0, 0, 10, 10))
	b := image.NewRGBA(image.Rect(0, 0, 10, 10))
	if n := Diff(a, b, 0); n != 0 {
		t.Errorf("equal images: %d pixels differ", n)
	}
	b.SetRGBA(3, 4, color.RGBA{30, 0, 0, 255})
	b.SetRGBA(5, 5, color.RGBA{0, 0, 10, 255})
	tests := []struct {
		tol  uint8
		want int
	}{{0, 2}, {9, 2}, {10, 1}, {29, 1}, {30, 0}}
	for _, tt := range tests {
		if n := Diff(a, b, tt.tol); n != tt.want {
			t.Errorf("Diff(tol %d) = %d, want %d", tt.tol, n, tt.want)
		}
	}
}

func TestReadWrite(t *testing.T) {
	img := image.NewNRGBA(image.Rect(0, 0, 4, 3))
	img.Set(1, 2, color.NRGBA{200, 100, 50, 255})
	path := filepath.Join(t.TempDir(), "x.png")
	Write(t, path, img)
	got := Read(t, path)
	if got.Bounds() != img.Bounds() || got.RGBAAt(1, 2) != (color.RGBA{200, 100, 50, 255}) {
		t.Errorf("read back %v with (1,2) = %v", got.Bounds(), got.RGBAAt(1, 2))
	}
	if _, err := os.Stat(path); err != nil {
		t.Fatal(err)
	}
}
