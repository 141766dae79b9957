package layer

import (
	"bytes"
	"encoding/json"
	"sort"
	"sync"
	"sync/atomic"

	"github.com/paulmach/orb"
	"github.com/tidwall/rtree"

	"newsatlas/style"
)

// Feature is one GeoJSON feature.
type Feature struct {
	ID       int             // position in the file, from 0
	Geometry orb.Geometry    // lon/lat; nil for a null geometry
	Proj     orb.Geometry    // Web Mercator world units (see webmerc), cached at load
	Bound    orb.Bound       // of Proj
	Props    json.RawMessage // the properties object as in the file, or nil
	Name     string          // the label: title, name, NAME ... whichever comes first
	LabelAt  orb.Point       // where the label goes (world units): the data's LABEL_X/LABEL_Y or a centroid
	Area     float64         // area in world units², for label priority (0 for points and lines)

	parts []orb.Bound // bounds of a multipolygon's parts (world units), for hit tests
	// style is the feature's style while it loads, nil for the layer's
	// base style; the layer then keeps each distinct style once (see
	// Layer.StyleOf) and sets it to nil.
	style *style.Style
}

// Properties decodes the feature's properties. Numbers keep their text
// (json.Number) so identifiers print as they were written.
func (f *Feature) Properties() map[string]any {
	if len(f.Props) == 0 {
		return map[string]any{}
	}
	d := json.NewDecoder(bytes.NewReader(f.Props))
	d.UseNumber()
	m := map[string]any{}
	if err := d.Decode(&m); err != nil {
		return map[string]any{}
	}
	return m
}

// String returns a property as text, "" when it is absent or not a string
// or number.
func (f *Feature) String(key string) string {
	switch v := f.Properties()[key].(type) {
	case string:
		return v
	case json.Number:
		return v.String()
	}
	return ""
}

// Skip records a part of the input that was not loaded, or was repaired.
type Skip struct {
	Feature int    // index of the feature in the file, -1 for the whole file
	Reason  string // one line
}

// Layer is a loaded GeoJSON source.
type Layer struct {
	Name     string
	Source   string // the file path, or a description of built-in data
	Features []Feature
	Bound    orb.Bound      // lon/lat bounds of all geometries
	Types    map[string]int // geometry type -> count ("null" for null geometries)
	Skipped  []Skip         // features dropped and repairs made, with reasons

	index     rtree.RTreeG[int32]
	indexOnce sync.Once
	indexed   atomic.Bool
	projBound orb.Bound // of all features' Proj
	maxHeight float64   // the greatest height of a feature's Bound
	lod       lodCache
	sketch    []Sketch
	styles    []style.Style
	times     *Times // when the features happen (time.go); nil for none
}

// MaxHeight is the greatest height of a feature's projected bound, in
// world units: a renderer can tell at once that no feature is tall enough
// to be labelled.
func (l *Layer) MaxHeight() float64 { return l.maxHeight }

// ProjBound is the bound of all projected geometries, in world units.
func (l *Layer) ProjBound() orb.Bound { return l.projBound }

// TypeNames lists the geometry types present, sorted.
func (l *Layer) TypeNames() []string {
	var ts []string
	for t := range l.Types {
		ts = append(ts, t)
	}
	sort.Strings(ts)
	return ts
}

// Search calls fn with the index of every feature whose projected bound
// meets b (world units), until fn returns false. The first call builds
// the spatial index (see Index).
func (l *Layer) Search(b orb.Bound, fn func(i int) bool) {
	l.Index()
	l.index.Search([2]float64(b.Min), [2]float64(b.Max), func(_, _ [2]float64, i int32) bool {
		return fn(int(i))
	})
}

// Index builds the layer's spatial index unless it is built: Search builds
// it on first use, so a command that draws a whole file never builds it; a
// window calls Index on a goroutine of its own once a file is loaded, so
// the first click does not wait for it.
func (l *Layer) Index() {
	l.indexOnce.Do(func() {
		for i := range l.sketch {
			if s := &l.sketch[i]; !s.Null {
				l.index.Insert([2]float64(s.Bound.Min), [2]float64(s.Bound.Max), int32(i))
			}
		}
		l.indexed.Store(true)
	})
}

// Indexed reports whether the spatial index is built, so that a caller
// with one query to answer can test the sketches in turn instead of
// building it.
func (l *Layer) Indexed() bool { return l.indexed.Load() }
