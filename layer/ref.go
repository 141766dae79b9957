package layer

// Ref names one feature of one layer: what a click selects, the pointer
// hovers or the article's text picks out.
type Ref struct {
	Layer   *Layer
	Feature int
}

// Valid says whether r names a feature its layer has.
func (r Ref) Valid() bool {
	return r.Layer != nil && r.Feature >= 0 && r.Feature < len(r.Layer.Features)
}
