package cli

import (
	"bytes"
	"image"
	"image/draw"
	"image/gif"
	"image/png"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

const eventsCSV = "../layer/testdata/time/events.csv"

// identifyEvents are the names of the events identify finds at lon 38
// (e05, of 5 October 2016) with the flags given.
func identifyEvents(t *testing.T, flags ...string) []string {
	t.Helper()
	args := append([]string{"--bbox", "35,34,41,36", "--size", "640x400"}, flags...)
	hits, _ := identifyJSON(t, append(args, "38", "35", eventsCSV)...)
	var names []string
	for _, h := range hits {
		if h.Layer == "events" {
			names = append(names, h.Properties["name"].(string))
		}
	}
	return names
}

func TestIdentifyAtDate(t *testing.T) {
	for _, c := range []struct {
		flags []string
		want  []string
	}{
		{nil, []string{"e05"}},
		{[]string{"--date", "2016-10-05"}, []string{"e05"}},
		{[]string{"--date", "2016-10-06"}, nil},
		{[]string{"--date", "2016-10-07", "--window", "2d"}, []string{"e05"}},
		{[]string{"--date", "2016-10-04", "--window", "all"}, nil},
		{[]string{"--date", "2016-10-09", "--window", "all"}, []string{"e05"}},
	} {
		if got := identifyEvents(t, c.flags...); !slices.Equal(got, c.want) {
			t.Errorf("%v: %v, want %v", c.flags, got, c.want)
		}
	}
}

func TestWindowFlagBad(t *testing.T) {
	for _, cmd := range [][]string{{"identify", "38", "35"}, {"render", "-o", "x.png"}} {
		code, _, errs := run(t, append(cmd, "--window", "fortnight", eventsCSV)...)
		if code != Usage || !strings.Contains(errs, "--window fortnight") || strings.Count(errs, "\n") != 1 {
			t.Errorf("%s --window fortnight: exit %d: %q", cmd[0], code, errs)
		}
	}
}

// render --from --to --step writes a GIF of a frame per step, each
// stamped with its date; -o DIR/ writes the frames as PNGs.
func TestRenderAnimation(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "year.gif")
	code, _, errs := run(t, "render", "--hide", "places,aleppo-control,syria-governorates", "--bbox", "35,34,41,36", "--size", "320x200",
		"--from", "2016-01-04", "--to", "2016-12-26", "--step", "1w", "-o", out, eventsCSV)
	if code != OK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	g := decodeFile(t, out, gif.DecodeAll)
	if len(g.Image) != 52 {
		t.Fatalf("%d frames, want 52", len(g.Image))
	}
	// The caption differs from each frame to the next: played, the corner
	// where the date is changes every frame.
	corner := image.Rect(0, 0, 150, 40)
	shown := image.NewRGBA(image.Rect(0, 0, g.Config.Width, g.Config.Height))
	var last []byte
	for i, fr := range g.Image {
		draw.Draw(shown, fr.Bounds(), fr, fr.Bounds().Min, draw.Over)
		var now []byte
		for y := corner.Min.Y; y < corner.Max.Y; y++ {
			now = append(now, shown.Pix[shown.PixOffset(0, y):shown.PixOffset(corner.Max.X, y)]...)
		}
		if i > 0 && bytes.Equal(now, last) {
			t.Errorf("frame %d shows the date of the frame before", i+1)
		}
		last = now
	}

	frames := filepath.Join(dir, "frames") + "/"
	code, _, errs = run(t, "render", "--hide", "places,aleppo-control,syria-governorates", "--bbox", "35,34,41,36", "--size", "320x200",
		"--from", "2016-10-01", "--to", "2016-10-10", "--step", "1d", "--window", "0d", "-o", frames, eventsCSV)
	if code != OK {
		t.Fatalf("frames: exit %d: %s", code, errs)
	}
	names, _ := filepath.Glob(filepath.Join(frames, "frame-*.png"))
	if len(names) != 10 || filepath.Base(names[9]) != "frame-0010.png" {
		t.Errorf("frames %v", names)
	}
}

func TestRenderCompare(t *testing.T) {
	out := filepath.Join(t.TempDir(), "cmp.png")
	code, _, errs := run(t, "render", "--hide", "places", "--bbox", "35,34,41,36", "--size", "400x200",
		"--compare", "2016-10-02,2016-10-09", "-o", out, eventsCSV)
	if code != OK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	img := decodeFile(t, out, png.Decode)
	if img.Bounds().Dx() != 400 {
		t.Errorf("bounds %v", img.Bounds())
	}
}

func TestRenderAnimationBad(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--from", "2016-01-01", "-o", "x.gif"}, "both --from and --to"},
		{[]string{"--from", "2016-02-01", "--to", "2016-01-01", "-o", "x.gif"}, "before"},
		{[]string{"--from", "2016-01-01", "--to", "2016-02-01", "--step", "1x", "-o", "x.gif"}, "step"},
		{[]string{"--from", "2016-01-01", "--to", "2016-02-01", "-o", "x.png"}, "OUT.gif"},
		{[]string{"--compare", "2016-01-01", "-o", "x.png"}, "D1,D2"},
		{[]string{"--compare", "2016-01-01,yesterday", "-o", "x.png"}, "yesterday"},
	} {
		code, _, errs := run(t, append([]string{"render"}, c.args...)...)
		if code != Usage || !strings.Contains(errs, c.want) || strings.Count(errs, "\n") != 1 {
			t.Errorf("%v: exit %d: %q, want one line with %q", c.args, code, errs, c.want)
		}
	}
}

// decodeFile decodes the file at path, failing the test if it cannot.
func decodeFile[T any](t *testing.T, path string, decode func(io.Reader) (T, error)) T {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	v, err := decode(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return v
}
