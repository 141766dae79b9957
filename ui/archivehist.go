package ui

import (
	"image"
	"image/color"
	"math"
	"slices"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"
)

// archiveHistHeight is the height of the archive's histogram under the
// timeline's slider.
const archiveHistHeight = 18

// MaxPlayDays is the most archive days Play steps through one by one;
// past it, it steps a week at a time.
const MaxPlayDays = 200

// archiveHist draws the number of an archive's articles per day, or per
// week where days would be thinner than a few pixels, as bars under the
// timeline's slider, on the slider's axis. It is hidden while no archive
// is open.
type archiveHist struct {
	widget.BaseWidget
	axis axis
	days []dayCount
}

func newArchiveHist(ax axis) *archiveHist {
	h := &archiveHist{axis: ax}
	h.ExtendBaseWidget(h)
	h.Hide()
	return h
}

// set shows the counts of an archive (none: hidden).
func (h *archiveHist) set(days []dayCount) {
	h.days = days
	if len(days) == 0 {
		h.Hide()
	} else {
		h.Show()
	}
	h.Refresh()
}

// bins are the counts summed per bin of the given length from the axis's
// start, and the largest.
func (h *archiveHist) bins(binDays int) (map[int]int, int) {
	out := map[int]int{}
	most := 0
	for _, d := range h.days {
		if d.Day.Before(h.axis.start) || d.Day.After(h.axis.end) {
			continue
		}
		i := int(h.axis.days(d.Day)) / binDays
		out[i] += d.N
		most = max(most, out[i])
	}
	return out, most
}

// binDays is the length of a bin, a day or a week, for a histogram width
// pixels wide: a week when a day would be under 3 pixels.
func (h *archiveHist) binDays(width float32) int {
	if span := h.axis.days(h.axis.end); span > 0 && float64(width)/span < 3 {
		return 7
	}
	return 1
}

// draw paints the bars in a w by h pixel image of a widget size wide.
func (h *archiveHist) draw(w, ht int, size fyne.Size) image.Image {
	img := image.NewNRGBA(image.Rect(0, 0, max(w, 1), max(ht, 1)))
	if w <= 0 || ht <= 0 || size.Width <= 0 {
		return img
	}
	scale := float32(w) / size.Width
	bd := h.binDays(size.Width)
	bins, most := h.bins(bd)
	if most == 0 {
		return img
	}
	c := color.NRGBA{0x1f, 0x4e, 0x9a, 0xd0}
	for i, n := range bins {
		from := h.axis.start.AddDate(0, 0, i*bd)
		to := from.AddDate(0, 0, bd)
		x0 := int(h.axis.x(from, size.Width) * scale)
		x1 := max(x0+1, int(h.axis.x(to, size.Width)*scale)-1)
		// A square root keeps a quiet week visible beside a busy one.
		top := ht - max(1, int(math.Round(math.Sqrt(float64(n)/float64(most))*float64(ht))))
		for y := top; y < ht; y++ {
			for x := max(x0, 0); x < min(x1, w); x++ {
				img.SetNRGBA(x, y, c)
			}
		}
	}
	return img
}

// CreateRenderer implements fyne.Widget.
func (h *archiveHist) CreateRenderer() fyne.WidgetRenderer {
	r := &archiveHistRenderer{h: h}
	r.raster = canvas.NewRaster(func(w, ht int) image.Image { return h.draw(w, ht, r.size) })
	r.raster.ScaleMode = canvas.ImageScalePixels
	return r
}

type archiveHistRenderer struct {
	h      *archiveHist
	raster *canvas.Raster
	size   fyne.Size
}

// Layout implements fyne.WidgetRenderer.
func (r *archiveHistRenderer) Layout(size fyne.Size) {
	r.size = size
	r.raster.Resize(size)
}

// MinSize implements fyne.WidgetRenderer.
func (r *archiveHistRenderer) MinSize() fyne.Size {
	return fyne.NewSize(100, archiveHistHeight)
}

// Refresh implements fyne.WidgetRenderer.
func (r *archiveHistRenderer) Refresh() { r.raster.Refresh() }

// Objects implements fyne.WidgetRenderer.
func (r *archiveHistRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.raster} }

// Destroy implements fyne.WidgetRenderer.
func (r *archiveHistRenderer) Destroy() {}

// setArchiveDays shows an archive's articles per day under the slider,
// the slider's range widened to take in its days, and lets Play and the
// step buttons stop at them; none for no archive.
func (t *timelineBar) setArchiveDays(days []dayCount) {
	t.hist.set(days)
	t.respan()
	t.set(t.a.Date)
	if t.relayout != nil {
		t.relayout()
	}
}

// stops are the dates Play and the step buttons stop at, in order: the
// control zones' changes and, with an archive open, the days its articles
// are dated (their weeks' first days when there are more than
// MaxPlayDays), within the timeline.
func (t *timelineBar) stops() []time.Time {
	var out []time.Time
	if t.a.Timeline != nil {
		out = append(out, t.a.Timeline.Changes()...)
	}
	days := t.hist.days
	if len(days) == 0 {
		return out
	}
	week := len(days) > MaxPlayDays
	for _, d := range days {
		day := d.Day
		if week {
			day = t.axis.date(float64(int(t.axis.days(day)) / 7 * 7))
		}
		if !day.Before(t.axis.start) && !day.After(t.axis.end) {
			out = append(out, day)
		}
	}
	slices.SortFunc(out, func(a, b time.Time) int { return a.Compare(b) })
	return slices.CompactFunc(out, func(a, b time.Time) bool { return a.Equal(b) })
}

// keepShown reports whether the bar stays up wherever the map looks: while
// an archive is open, whose dates it plays through.
func (t *timelineBar) keepShown() bool { return len(t.hist.days) > 0 }
