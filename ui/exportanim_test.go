package ui

import (
	"context"
	"errors"
	"image/gif"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestExportAnimation(t *testing.T) {
	w := newTestWindow(t)
	w.OpenFiles([]string{"../layer/testdata/time/events.csv"})
	await(w.Map.WaitIdle)
	was := w.Atlas.Date
	an, err := parseAnimation("2016-10-01", "2016-10-10", "1d", "1280x800", true)
	if err != nil {
		t.Fatal(err)
	}
	an.width, an.height = 320, 200
	path := filepath.Join(t.TempDir(), "a.gif")
	var seen []int
	n, err := exportAnimation(context.Background(), w.Atlas.Snapshot(), exportView(w.Map.View(), 320, 200), an, path,
		func(done, total int) {
			if total != 10 {
				t.Errorf("total %d", total)
			}
			seen = append(seen, done)
		})
	if err != nil || n != 10 {
		t.Fatalf("%d frames, %v", n, err)
	}
	if len(seen) != 10 || seen[9] != 10 {
		t.Errorf("progress %v", seen)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	g, err := gif.DecodeAll(f)
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Image) != 10 || g.Config.Width != 320 || g.Config.Height != 200 {
		t.Errorf("%d frames of %dx%d", len(g.Image), g.Config.Width, g.Config.Height)
	}
	if !w.Atlas.Date.Equal(was) {
		t.Errorf("the window's date moved to %v", w.Atlas.Date)
	}

	// PNG frames, cancelled after the third.
	dir := filepath.Join(t.TempDir(), "frames")
	an.gif = false
	ctx, cancel := context.WithCancel(context.Background())
	_, err = exportAnimation(ctx, w.Atlas.Snapshot(), exportView(w.Map.View(), 320, 200), an, dir, func(done, _ int) {
		if done == 3 {
			cancel()
		}
	})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: %v", err)
	}
	if names, _ := filepath.Glob(filepath.Join(dir, "*.png")); len(names) != 3 {
		t.Errorf("%d frames written before the cancel, want 3", len(names))
	}
}

func TestParseAnimationBad(t *testing.T) {
	for _, c := range []struct{ from, to, step, want string }{
		{"2016-10-01", "2016-09-01", "1d", "before"},
		{"yesterday", "2016-09-01", "1d", "yesterday"},
		{"2016-10-01", "2016-11-01", "1x", "step"},
		{"1900-01-01", "2016-11-01", "1d", "at most"},
	} {
		if _, err := parseAnimation(c.from, c.to, c.step, "1280x800", true); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%v: %v, want an error with %q", c, err, c.want)
		}
	}
	an, err := parseAnimation("2016-01-04", "2016-12-26", "1w", "1920x1080", true)
	if err != nil || len(an.frames()) != 52 || an.width != 1920 || !an.from.Equal(time.Date(2016, 1, 4, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("%+v, %v", an, err)
	}
}

func TestExportAnimationInMenu(t *testing.T) {
	w := newTestWindow(t)
	for _, m := range w.Win.MainMenu().Items {
		if m.Label != "File" {
			continue
		}
		for _, it := range m.Items {
			if it.Label == "Export Animation..." {
				return
			}
		}
	}
	t.Error("no File > Export Animation...")
}
