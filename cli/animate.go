package cli

import (
	"flag"
	"fmt"
	"image"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"newsatlas/animate"
	"newsatlas/atlas"
	"newsatlas/render"
)

// animFlags are render's flags for an animation over dates (--from, --to,
// --step) and for two dates side by side (--compare).
type animFlags struct {
	from, to, step, compare *string
}

func addAnimFlags(fs *flag.FlagSet) *animFlags {
	return &animFlags{
		from:    fs.String("from", "", "animation: first date, YYYY-MM-DD"),
		to:      fs.String("to", "", "animation: last date, YYYY-MM-DD"),
		step:    fs.String("step", "1w", "animation: from one frame to the next, 1d, 1w or 1m"),
		compare: fs.String("compare", "", "D1,D2: the map at two dates side by side"),
	}
}

// active reports whether render is asked for more than one date.
func (f *animFlags) active() bool { return *f.from != "" || *f.to != "" || *f.compare != "" }

// run draws the animation or the comparison to out; window is --window's
// value ("" for the default).
func (f *animFlags) run(a *atlas.Atlas, v render.Viewport, out, window string, stderr io.Writer) int {
	if *f.compare != "" {
		return f.runCompare(a, v, out, window, stderr)
	}
	if *f.from == "" || *f.to == "" {
		fmt.Fprintln(stderr, "newsatlas render: an animation wants both --from and --to")
		return Usage
	}
	from, err1 := parseDate("--from", *f.from)
	to, err2 := parseDate("--to", *f.to)
	step, err3 := atlas.ParseStep(*f.step)
	for _, err := range []error{err1, err2, err3} {
		if err != nil {
			return usageErr(stderr, "render", err)
		}
	}
	if step == (atlas.Step{}) {
		return usageErr(stderr, "render", fmt.Errorf("--step %s: want a step of at least a day", *f.step))
	}
	if to.Before(from) {
		return usageErr(stderr, "render", fmt.Errorf("--to %s is before --from %s", *f.to, *f.from))
	}
	dates := step.Dates(from, to)
	if len(dates) > MaxFrames {
		return usageErr(stderr, "render", fmt.Errorf("%d frames from %s to %s by %s: at most %d", len(dates), *f.from, *f.to, *f.step, MaxFrames))
	}
	if window == "" {
		// Each frame shows its step's worth: ± half a step.
		a.SetWindow(atlas.Window{Mode: atlas.Moving, Days: (step.Days + 30*step.Months) / 2})
	}
	if dir, ok := folder(out); ok {
		err := a.Frames(v, dates, func(i int, _ time.Time, img *image.RGBA) error {
			_, err := animate.WriteFrame(dir, i, img)
			return err
		})
		if err != nil {
			return fail(stderr, err)
		}
		return OK
	}
	if !strings.EqualFold(filepath.Ext(out), ".gif") {
		return usageErr(stderr, "render", fmt.Errorf("-o %s: an animation is written to OUT.gif or a folder DIR/ of PNG frames", out))
	}
	var g animate.GIF
	if err := a.Frames(v, dates, func(_ int, _ time.Time, img *image.RGBA) error { return g.Add(img) }); err != nil {
		return fail(stderr, err)
	}
	if err := g.WriteFile(out); err != nil {
		return fail(stderr, err)
	}
	return OK
}

// MaxFrames is the most frames an animation may have.
const MaxFrames = 2000

// runCompare draws the map at two dates side by side.
func (f *animFlags) runCompare(a *atlas.Atlas, v render.Viewport, out, window string, stderr io.Writer) int {
	d1s, d2s, ok := strings.Cut(*f.compare, ",")
	if !ok {
		return usageErr(stderr, "render", fmt.Errorf("--compare %s: want D1,D2 (YYYY-MM-DD,YYYY-MM-DD)", *f.compare))
	}
	d1, err1 := parseDate("--compare", strings.TrimSpace(d1s))
	d2, err2 := parseDate("--compare", strings.TrimSpace(d2s))
	for _, err := range []error{err1, err2} {
		if err != nil {
			return usageErr(stderr, "render", err)
		}
	}
	if window == "" {
		a.SetWindow(atlas.Window{Mode: atlas.Moving})
	}
	img, err := a.Compare(v, d1, d2)
	if err == nil {
		err = atlas.WritePNG(out, img)
	}
	if err != nil {
		return fail(stderr, err)
	}
	return OK
}

// parseDate reads a flag's YYYY-MM-DD.
func parseDate(flag, s string) (time.Time, error) {
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("%s %s: want YYYY-MM-DD", flag, s)
	}
	return d, nil
}

// folder reports whether -o names a folder: it ends in a slash or is one.
func folder(out string) (string, bool) {
	if strings.HasSuffix(out, "/") || strings.HasSuffix(out, string(os.PathSeparator)) {
		return out, true
	}
	if st, err := os.Stat(out); err == nil && st.IsDir() {
		return out, true
	}
	return "", false
}
