package ui

import (
	"image"
	"image/color"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"

	"newsatlas/layer"
)

// histogramHeight is the height of a timed layer's histogram.
const histogramHeight = 14

// histogram is a timed layer's features counted by day along the
// timeline's axis: a bar chart in the layer's colour as wide as the
// slider, under it, so that the dates with data stand out.
type histogram struct {
	widget.BaseWidget
	name   string
	axis   axis
	days   []int // features starting on each day from axis.start
	colour color.NRGBA
}

var _ fyne.Widget = (*histogram)(nil)

// newHistogram counts l's features by the day they start.
func newHistogram(ax axis, l *layer.Layer, colour color.NRGBA) *histogram {
	h := &histogram{name: l.Name, axis: ax, colour: colour}
	n := int(ax.days(ax.end)) + 1
	h.days = make([]int, max(n, 1))
	for _, iv := range l.Times().Features {
		if !iv.Timed() {
			continue
		}
		d := int(ax.days(iv.From().Truncate(24 * time.Hour)))
		if d >= 0 && d < len(h.days) {
			h.days[d]++
		}
	}
	h.ExtendBaseWidget(h)
	return h
}

// image draws the bars at w x h pixels for a widget width wide: each
// column's height is its count over the greatest column's.
func (h *histogram) image(w, ht int, width float32) image.Image {
	img := image.NewNRGBA(image.Rect(0, 0, max(w, 1), max(ht, 1)))
	if w <= 0 || ht <= 0 || width <= 0 {
		return img
	}
	scale := float32(w) / width
	cols := make([]int, w)
	most := 0
	for d, n := range h.days {
		if n == 0 {
			continue
		}
		x := int(h.axis.x(h.axis.start.AddDate(0, 0, d), width) * scale)
		if x >= 0 && x < w {
			cols[x] += n
			most = max(most, cols[x])
		}
	}
	// A faint line along the bottom spans the layer's days.
	first, last := -1, -1
	for x, n := range cols {
		if n > 0 {
			if first < 0 {
				first = x
			}
			last = x
		}
	}
	faint := h.colour
	faint.A = 0x60
	for x := max(first, 0); x <= last; x++ {
		img.SetNRGBA(x, ht-1, faint)
	}
	// A bar is 2 logical pixels wide at least, so that a day stands out
	// on a track of years.
	bar := max(1, int(2*scale+0.5))
	for x, n := range cols {
		if n == 0 {
			continue
		}
		top := ht - max(1, int(float64(ht)*float64(n)/float64(most)+0.5))
		for bx := x; bx < min(x+bar, w); bx++ {
			if bx > x && cols[bx] > 0 {
				break
			}
			for y := top; y < ht; y++ {
				img.SetNRGBA(bx, y, h.colour)
			}
		}
	}
	return img
}

// CreateRenderer implements fyne.Widget.
func (h *histogram) CreateRenderer() fyne.WidgetRenderer {
	r := &histogramRenderer{h: h}
	r.raster = canvas.NewRaster(func(w, ht int) image.Image {
		return h.image(w, ht, h.Size().Width)
	})
	return r
}

type histogramRenderer struct {
	h      *histogram
	raster *canvas.Raster
}

// Layout implements fyne.WidgetRenderer.
func (r *histogramRenderer) Layout(size fyne.Size) { r.raster.Resize(size) }

// MinSize implements fyne.WidgetRenderer.
func (r *histogramRenderer) MinSize() fyne.Size { return fyne.NewSize(100, histogramHeight) }

// Refresh implements fyne.WidgetRenderer.
func (r *histogramRenderer) Refresh() { r.raster.Refresh() }

// Objects implements fyne.WidgetRenderer.
func (r *histogramRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.raster} }

// Destroy implements fyne.WidgetRenderer.
func (r *histogramRenderer) Destroy() {}
