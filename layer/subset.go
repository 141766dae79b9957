package layer

// Subset is a layer of the features keep names (indexes into l.Features,
// ascending), sharing their geometry, properties and styles with l: what
// a map draws of a timed layer at one date. Its features are numbered
// anew, from 0; each keeps its ID (its place in the file). Its spatial
// index is built on first use, as any layer's.
func (l *Layer) Subset(keep []int) *Layer {
	s := &Layer{Name: l.Name, Source: l.Source, Skipped: l.Skipped, Types: map[string]int{}, styles: l.styles}
	s.Features = make([]Feature, len(keep))
	s.sketch = make([]Sketch, len(keep))
	var times *Times
	if l.times != nil {
		times = &Times{Features: make([]Interval, len(keep)), Span: untimed}
	}
	first := true
	for j, i := range keep {
		f := l.Features[i]
		s.Features[j], s.sketch[j] = f, l.sketch[i]
		if times != nil {
			iv := l.times.Features[i]
			times.Features[j] = iv
			if iv.Timed() {
				times.Count++
				times.Span.Start = min(times.Span.Start, iv.Start)
				times.Span.End = max(times.Span.End, iv.End)
			}
		}
		if f.Geometry == nil {
			s.Types["null"]++
			continue
		}
		s.Types[f.Geometry.GeoJSONType()]++
		if first {
			s.Bound, s.projBound, first = boundOf(f.Geometry), f.Bound, false
		} else {
			s.Bound = s.Bound.Union(boundOf(f.Geometry))
			s.projBound = s.projBound.Union(f.Bound)
		}
		s.maxHeight = max(s.maxHeight, f.Bound.Max[1]-f.Bound.Min[1])
	}
	if times != nil && times.Count > 0 {
		s.times = times
	}
	return s
}
