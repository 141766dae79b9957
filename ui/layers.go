package ui

import (
	"fmt"
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"newsatlas/atlas"
	"newsatlas/render"
	"newsatlas/style"
)

// layersPanel lists the layers, topmost first, one line each: the
// layer's symbol, its visibility and name, and buttons to restyle it
// (colour, width, opacity, style by a property: styleEditor), zoom to it,
// move it up and down the drawing order and, for opened files, remove
// it. A layer of several symbols (the control zones' classes, a layer
// styled by a property) lists them in small type below its line. At the
// window's default size the panel shows the four built-in layers and
// more without scrolling.
type layersPanel struct {
	w   *Window
	box *fyne.Container
	// checks holds each layer's visibility checkbox by name (for tests).
	checks map[string]*widget.Check
	// styles holds each layer's restyle button by name (for tests).
	styles map[string]*widget.Button
	// editor is the style editor open, if any (for tests).
	editor *styleEditor
}

func newLayersPanel(w *Window) *layersPanel {
	return &layersPanel{w: w, box: container.NewVBox(), checks: map[string]*widget.Check{}, styles: map[string]*widget.Button{}}
}

func (p *layersPanel) object() fyne.CanvasObject { return p.box }

// rebuild lays the rows out again after a layer was added, removed,
// moved or restyled.
func (p *layersPanel) rebuild() {
	a := p.w.Atlas
	p.box.Objects = nil
	p.checks = map[string]*widget.Check{}
	p.styles = map[string]*widget.Button{}
	for i := len(a.Layers) - 1; i >= 0; i-- {
		p.box.Add(p.row(a.Layers[i].Name, i))
		p.box.Add(widget.NewSeparator())
	}
	p.box.Refresh()
}

// row is one layer's controls; name finds the layer again when clicked, as
// indices move.
func (p *layersPanel) row(name string, i int) fyne.CanvasObject {
	a, m := p.w.Atlas, p.w.Map
	l := &a.Layers[i]
	check := widget.NewCheck(name, func(on bool) {
		if l := a.Layer(name); l != nil && l.Hidden == on {
			if err := a.SetHidden(name, !on); err != nil {
				p.w.showError(err)
				return
			}
			p.w.log.printf("layer %s visible=%t", name, on)
			m.Redraw()
		}
	})
	check.SetChecked(!l.Hidden)
	p.checks[name] = check

	restyle := p.button(theme.ColorPaletteIcon(), func() { p.edit(name) })
	if name == atlas.AleppoControl {
		restyle.Disable() // drawn in the factions' colours, dissolved by date
	}
	p.styles[name] = restyle
	tools := container.NewHBox(
		restyle,
		p.button(theme.ZoomFitIcon(), func() { p.w.fitLayer(name) }),
		p.button(theme.MoveUpIcon(), func() { p.move(name, +1) }),
		p.button(theme.MoveDownIcon(), func() { p.move(name, -1) }),
	)
	if !atlas.IsBuiltin(name) {
		tools.Add(p.button(theme.DeleteIcon(), func() { p.w.removeLayer(name) }))
	}
	if i == len(a.Layers)-1 {
		tools.Objects[2].(*widget.Button).Disable()
	}
	if i == 0 {
		tools.Objects[3].(*widget.Button).Disable()
	}
	items := atlas.LegendOf(l)
	var sym fyne.CanvasObject = fixed(layout.NewSpacer(), fyne.NewSize(18, 14))
	if len(items) == 1 {
		sym = symbol(items[0])
	}
	line := container.NewBorder(nil, nil, sym, tools, check)
	if len(items) < 2 {
		return line
	}
	return container.NewVBox(line, legendGrid(items))
}

// legendGrid lists a layer's legend rows in small type, as many to a
// line as fit.
func legendGrid(items []render.LegendItem) fyne.CanvasObject {
	var cells []fyne.CanvasObject
	var heading fyne.CanvasObject
	for _, it := range items {
		t := canvas.NewText(it.Label, theme.Color(theme.ColorNameForeground))
		t.TextSize = theme.CaptionTextSize()
		if it.Kind == render.LegendHeading {
			heading = t
			continue
		}
		cells = append(cells, container.NewHBox(symbol(it), t))
	}
	grid := container.New(layout.NewGridWrapLayout(fyne.NewSize(132, 20)), cells...)
	var o fyne.CanvasObject = grid
	if heading != nil {
		o = container.NewVBox(heading, grid)
	}
	// Indented to line up with the layer's name.
	return container.NewBorder(nil, nil, fixed(layout.NewSpacer(), fyne.NewSize(24, 1)), nil, o)
}

