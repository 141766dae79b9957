package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// tableView shows a Markdown table in the article panel: its cells'
// flows in a grid, each column as wide as its longest line where the panel
// allows it (else the wide columns share what the narrow ones leave), the
// header row on a shaded band and a rule under every row. Cells wrap, so a
// table never runs past the panel's edge.
type tableView struct {
	widget.BaseWidget
	rows  [][]fyne.CanvasObject // the cells, row by row, the header row first
	width float32               // the width of the last layout
	// onHeight is called when a layout finds the table a new height for
	// its width: the panel lays its paragraphs out again.
	onHeight func()
}

var _ fyne.Widget = (*tableView)(nil)

func newTableView(rows [][]fyne.CanvasObject) *tableView {
	t := &tableView{rows: rows}
	t.ExtendBaseWidget(t)
	return t
}

// CreateRenderer implements fyne.Widget.
func (t *tableView) CreateRenderer() fyne.WidgetRenderer {
	r := &tableRenderer{t: t, header: canvas.NewRectangle(theme.Color(theme.ColorNameHeaderBackground))}
	r.objects = append(r.objects, r.header)
	for range t.rows {
		rule := canvas.NewRectangle(theme.Color(theme.ColorNameSeparator))
		r.rules = append(r.rules, rule)
		r.objects = append(r.objects, rule)
	}
	for _, row := range t.rows {
		r.objects = append(r.objects, row...)
	}
	return r
}

type tableRenderer struct {
	t       *tableView
	header  *canvas.Rectangle
	rules   []*canvas.Rectangle // one under each row
	objects []fyne.CanvasObject
	height  float32
}

// columns are the widths of the table's columns, cell padding included,
// for a table at most w wide.
func (r *tableRenderer) columns(w float32) []float32 {
	pad := theme.Padding()
	var cols []float32
	for _, row := range r.t.rows {
		for c, cell := range row {
			if c == len(cols) {
				cols = append(cols, 0)
			}
			cols[c] = max(cols[c], lineWidth(cell)+2*pad)
		}
	}
	total := float32(0)
	for _, c := range cols {
		total += c
	}
	if total <= w || len(cols) == 0 {
		return cols
	}
	// The columns narrower than an even share keep their width; the
	// others share the rest in proportion to their longest lines.
	share, rest, wide := w/float32(len(cols)), w, float32(0)
	for _, c := range cols {
		if c <= share {
			rest -= c
		} else {
			wide += c
		}
	}
	for i, c := range cols {
		if c > share {
			cols[i] = max(c*rest/wide, 2*pad+1)
		}
	}
	return cols
}

// lineWidth is how wide a cell's text is on one line: its longest line,
// unwrapped.
func lineWidth(o fyne.CanvasObject) float32 {
	f, ok := o.(*flowText)
	if !ok {
		return o.MinSize().Width
	}
	space := fyne.MeasureText(" ", theme.TextSize(), fyne.TextStyle{}).Width
	widest, line := float32(0), float32(0)
	for _, w := range f.words {
		if t, ok := w.(*canvas.Text); ok && (t.Text == " " || t.Text == "\n") {
			if t.Text == "\n" {
				widest, line = max(widest, line), 0
			} else {
				line += space
			}
			continue
		}
		line += w.MinSize().Width
	}
	return max(widest, line)
}

// place lays the cells out for width w (when move is set) and returns the
// table's height: the cells' heights at the widths they were last laid
// out at.
func (r *tableRenderer) place(w float32, move bool) float32 {
	pad := theme.Padding()
	cols := r.columns(w)
	full := float32(0)
	for _, c := range cols {
		full += c
	}
	y := float32(0)
	for i, row := range r.t.rows {
		x, h := float32(0), float32(0)
		for c, cell := range row {
			if move {
				cw := cols[c] - 2*pad
				cell.Resize(fyne.NewSize(cw, cell.MinSize().Height)) // lays it out at the width
				cell.Resize(fyne.NewSize(cw, cell.MinSize().Height))
				cell.Move(fyne.NewPos(x+pad, y+pad))
			}
			h = max(h, cell.MinSize().Height)
			x += cols[c]
		}
		h += 2 * pad
		if move {
			if i == 0 {
				r.header.Move(fyne.NewPos(0, y))
				r.header.Resize(fyne.NewSize(full, h))
			}
			r.rules[i].Move(fyne.NewPos(0, y+h-1))
			r.rules[i].Resize(fyne.NewSize(full, 1))
		}
		y += h
	}
	return y
}

// Layout implements fyne.WidgetRenderer.
func (r *tableRenderer) Layout(size fyne.Size) {
	h := r.place(size.Width, true)
	if size.Width != r.t.width || h != r.height {
		grew := h != r.height
		r.t.width, r.height = size.Width, h
		if grew && r.t.onHeight != nil {
			r.t.onHeight()
		}
	}
}

// MinSize implements fyne.WidgetRenderer: a column a word wide, as tall
// as the table at the last width laid out.
func (r *tableRenderer) MinSize() fyne.Size {
	w := r.t.width
	if w <= 0 {
		w = 320
	}
	return fyne.NewSize(40, r.place(w, false))
}

// Refresh implements fyne.WidgetRenderer.
func (r *tableRenderer) Refresh() {
	r.header.FillColor = theme.Color(theme.ColorNameHeaderBackground)
	for _, rule := range r.rules {
		rule.FillColor = theme.Color(theme.ColorNameSeparator)
	}
	for _, o := range r.objects {
		o.Refresh()
	}
}

// Objects implements fyne.WidgetRenderer.
func (r *tableRenderer) Objects() []fyne.CanvasObject { return r.objects }

// Destroy implements fyne.WidgetRenderer.
func (r *tableRenderer) Destroy() {}
