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

// sketchFeatures fills the layer's sketches and distinct styles from its
// features.
func (l *Layer) sketchFeatures() {
	l.sketch = make([]Sketch, len(l.Features))
	l.styles = l.styles[:0]
	seen := map[style.Style]int32{}
	last := int32(-1)
	for i := range l.Features {
		f := &l.Features[i]
		// Styles come in runs (a file styled by its layer's default):
		// most features need no lookup.
		if last < 0 || l.styles[last] != f.Style {
			id, ok := seen[f.Style]
			if !ok {
				id = int32(len(l.styles))
				l.styles = append(l.styles, f.Style)
				seen[f.Style] = id
			}
			last = id
		}
		s := &l.sketch[i]
		s.Bound, s.Style, s.Null = f.Bound, last, f.Geometry == nil
		switch f.Proj.(type) {
		case orb.Polygon, orb.MultiPolygon:
			s.Area = true
		}
	}
}
