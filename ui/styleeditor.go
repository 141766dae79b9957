package ui

import (
	"cmp"
	"fmt"
	"image/color"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"newsatlas/atlas"
	"newsatlas/style"
)

// styleEditor restyles one layer, each change drawn at once and kept in
// the session: its colour (a swatch of the layer palette or Fyne's colour
// picker), the width of its lines and outlines, its opacity, styling by
// a property (a colour for each category, or graduated classes of a
// number by quantiles or equal intervals), and whether its dense pins
// cluster.
type styleEditor struct {
	widget.BaseWidget
	p    *layersPanel
	name string
	rule style.Rule
	base style.Style // the layer's first feature's style as loaded

	colour   *canvas.Rectangle
	swatches []*widget.Button // the layer palette's colours, in order
	width    *widget.Slider
	opacity  *widget.Slider
	by       *widget.Select
	property *widget.Select
	classes  *widget.Select
	method   *widget.RadioGroup
	cluster  *widget.Check
	problem  *widget.Label
	content  fyne.CanvasObject
}

var _ fyne.Widget = (*styleEditor)(nil)

// The choices of styleEditor.by.
const (
	byOne        = "One colour"
	byCategories = "Categories"
	byGraduated  = "Graduated"
)

// newStyleEditor makes the editor of the named layer, showing its style
// as it stands.
func newStyleEditor(p *layersPanel, name string) *styleEditor {
	a := p.w.Atlas
	l := a.Layer(name)
	e := &styleEditor{p: p, name: name, rule: a.Rule(name)}
	e.base = style.Spec
	if len(l.Features) > 0 {
		e.base = l.StyleOf(0)
	}
	shown := e.rule.Restyle(e.base)
	e.colour = canvas.NewRectangle(color.NRGBA{shown.MarkerColor.R, shown.MarkerColor.G, shown.MarkerColor.B, 0xff})
	e.colour.SetMinSize(fyne.NewSize(28, 20))
	e.colour.CornerRadius = 3
	swatches := container.NewHBox(e.colour)
	for _, c := range style.LayerColours() {
		swatches.Add(e.swatchButton(c))
	}
	swatches.Add(widget.NewButton("More…", e.pickColour))

	e.width = widget.NewSlider(0.5, 12)
	e.width.Step = 0.5
	e.width.SetValue(shown.StrokeWidth)
	e.width.OnChanged = func(v float64) { e.rule.Width = v; e.apply() }

	e.opacity = widget.NewSlider(0, 1)
	e.opacity.Step = 0.05
	e.opacity.SetValue(l.Opacity)
	e.opacity.OnChanged = func(v float64) {
		if l := a.Layer(name); l != nil && l.Opacity != v {
			if err := a.SetOpacity(name, v); err != nil {
				e.problem.SetText(err.Error())
				return
			}
			p.w.Map.Redraw()
		}
	}

	e.property = widget.NewSelect(atlas.Properties(l.Layer), func(s string) { e.rule.Property = s; e.apply() })
	e.property.PlaceHolder = "(property)"
	e.property.Selected = e.rule.Property
	var counts []string
	for n := 2; n <= style.MaxGraduated; n++ {
		counts = append(counts, strconv.Itoa(n))
	}
	e.classes = widget.NewSelect(counts, func(s string) { e.rule.Classes, _ = strconv.Atoi(s); e.apply() })
	e.classes.Selected = strconv.Itoa(cmp.Or(e.rule.Classes, 5))
	e.method = widget.NewRadioGroup([]string{style.Quantiles.String(), style.EqualIntervals.String()}, func(s string) {
		m, err := style.ParseMethod(s)
		if err == nil {
			e.rule.Method = m
			e.apply()
		}
	})
	e.method.Horizontal = true
	e.method.Selected = e.rule.Method.String()
	e.by = widget.NewSelect([]string{byOne, byCategories, byGraduated}, e.setBy)
	e.by.Selected = map[style.By]string{style.Single: byOne, style.Category: byCategories, style.Graduated: byGraduated}[e.rule.By]
	e.cluster = widget.NewCheck("Cluster dense pins", func(on bool) {
		if l := a.Layer(name); l != nil && l.NoCluster == on {
			l.NoCluster = !on
			p.w.Map.Redraw()
		}
	})
	e.cluster.Checked = !l.NoCluster
	e.problem = widget.NewLabel("")
	e.problem.Wrapping = fyne.TextWrapWord
	e.problem.Importance = widget.DangerImportance

	form := widget.NewForm(
		widget.NewFormItem("Colour", swatches),
		widget.NewFormItem("Width", e.width),
		widget.NewFormItem("Opacity", e.opacity),
		widget.NewFormItem("Style by", e.by),
		widget.NewFormItem("Property", e.property),
		widget.NewFormItem("Classes", container.NewHBox(e.classes, e.method)),
	)
	box := container.NewVBox(widget.NewLabel(sourceLine(l.Source)), form)
	if hasPins(l.Layer.Types) {
		box.Add(e.cluster)
	}
	box.Add(container.NewHBox(widget.NewButton("Reset", e.reset)))
	box.Add(e.problem)
	e.content = box
	e.enable()
	e.ExtendBaseWidget(e)
	return e
}

