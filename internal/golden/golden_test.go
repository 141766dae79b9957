package golden

import (
	"errors"
	"fmt"
	"image"
	"image/color"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

func TestDiff(t *testing.T) {
	a := image.NewRGBA(image.Rect(0, 0, 10, 10))
	b := image.NewRGBA(image.Rect(0, 0, 10, 10))
	if n := Diff(a, b, 0); n != 0 {
		t.Errorf("equal images: %d pixels differ", n)
	}
	b.SetRGBA(3, 4, color.RGBA{30, 0, 0, 0})
	b.SetRGBA(5, 5, color.RGBA{0, 0, 10, 0})
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

// TestCompare checks that differences of either sign count, by the
// largest channel difference, against both limits of a tolerance.
func TestCompare(t *testing.T) {
	want := image.NewRGBA(image.Rect(0, 0, 8, 8))
	for i := range want.Pix {
		want.Pix[i] = 100
	}
	tests := []struct {
		name   string
		change map[image.Point]color.RGBA
		tol    Tolerance
		pixels int // -1: a match
	}{
		{"equal", nil, Exact, -1},
		{"one pixel one level", map[image.Point]color.RGBA{{1, 1}: {101, 100, 100, 100}}, Exact, 1},
		{"within the level", map[image.Point]color.RGBA{{1, 1}: {104, 96, 100, 100}}, Tolerance{Level: 4}, -1},
		{"darker and lighter do not cancel", map[image.Point]color.RGBA{{1, 1}: {90, 100, 100, 100}, {2, 1}: {110, 100, 100, 100}}, Tolerance{Level: 4}, 2},
		{"alpha counts", map[image.Point]color.RGBA{{0, 7}: {100, 100, 100, 0}}, Tolerance{Level: 4}, 1},
		{"few enough pixels", map[image.Point]color.RGBA{{1, 1}: {0, 0, 0, 255}, {2, 2}: {0, 0, 0, 255}}, Tolerance{Level: 4, Pixels: 2}, -1},
		{"too many pixels", map[image.Point]color.RGBA{{1, 1}: {0, 0, 0, 255}, {2, 2}: {0, 0, 0, 255}, {3, 3}: {0, 0, 0, 255}}, Tolerance{Level: 4, Pixels: 2}, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := image.NewRGBA(want.Rect)
			copy(got.Pix, want.Pix)
			for p, c := range tt.change {
				got.SetRGBA(p.X, p.Y, c)
			}
			err := Compare(got, want, tt.tol)
			var m *Mismatch
			switch {
			case tt.pixels < 0 && err != nil:
				t.Errorf("mismatch: %v", err)
			case tt.pixels >= 0 && !errors.As(err, &m):
				t.Errorf("no mismatch (%v), want %d pixels", err, tt.pixels)
			case tt.pixels >= 0 && m.Pixels != tt.pixels:
				t.Errorf("%d pixels differ, want %d (%v)", m.Pixels, tt.pixels, err)
			}
		})
	}
	if err := Compare(image.NewRGBA(image.Rect(0, 0, 8, 7)), want, Noise); err == nil || !strings.Contains(err.Error(), "8x7") {
		t.Errorf("sizes 8x7 and 8x8: %v", err)
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
}

// recorder is a testing.TB that records the failures Check reports
// instead of failing the test.
type recorder struct {
	testing.TB
	errs []string
}

func (r *recorder) Errorf(format string, args ...any) {
	r.errs = append(r.errs, fmt.Sprintf(format, args...))
}

// TestCheck checks that a missing golden image fails unless Update is
// set, that Update writes it, that a mismatch fails and leaves the got,
// want and diff images under testdata/failed/, and that a match passes.
func TestCheck(t *testing.T) {
	t.Chdir(t.TempDir())
	img := image.NewRGBA(image.Rect(0, 0, 6, 4))
	img.SetRGBA(2, 2, color.RGBA{255, 0, 0, 255})
	exists := func(path string) bool { _, err := os.Stat(path); return err == nil }

	t.Setenv(Update, "")
	r := &recorder{TB: t}
	Check(r, "x.png", img, Noise)
	if len(r.errs) != 1 || !strings.Contains(r.errs[0], Update) {
		t.Errorf("a missing golden image: %q, want one failure naming %s", r.errs, Update)
	}
	if exists(filepath.Join("testdata", "x.png")) {
		t.Error("a missing golden image was written without Update")
	}
	if !exists(filepath.Join("testdata", Failed, "x-got.png")) {
		t.Error("the image of a missing golden was not kept under testdata/failed")
	}

	t.Setenv(Update, "1")
	r = &recorder{TB: t}
	Check(r, "x.png", img, Noise)
	if len(r.errs) != 0 || !exists(filepath.Join("testdata", "x.png")) {
		t.Fatalf("with %s set: %q, golden written %v", Update, r.errs, exists(filepath.Join("testdata", "x.png")))
	}

	t.Setenv(Update, "")
	r = &recorder{TB: t}
	Check(r, "x.png", img, Exact)
	if len(r.errs) != 0 {
		t.Errorf("the same image: %q", r.errs)
	}
	moved := image.NewRGBA(img.Rect)
	moved.SetRGBA(3, 2, color.RGBA{255, 0, 0, 255})
	r = &recorder{TB: t}
	Check(r, "x.png", moved, Tolerance{Level: 4, Pixels: 1})
	if len(r.errs) != 1 || !strings.Contains(r.errs[0], "2 of 24 pixels") {
		t.Errorf("a pixel moved: %q, want 2 of 24 pixels differing", r.errs)
	}
	for _, f := range []string{"x-got.png", "x-want.png", "x-diff.png"} {
		if !exists(filepath.Join("testdata", Failed, f)) {
			t.Errorf("testdata/failed/%s not written", f)
		}
	}
	diff := Read(t, filepath.Join("testdata", Failed, "x-diff.png"))
	for x := range 6 {
		red := diff.RGBAAt(x, 2).G == 0
		if red != (x == 2 || x == 3) {
			t.Errorf("diff image at (%d,2) = %v", x, diff.RGBAAt(x, 2))
		}
	}
}

// TestEveryGoldenExists checks that every golden image a test of the
// module names with a literal in Check is there, so that none is made
// afresh (and the test passed) on another machine.
func TestEveryGoldenExists(t *testing.T) {
	call := regexp.MustCompile(`golden\.Check\(\s*\w+,\s*"([^"]+)"`)
	root := filepath.Join("..", "..")
	n := 0
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".")) && path != root {
			return filepath.SkipDir
		}
		if !strings.HasSuffix(path, "_test.go") {
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, m := range call.FindAllSubmatch(src, -1) {
			n++
			golden := filepath.Join(filepath.Dir(path), "testdata", string(m[1]))
			if _, err := os.Stat(golden); err != nil {
				t.Errorf("%s names golden image %s: %v", path, m[1], err)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n == 0 {
		t.Error("no golden.Check call found in the module")
	}
}
