package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"newsatlas/atlas"
	"newsatlas/render"
	"newsatlas/style"
)

// layersPanel lists the layers, topmost first: visibility, legend,
// opacity, zoom to, drawing order and, for opened files, remove.
type layersPanel struct {
	w   *Window
	box *fyne.Container
	// checks holds each layer's visibility checkbox by name (for tests).
	checks map[string]*widget.Check
}

func newLayersPanel(w *Window) *layersPanel {
	return &layersPanel{w: w, box: container.NewVBox(), checks: map[string]*widget.Check{}}
}

func (p *layersPanel) object() fyne.CanvasObject { return p.box }

// rebuild lays the rows out again after a layer was added, removed or
// moved.
func (p *layersPanel) rebuild() {
	a := p.w.Atlas
	p.box.Objects = nil
	p.checks = map[string]*widget.Check{}
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

	tools := container.NewHBox(
		p.button(theme.ZoomFitIcon(), func() { m.ZoomToLayer(name) }),
		p.button(theme.MoveUpIcon(), func() { p.move(name, +1) }),
		p.button(theme.MoveDownIcon(), func() { p.move(name, -1) }),
	)
	if !atlas.IsBuiltin(name) {
		tools.Add(p.button(theme.DeleteIcon(), func() { p.w.removeLayer(name) }))
	}
	if i == len(a.Layers)-1 {
		tools.Objects[1].(*widget.Button).Disable()
	}
	if i == 0 {
		tools.Objects[2].(*widget.Button).Disable()
	}

	opacity := widget.NewSlider(0, 1)
	opacity.Step = 0.05
	opacity.Value = l.Opacity
	opacity.OnChanged = func(v float64) {
		if l := a.Layer(name); l != nil && l.Opacity != v {
			if err := a.SetOpacity(name, v); err != nil {
				p.w.showError(err)
				return
			}
			m.Redraw()
		}
	}
	opRow := container.NewBorder(nil, nil, widget.NewLabel("Opacity"), nil, opacity)
	return container.NewVBox(
		container.NewBorder(nil, nil, nil, tools, check),
		p.legend(l),
		opRow,
	)
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

// legend draws the layer's legend (atlas.LegendOf, as the map's legend
// reads it): a swatch per control class of a control layer, otherwise one
// swatch beside the layer's source.
func (p *layersPanel) legend(l *render.Layer) fyne.CanvasObject {
	items := atlas.LegendOf(l)
	if l.Name == atlas.AleppoControl {
		var pairs []fyne.CanvasObject
		for _, it := range items {
			pairs = append(pairs, container.NewHBox(swatch(it.Style, it.Kind == render.LegendMarker), widget.NewLabel(it.Label)))
		}
		return container.New(layout.NewGridWrapLayout(fyne.NewSize(120, 28)), pairs...)
	}
	box := container.NewHBox()
	if len(items) > 0 {
		box.Add(swatch(items[0].Style, items[0].Kind == render.LegendMarker))
	}
	box.Add(widget.NewLabel(sourceLine(l)))
	return box
}

func sourceLine(l *render.Layer) string {
	s := l.Source
	if len([]rune(s)) > 40 {
		s = string([]rune(s)[:39]) + "…"
	}
	return s
}

// swatch is a small sample of a style: a filled square, hatched for
// contested zones, or a pin dot.
func swatch(st style.Style, point bool) fyne.CanvasObject {
	if st.Hatch && !point {
		stripe, bg := overWhite(st.Stroke), overWhite(st.Fill)
		r := canvas.NewRasterWithPixels(func(x, y, w, h int) color.Color {
			if style.Striped(x, y, 6) || x == 0 || y == 0 || x == w-1 || y == h-1 {
				return stripe
			}
			return bg
		})
		r.SetMinSize(fyne.NewSize(18, 14))
		return container.NewCenter(r)
	}
	var o *canvas.Rectangle
	if point {
		o = canvas.NewRectangle(st.MarkerColor)
		o.CornerRadius = 7
	} else {
		o = canvas.NewRectangle(overWhite(st.Fill))
		o.StrokeColor = st.Stroke
		o.StrokeWidth = 1.5
	}
	o.SetMinSize(fyne.NewSize(18, 14))
	return container.NewCenter(o)
}

// overWhite is a colour as it looks over the map's pale ground, opaque,
// so that swatches read the same in light and dark themes.
func overWhite(c color.NRGBA) color.NRGBA {
	a := float64(c.A) / 255
	mix := func(v uint8) uint8 { return uint8(float64(v)*a + 0xf8*(1-a) + 0.5) }
	return color.NRGBA{mix(c.R), mix(c.G), mix(c.B), 0xff}
}