// CreateRenderer draws the editor's form.
func (e *styleEditor) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(e.content)
}

// swatchButton is a button in colour c that gives the layer that colour.
func (e *styleEditor) swatchButton(c color.NRGBA) fyne.CanvasObject {
	r := canvas.NewRectangle(c)
	r.SetMinSize(fyne.NewSize(20, 20))
	r.CornerRadius = 3
	b := widget.NewButton("", func() { e.setColour(c) })
	b.Importance = widget.LowImportance
	e.swatches = append(e.swatches, b)
	return container.NewStack(b, container.NewPadded(r))
}

// pickColour opens Fyne's colour picker on the layer's colour.
func (e *styleEditor) pickColour() {
	d := dialog.NewColorPicker("Colour of "+e.name, "", func(c color.Color) {
		e.setColour(color.NRGBAModel.Convert(c).(color.NRGBA))
	}, e.p.w.Win)
	d.Advanced = true
	d.Show()
	d.SetColor(e.colour.FillColor)
}

// setColour gives the layer colour c, styled as one colour.
func (e *styleEditor) setColour(c color.NRGBA) {
	c.A = 0xff
	e.rule.Colour = c
	e.rule.By, e.rule.Property = style.Single, ""
	e.by.Selected = byOne
	e.by.Refresh()
	e.colour.FillColor = c
	e.colour.Refresh()
	e.enable()
	e.apply()
}

// setBy switches between one colour, categories and graduated classes.
func (e *styleEditor) setBy(s string) {
	switch s {
	case byCategories:
		e.rule.By = style.Category
	case byGraduated:
		e.rule.By = style.Graduated
	default:
		e.rule.By, e.rule.Property = style.Single, ""
		e.property.ClearSelected()
	}
	e.enable()
	if e.rule.By == style.Single || e.rule.Property != "" {
		e.apply()
	}
}

// enable enables the controls of the styling chosen.
func (e *styleEditor) enable() {
	set := func(on bool, ws ...fyne.Disableable) {
		for _, w := range ws {
			if on {
				w.Enable()
			} else {
				w.Disable()
			}
		}
	}
	set(e.rule.By != style.Single, e.property)
	set(e.rule.By == style.Graduated, e.classes, e.method)
}

// reset gives the layer back its styles as loaded, fully opaque.
func (e *styleEditor) reset() {
	e.rule = style.Rule{}
	changed := e.width.OnChanged
	e.width.OnChanged = nil // the layer's own width, not a rule's
	e.width.SetValue(e.base.StrokeWidth)
	e.width.OnChanged = changed
	c := e.base.MarkerColor
	e.colour.FillColor = color.NRGBA{c.R, c.G, c.B, 0xff}
	e.colour.Refresh()
	e.opacity.SetValue(1)
	e.by.SetSelected(byOne)
	e.apply()
}

// apply restyles the layer by the editor's rule and draws it.
func (e *styleEditor) apply() {
	r := e.rule
	if r.By == style.Graduated {
		r.Classes = cmp.Or(r.Classes, 5)
	}
	if r.By != style.Single && r.Property == "" {
		return
	}
	if err := e.p.w.Atlas.SetStyle(e.name, r); err != nil {
		e.problem.SetText(err.Error())
		return
	}
	e.problem.SetText("")
	e.p.w.log.printf("layer %s style %s", e.name, r)
	e.p.rebuild()
	e.p.w.Map.Redraw()
}

// edit opens the style editor of the named layer.
func (p *layersPanel) edit(name string) {
	if p.w.Atlas.Layer(name) == nil {
		return
	}
	e := newStyleEditor(p, name)
	p.editor = e
	d := dialog.NewCustom(fmt.Sprintf("Style of %s", name), "Close", e, p.w.Win)
	d.SetOnClosed(func() { p.editor = nil })
	p.w.show(d)
}

// sourceLine is a layer's source, shortened to a line.
func sourceLine(s string) string {
	if len([]rune(s)) > 60 {
		s = string([]rune(s)[:59]) + "…"
	}
	return s
}

// hasPins reports whether geometry types of a layer include points.
func hasPins(types map[string]int) bool {
	return types["Point"] > 0 || types["MultiPoint"] > 0
}
