package atlas

import (
	"fmt"
	"slices"
	"strings"

	"newsatlas/layer"
	"newsatlas/render"
	"newsatlas/style"
)

// SetStyle restyles the named layer by rule r: a colour and a width for
// the whole layer, or a class of a property's values for each feature
// (categories or graduated classes), drawn and in the legend at once. The
// zero Rule gives the layer back its styles as loaded. The window's
// layers panel, `newsatlas render --style` and sessions all call it.
func (a *Atlas) SetStyle(name string, r style.Rule) error {
	l := a.Layer(name)
	if l == nil {
		return noLayer(name)
	}
	if r.IsZero() {
		l.Styling = nil
		return nil
	}
	st, err := Styling(l.Layer, r)
	if err != nil {
		return fmt.Errorf("layer %s: %w", name, err)
	}
	l.Styling = st
	return nil
}

// Rule is how the named layer is styled (see SetStyle): the zero Rule
// when it is drawn as loaded or there is no such layer.
func (a *Atlas) Rule(name string) style.Rule {
	if l := a.Layer(name); l != nil && l.Styling != nil {
		return l.Styling.Rule
	}
	return style.Rule{}
}

// Styling is the restyling of l by r (see SetStyle). Classes of a
// property no feature has are refused, naming the properties there are.
func Styling(l *layer.Layer, r style.Rule) (*render.Styling, error) {
	if r.By == style.Single {
		st := &render.Styling{Rule: r}
		for _, s := range l.Styles() {
			st.Styles = append(st.Styles, r.Restyle(s))
		}
		return st, nil
	}
	values := make([]any, len(l.Features))
	found := false
	for i := range l.Features {
		v, ok := l.Features[i].Properties()[r.Property]
		values[i], found = v, found || ok
	}
	if !found && len(l.Features) > 0 {
		return nil, fmt.Errorf("no feature has a property %q (%s)", r.Property, propertyList(l))
	}
	var c style.Classes
	switch r.By {
	case style.Category:
		c = style.Categorize(values, r.Classes)
	case style.Graduated:
		c = style.Graduate(values, r.Classes, r.Method)
	default:
		return nil, fmt.Errorf("style by %q: want category or graduated", r.By)
	}
	base := style.Spec
	if len(l.Features) > 0 {
		base = l.StyleOf(0)
	}
	st := &render.Styling{Rule: r, Labels: c.Labels, Of: make([]int32, len(c.Of))}
	for _, col := range c.Colours {
		st.Styles = append(st.Styles, style.Rule{Width: r.Width}.Restyle(style.Apply(base, col)))
	}
	for i, k := range c.Of {
		st.Of[i] = int32(k)
	}
	return st, nil
}

// Properties lists the property names the layer's features have, sorted,
// from its first 1,000 features: what a layer can be styled by.
func Properties(l *layer.Layer) []string {
	seen := map[string]bool{}
	for i := range min(len(l.Features), 1000) {
		for k := range l.Features[i].Properties() {
			seen[k] = true
		}
	}
	out := make([]string, 0, len(seen))
	for k := range seen {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// propertyList names a layer's properties for an error line.
func propertyList(l *layer.Layer) string {
	ps := Properties(l)
	switch {
	case len(ps) == 0:
		return "its features have no properties"
	case len(ps) > 12:
		ps = append(ps[:12:12], "...")
	}
	return "properties: " + strings.Join(ps, ", ")
}
