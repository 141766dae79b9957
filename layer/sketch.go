package layer

import (
	"github.com/paulmach/orb"

	"newsatlas/style"
)

// Sketch is what drawing a feature small needs, kept apart from the
// features in one compact slice: a frame that shows many thousand small
// areas reads their bounds and styles from contiguous memory instead of
// one Feature (a few hundred bytes) each.
type Sketch struct {
	Bound orb.Bound // the feature's projected bound, as Feature.Bound
	Style int32     // index in Styles of the feature's style
	Area  bool      // a Polygon or MultiPolygon
	Null  bool      // no geometry: never drawn nor found by Search
}

// Sketches returns the layer's sketches, indexed like Features; do not
// modify it.
func (l *Layer) Sketches() []Sketch { return l.sketch }

// Styles returns the distinct styles of the layer's features, indexed by
// Sketch.Style; do not modify it.
func (l *Layer) Styles() []style.Style { return l.styles }

// StyleOf returns the style of feature i.
func (l *Layer) StyleOf(i int) style.Style { return l.styles[l.sketch[i].Style] }

// sketchFeatures fills the layer's sketches and distinct styles from its
// features, whose style is base unless set while loading, and lets go of
// the styles the features held.
func (l *Layer) sketchFeatures(base style.Style) {
	l.sketch = make([]Sketch, len(l.Features))
	l.styles = append(l.styles[:0], base)
	seen := map[style.Style]int32{base: 0}
	last := int32(0)
	for i := range l.Features {
		f := &l.Features[i]
		switch {
		case f.style == nil:
			last = 0
		case *f.style != l.styles[last]:
			// Styles come in runs: most features need no lookup.
			id, ok := seen[*f.style]
			if !ok {
				id = int32(len(l.styles))
				l.styles = append(l.styles, *f.style)
				seen[*f.style] = id
			}
			last = id
		}
		f.style = nil
		s := &l.sketch[i]
		s.Bound, s.Style, s.Null, s.Area = f.Bound, last, f.Geometry == nil, isArea(f.Proj)
	}
}
