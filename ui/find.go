package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"newsatlas/atlas"
)

// shortcutFind focuses the find field.
var shortcutFind = &desktop.CustomShortcut{KeyName: fyne.KeyF, Modifier: fyne.KeyModifierShortcutDefault}

// maxSuggestions is how many answers the find field lists.
const maxSuggestions = 8

// findWidth is the width of the find field and its list, in Fyne units.
const findWidth = 280

// findField is the search field at the top of the map, in the middle: the gazetteer's places and
// the open layers' features are suggested as the user types (atlas.Finder), and Enter or a
// tap on a suggestion goes there. The suggestions sit in the window's own content rather
// than in a pop-up, so the field keeps the keyboard while they show.
type findField struct {
	entry  *findEntry
	finder *atlas.Finder
	found  []atlas.Found
	cur    int // the highlighted suggestion
	rows   []*suggestion
	box    *fyne.Container // the suggestions and their background, hidden when there are none
	obj    fyne.CanvasObject
	// goTo moves the map to an answer.
	goTo func(atlas.Found)
}

// newFindField makes the field over a's places and layers; goTo moves the map.
func newFindField(a *atlas.Atlas, goTo func(atlas.Found)) *findField {
	f := &findField{finder: atlas.NewFinder(a), goTo: goTo}
	f.entry = newFindEntry(f)
	f.entry.SetPlaceHolder("Find a place (Ctrl+F)")
	f.entry.OnChanged = f.typed
	f.entry.OnSubmitted = func(string) { f.choose(f.cur) }
	list := container.New(vertical{})
	for i := 0; i < maxSuggestions; i++ {
		r := newSuggestion(func() { f.choose(i) })
		f.rows = append(f.rows, r)
		list.Add(r.obj)
	}
	bg := canvas.NewRectangle(theme.Color(theme.ColorNameOverlayBackground))
	bg.CornerRadius = theme.InputRadiusSize()
	f.box = container.NewStack(bg, list)
	f.box.Hide()
	column := container.New(vertical{width: findWidth}, f.entry, f.box)
	f.obj = container.NewBorder(container.NewHBox(layout.NewSpacer(), container.NewPadded(column), layout.NewSpacer()), nil, nil, nil)
	return f
}

// object is the field and its suggestions, to lay over the map.
func (f *findField) object() fyne.CanvasObject { return f.obj }

// focus puts the keyboard in the field, its text selected to be typed over.
func (f *findField) focus(c fyne.Canvas) {
	c.Focus(f.entry)
	f.entry.TypedShortcut(&fyne.ShortcutSelectAll{})
}

// typed lists the answers for the text typed so far.
func (f *findField) typed(text string) {
	f.found = f.finder.Find(text, maxSuggestions)
	f.cur = 0
	f.show()
}

// show puts the answers in the rows and highlights the current one.
func (f *findField) show() {
	for i, r := range f.rows {
		if i < len(f.found) {
			r.set(f.found[i].String(), i == f.cur)
			r.obj.Show()
		} else {
			r.obj.Hide()
		}
	}
	if len(f.found) == 0 {
		f.box.Hide()
	} else {
		f.box.Show()
	}
	f.obj.Refresh() // lays the list out again: its height follows the answers
}

// move highlights the suggestion by steps below (above when negative) the current one.
func (f *findField) move(by int) {
	if len(f.found) == 0 {
		return
	}
	f.cur = (f.cur + by + len(f.found)) % len(f.found)
	f.show()
}

// choose goes to the i-th answer and puts its name in the field.
func (f *findField) choose(i int) {
	if i < 0 || i >= len(f.found) {
		return
	}
	a := f.found[i]
	f.dismiss()
	f.entry.OnChanged = nil
	f.entry.SetText(a.Name)
	f.entry.OnChanged = f.typed
	f.goTo(a)
}

// dismiss hides the suggestions.
func (f *findField) dismiss() {
	f.found = nil
	f.show()
}

// findEntry is the find field's entry: the arrow keys move through the suggestions and
// Escape hides them.
type findEntry struct {
	widget.Entry
	field *findField
}

func newFindEntry(f *findField) *findEntry {
	e := &findEntry{field: f}
	e.ExtendBaseWidget(e)
	return e
}

// TypedKey moves through the suggestions, or edits the text.
func (e *findEntry) TypedKey(k *fyne.KeyEvent) {
	switch k.Name {
	case fyne.KeyDown:
		e.field.move(1)
	case fyne.KeyUp:
		e.field.move(-1)
	case fyne.KeyEscape:
		e.field.dismiss()
	default:
		e.Entry.TypedKey(k)
	}
}

// suggestion is one row of the list: a label on a background that shows the highlight.
type suggestion struct {
	label *tapLabel
	bg    *canvas.Rectangle
	obj   *fyne.Container
}

func newSuggestion(tapped func()) *suggestion {
	s := &suggestion{label: newTapLabel(tapped), bg: canvas.NewRectangle(color.Transparent)}
	s.obj = container.NewStack(s.bg, s.label)
	s.obj.Hide()
	return s
}

// set shows text, highlighted or not.
func (s *suggestion) set(text string, on bool) {
	s.label.SetText(text)
	s.bg.FillColor = color.Transparent
	if on {
		s.bg.FillColor = theme.Color(theme.ColorNameSelection)
	}
	s.bg.Refresh()
}

// tapLabel is a label that calls a function when tapped; it takes no focus, so a tap leaves
// the keyboard where it was.
type tapLabel struct {
	widget.Label
	tapped func()
}

func newTapLabel(tapped func()) *tapLabel {
	l := &tapLabel{tapped: tapped}
	l.Truncation = fyne.TextTruncateEllipsis
	l.ExtendBaseWidget(l)
	return l
}

// Tapped calls the label's function.
func (l *tapLabel) Tapped(*fyne.PointEvent) { l.tapped() }

// vertical stacks the visible objects top to bottom, each as wide as the layout: width
// wide when set, else the widest object.
type vertical struct{ width float32 }

// MinSize is width (or the widest object) by the sum of the objects' heights.
func (v vertical) MinSize(objs []fyne.CanvasObject) fyne.Size {
	s := fyne.NewSize(v.width, 0)
	for _, o := range objs {
		if o.Visible() {
			m := o.MinSize()
			s.Height += m.Height
			if v.width == 0 {
				s.Width = max(s.Width, m.Width)
			}
		}
	}
	return s
}

// Layout places the objects one under the other.
func (v vertical) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	y := float32(0)
	for _, o := range objs {
		if o.Visible() {
			h := o.MinSize().Height
			o.Move(fyne.NewPos(0, y))
			o.Resize(fyne.NewSize(size.Width, h))
			y += h
		}
	}
}

// goTo moves the map to an answer of the find field: a country's or region's outline, or
// a layer feature, fits the view; a place flies there.
func (w *Window) goTo(a atlas.Found) {
	switch {
	case a.Feature.Valid():
		w.Map.ZoomToFeature(a.Feature)
	case a.HasBound():
		w.Map.ZoomToBound(a.Bound)
	default:
		w.Map.FlyTo(a.At, a.Zoom)
	}
	w.Win.Canvas().Focus(w.Map)
}
