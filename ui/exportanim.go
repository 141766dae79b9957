package ui

import (
	"context"
	"errors"
	"fmt"
	"image"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"newsatlas/animate"
	"newsatlas/atlas"
	"newsatlas/render"
)

// animSteps are the steps File > Export Animation offers.
var animSteps = []string{"1d", "1w", "1m"}

// animFormats are the outputs File > Export Animation offers.
var animFormats = []string{"Animated GIF", "PNG frames (a folder)"}

// animation is an export of the map over dates: what the dialog asks.
type animation struct {
	from, to      time.Time
	step          atlas.Step
	width, height int
	gif           bool
}

// frames are the animation's dates.
func (an animation) frames() []time.Time { return an.step.Dates(an.from, an.to) }

// animDates are the dates the dialog starts with: the timed layers'
// span, else the control record's, else a year to the atlas's date.
func animDates(a *atlas.Atlas) (time.Time, time.Time) {
	if from, to, ok := a.TimeSpan(); ok {
		return from.Truncate(24 * time.Hour), to.Truncate(24 * time.Hour)
	}
	if end := a.RecordEnd(); !end.IsZero() {
		return timelineStart, end
	}
	return a.Date.AddDate(-1, 0, 0), a.Date
}

// showExportAnimation is File > Export Animation: the dates, the step,
// the size and the format, then where to save; the frames are drawn off
// the UI goroutine behind a progress bar with a Cancel button.
func (w *Window) showExportAnimation() {
	if w.dialogUp() {
		return
	}
	d1, d2 := animDates(w.Atlas)
	from, to := widget.NewEntry(), widget.NewEntry()
	from.SetText(d1.Format(time.DateOnly))
	to.SetText(d2.Format(time.DateOnly))
	step := widget.NewSelect(animSteps, nil)
	step.SetSelected("1w")
	size := widget.NewSelect(exportSizes, nil)
	size.SetSelected(exportSizes[0])
	format := widget.NewRadioGroup(animFormats, nil)
	format.SetSelected(animFormats[0])
	w.show(dialog.NewForm("Export Animation", "Choose where...", "Cancel", []*widget.FormItem{
		widget.NewFormItem("From (YYYY-MM-DD)", from),
		widget.NewFormItem("To", to),
		widget.NewFormItem("Step", step),
		widget.NewFormItem("Size (pixels)", size),
		widget.NewFormItem("Format", format),
		widget.NewFormItem("", widget.NewLabel("Timed layers show "+w.Atlas.Window.Describe()+" of each frame's date.")),
	}, func(ok bool) {
		if !ok {
			return
		}
		an, err := parseAnimation(from.Text, to.Text, step.Selected, size.Selected, format.Selected == animFormats[0])
		if err != nil {
			w.showError(errors.New(w.fail(err)))
			return
		}
		run := func(path string) { w.runAnimation(path, an) }
		if !an.gif {
			w.show(dialog.NewFolderOpen(func(u fyne.ListableURI, err error) {
				if err != nil {
					w.showError(err)
				} else if u != nil {
					run(u.Path())
				}
			}, w.Win))
			return
		}
		save := dialog.NewFileSave(w.savePicked(run), w.Win)
		save.SetFileName("newsatlas.gif")
		save.SetFilter(storage.NewExtensionFileFilter([]string{".gif"}))
		save.Resize(fyne.NewSize(760, 520))
		w.show(save)
	}, w.Win))
}

// parseAnimation reads the dialog's fields.
func parseAnimation(from, to, step, size string, gif bool) (animation, error) {
	an := animation{gif: gif}
	var err error
	if an.from, err = time.Parse(time.DateOnly, strings.TrimSpace(from)); err != nil {
		return an, fmt.Errorf("export animation: from %q: want YYYY-MM-DD", from)
	}
	if an.to, err = time.Parse(time.DateOnly, strings.TrimSpace(to)); err != nil {
		return an, fmt.Errorf("export animation: to %q: want YYYY-MM-DD", to)
	}
	if an.to.Before(an.from) {
		return an, fmt.Errorf("export animation: %s is before %s", to, from)
	}
	if an.step, err = atlas.ParseStep(step); err != nil {
		return an, fmt.Errorf("export animation: %w", err)
	}
	if _, err := fmt.Sscanf(size, "%dx%d", &an.width, &an.height); err != nil {
		return an, fmt.Errorf("export animation: size %q: want WxH", size)
	}
	if n := len(an.frames()); n > maxAnimFrames {
		return an, fmt.Errorf("export animation: %d frames from %s to %s by %s: at most %d", n, from, to, step, maxAnimFrames)
	}
	return an, nil
}

// maxAnimFrames is the most frames an export may have.
const maxAnimFrames = 2000

// runAnimation writes the animation to path behind a progress bar.
func (w *Window) runAnimation(path string, an animation) {
	ctx, cancel := context.WithCancel(context.Background())
	bar := widget.NewProgressBar()
	d := dialog.NewCustom("Exporting animation", "Cancel", container.NewVBox(widget.NewLabel(path), bar), w.Win)
	d.SetOnClosed(cancel)
	d.Resize(fyne.NewSize(460, 140))
	w.show(d)
	snap := w.Atlas.Snapshot()
	v := exportView(w.Map.View(), an.width, an.height)
	start := time.Now()
	go func() {
		n, err := exportAnimation(ctx, snap, v, an, path, func(done, total int) {
			w.gate.Do(func() { bar.SetValue(float64(done) / float64(total)) })
		})
		w.gate.Do(func() {
			d.Hide()
			switch {
			case errors.Is(err, context.Canceled):
				w.log.printf("cancelled export %s", path)
			case err != nil:
				w.showError(errors.New(w.fail(err)))
			default:
				w.log.printf("export animation %s frames=%d %dx%d in %.1fs", path, n, an.width, an.height, time.Since(start).Seconds())
				w.show(dialog.NewInformation("Export Animation", fmt.Sprintf("Saved %s (%d frames, %dx%d).", path, n, an.width, an.height), w.Win))
			}
		})
	}()
}

// exportAnimation draws an's frames of snapshot a in view v and writes
// them to path, a GIF or a folder of PNGs, calling progress after each
// frame; it returns the number of frames. It may run on any goroutine:
// a is a snapshot (see atlas.Atlas.Snapshot) and is left as it was.
func exportAnimation(ctx context.Context, a *atlas.Atlas, v render.Viewport, an animation, path string, progress func(done, total int)) (int, error) {
	dates := an.frames()
	var g animate.GIF
	err := a.Frames(v, dates, func(i int, _ time.Time, img *image.RGBA) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		var err error
		if an.gif {
			err = g.Add(img)
		} else {
			_, err = animate.WriteFrame(path, i, img)
		}
		if progress != nil {
			progress(i+1, len(dates))
		}
		return err
	})
	if err != nil || !an.gif {
		return len(dates), err
	}
	if err := g.WriteFile(path); err != nil {
		return 0, err
	}
	return len(dates), nil
}
