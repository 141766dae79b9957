package render

import (
	"newsatlas/layer"
	"newsatlas/style"
)

// Styling is how the user restyled a layer, drawn in place of the styles
// its features were loaded with: Styles are the styles drawn and Of, when
// not nil, is each feature's index in Styles (a class of a property's
// values, say); when nil, a feature is drawn in Styles at the index of
// its loaded style (layer.Sketch.Style), one restyled style for each of
// the layer's own.
type Styling struct {
	Styles []style.Style
	Of     []int32
	// Labels, when set, name each of Styles in the legend: they are the
	// classes of Rule's property.
	Labels []string
	// Rule is the styling these styles were made from.
	Rule style.Rule
}

// styles are the styles the layer is drawn in when shown draws it: its
// Styling's, unless it has none or shown is not the layer itself (a
// Display layer keeps its own).
func (l *Layer) styles(shown *layer.Layer) (styles []style.Style, of []int32) {
	if st := l.Styling; st != nil && shown == l.Layer && len(st.Styles) > 0 &&
		(st.Of == nil && len(st.Styles) == len(shown.Styles()) || len(st.Of) == len(shown.Features)) {
		return st.Styles, st.Of
	}
	return shown.Styles(), nil
}

// styleIndex is feature i's index in the styles a layer is drawn in.
func styleIndex(sk []layer.Sketch, of []int32, i int) int32 {
	if of != nil {
		return of[i]
	}
	return sk[i].Style
}