func (p *layersPanel) button(icon fyne.Resource, tapped func()) *widget.Button {
	b := widget.NewButtonWithIcon("", icon, tapped)
	b.Importance = widget.LowImportance
	return b
}

// move shifts a layer up (+1, drawn later) or down (-1) the order.
func (p *layersPanel) move(name string, d int) {
	a := p.w.Atlas
	i := a.Index(name)
	if i < 0 || i+d < 0 || i+d >= len(a.Layers) {
		return
	}
	if err := a.Move(name, i+d); err != nil {
		p.w.showError(err)
		return
	}
	p.rebuild()
	p.w.Map.Redraw()
}

// fitLayer zooms the map to a layer, or says it has no features instead
// of flying to 0°, 0°: the window calls it for a file just opened and for
// the layers panel's zoom button.
func (w *Window) fitLayer(name string) {
	l := w.Atlas.Layer(name)
	if l == nil || l.Layer == nil {
		return
	}
	if !hasGeometry(l) {
		msg := fmt.Sprintf("%s: no features to show", l.Source)
		if len(l.Features) > 0 {
			msg = fmt.Sprintf("%s: no features with a location (%d without geometry)", l.Source, len(l.Features))
		}
		w.log.printf("no features %s", l.Source)
		w.show(dialog.NewInformation("No features", msg, w.Win))
		return
	}
	w.Map.ZoomToLayer(name)
}

// hasGeometry reports whether any feature of a layer has a location.
func hasGeometry(l *render.Layer) bool {
	for t, n := range l.Types {
		if t != "null" && n > 0 {
			return true
		}
	}
	return false
}

// symbol is a small sample of a legend row: a filled square (hatched for
// contested zones), a line, a pin dot or a few dots.
func symbol(it render.LegendItem) fyne.CanvasObject {
	st := it.Style
	size := fyne.NewSize(18, 14)
	var o fyne.CanvasObject
	switch it.Kind {
	case render.LegendMarker:
		r := canvas.NewCircle(st.MarkerColor)
		r.StrokeColor, r.StrokeWidth = color.White, 1
		o = fixed(r, fyne.NewSize(11, 11))
	case render.LegendDots:
		c := st.MarkerColor
		r := canvas.NewRasterWithPixels(func(x, y, w, h int) color.Color {
			for _, d := range [][2]float64{{0.2, 0.3}, {0.55, 0.2}, {0.8, 0.55}, {0.35, 0.75}, {0.65, 0.85}} {
				dx, dy := float64(x)-d[0]*float64(w), float64(y)-d[1]*float64(h)
				if dx*dx+dy*dy <= 2.5*float64(w)/18*float64(w)/18 {
					return c
				}
			}
			return color.Transparent
		})
		o = fixed(r, size)
	case render.LegendLine:
		ln := canvas.NewLine(st.Stroke)
		ln.StrokeWidth = float32(min(max(st.StrokeWidth, 1.5), 5))
		ln.Position1, ln.Position2 = fyne.NewPos(1, 12), fyne.NewPos(17, 2)
		o = fixed(container.NewWithoutLayout(ln), size)
	default:
		if st.Hatch {
			stripe, bg := overWhite(st.Stroke), overWhite(st.Fill)
			r := canvas.NewRasterWithPixels(func(x, y, w, h int) color.Color {
				if style.Striped(x, y, 6) || x == 0 || y == 0 || x == w-1 || y == h-1 {
					return stripe
				}
				return bg
			})
			o = fixed(r, size)
		} else {
			r := canvas.NewRectangle(overWhite(st.Fill))
			r.StrokeColor = st.Stroke
			r.StrokeWidth = 1.5
			o = fixed(r, size)
		}
	}
	return container.NewCenter(o)
}

// fixed gives o a minimum size of its own.
func fixed(o fyne.CanvasObject, size fyne.Size) fyne.CanvasObject {
	pad := canvas.NewRectangle(color.Transparent)
	pad.SetMinSize(size)
	return container.NewStack(pad, o)
}

// overWhite is a colour as it looks over the map's pale ground, opaque,
// so that swatches read the same in light and dark themes.
func overWhite(c color.NRGBA) color.NRGBA { return style.Over(c, color.NRGBA{0xf8, 0xf8, 0xf8, 0xff}) }

// zoomCluster zooms into the cluster a click hit, if it did, so that its
// pins come apart.
func (w *Window) zoomCluster(hits []atlas.Hit) {
	if len(hits) > 0 && hits[0].Cluster != nil {
		w.log.printf("cluster of %d in %s", len(hits), hits[0].Layer)
		w.Map.ZoomToBound(*hits[0].Cluster)
	}
}
