package atlas

import (
	"fmt"
	"slices"

	"newsatlas/render"
)

// Layer returns the map layer with that name, or nil.
func (a *Atlas) Layer(name string) *render.Layer {
	if i := a.Index(name); i >= 0 {
		return &a.Layers[i]
	}
	return nil
}

// Index is the place of the named layer in the drawing order, 0 for the
// bottom one, or -1 when there is no such layer.
func (a *Atlas) Index(name string) int {
	return slices.IndexFunc(a.Layers, func(l render.Layer) bool { return l.Name == name })
}

// SetHidden hides the named layer or shows it again. The window's layers
// panel and `newsatlas render --hide` both call it.
func (a *Atlas) SetHidden(name string, hidden bool) error {
	l := a.Layer(name)
	if l == nil {
		return noLayer(name)
	}
	l.Hidden = hidden
	return nil
}

// SetOpacity sets how opaque the named layer is drawn, from 0 (not at
// all) to 1.
func (a *Atlas) SetOpacity(name string, opacity float64) error {
	l := a.Layer(name)
	if l == nil {
		return noLayer(name)
	}
	if !(opacity >= 0 && opacity <= 1) { // NaN too
		return fmt.Errorf("layer %s: opacity %v is not between 0 and 1", name, opacity)
	}
	l.Opacity = opacity
	return nil
}

// Move puts the named layer at place to of the drawing order (0 is the
// bottom), the others keeping their order.
func (a *Atlas) Move(name string, to int) error {
	i := a.Index(name)
	if i < 0 {
		return noLayer(name)
	}
	if to < 0 || to >= len(a.Layers) {
		return fmt.Errorf("layer %s: no place %d in an order of %d layers", name, to, len(a.Layers))
	}
	l := a.Layers[i]
	a.Layers = slices.Insert(slices.Delete(a.Layers, i, i+1), to, l)
	return nil
}

// RemoveLayer drops a layer by name; built-in layers can be hidden but not
// removed.
func (a *Atlas) RemoveLayer(name string) error {
	if IsBuiltin(name) {
		return fmt.Errorf("layer %s is built in: hide it instead", name)
	}
	i := a.Index(name)
	if i < 0 {
		return noLayer(name)
	}
	delete(a.colours, a.Layers[i].Layer)
	a.Layers = slices.Delete(a.Layers, i, i+1)
	return nil
}

func noLayer(name string) error { return fmt.Errorf("no layer %s", name) }
