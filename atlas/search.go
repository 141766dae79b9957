package atlas

import (
	"fmt"
	"strings"

	"github.com/paulmach/orb"

	"newsatlas/layer"
	"newsatlas/places"
	"newsatlas/places/namekey"
)

// Found is one answer of a Finder: a place of the gazetteer or a feature of an open layer.
type Found struct {
	Name   string // the place's or feature's name
	Detail string // what it is: "city, Missouri, US", "country", or the layer's name
	At     orb.Point
	// Bound is the lon/lat extent to fit in the view: a country's or region's outline from
	// the built-in layers, or a layer feature's; empty (At only) for a point.
	Bound orb.Bound
	// Feature is the layer feature found; invalid for a place of the gazetteer.
	Feature layer.Ref
	// Zoom is the zoom to fly to At at when Bound is empty.
	Zoom float64
}

// HasBound says whether the answer has an extent to fit rather than a point to fly to.
func (f Found) HasBound() bool { return f.Bound.Min != f.Bound.Max }

// String is the answer as a list of suggestions shows it.
func (f Found) String() string {
	if f.Detail == "" {
		return f.Name
	}
	return f.Name + " — " + f.Detail
}

// A Finder searches an atlas's gazetteer and the names of its open layers' features by the
// beginning of a name, as a search field does at each keystroke. It keeps each layer's
// folded feature names once it has read them; it is not safe for concurrent use.
type Finder struct {
	atlas *Atlas
	keys  map[*layer.Layer][]string // folded feature names, by layer
}

// NewFinder returns a Finder over a.
func NewFinder(a *Atlas) *Finder {
	return &Finder{atlas: a, keys: map[*layer.Layer][]string{}}
}

// zooms are the zooms Find flies to for a point of each kind.
var zooms = map[string]float64{"country": 5, "region": 7, "water": 6, "landmark": 12, "city": 11}

// Find returns at most max answers whose names begin with query once folded (see
// places.Gazetteer.Search): names equal to the query first, places of the gazetteer before
// layer features otherwise. A country or region of the gazetteer carries the bound of its
// outline when a built-in layer has it. An empty query finds nothing.
func (f *Finder) Find(query string, max int) []Found {
	q := namekey.Key(query)
	if q == "" || max <= 0 {
		return nil
	}
	var exact, prefix []Found
	if g := f.atlas.Gazetteer; g != nil {
		for _, m := range g.Search(query, max) {
			a := f.place(m)
			if namekey.Key(m.Name) == q {
				exact = append(exact, a)
			} else {
				prefix = append(prefix, a)
			}
		}
	}
	fe, fp := f.features(q, max)
	// The user's own data first among the longer names, but never more than half the list.
	half := min(len(fp), max/2)
	out := append(append(append(append(exact, fe...), fp[:half]...), prefix...), fp[half:]...)
	if len(out) > max {
		out = out[:max]
	}
	return out
}

// place is the answer for a gazetteer match.
func (f *Finder) place(m places.Match) Found {
	a := Found{Name: m.Name, At: orb.Point{m.Lon, m.Lat}, Zoom: zooms[m.Kind]}
	a.Detail = strings.Join(nonEmpty(m.Kind, m.Region, m.Country), ", ")
	if a.Zoom == 0 {
		a.Zoom = 11
	}
	if m.Kind == "country" || m.Kind == "region" {
		a.Bound = f.outline(m.Name, a.At)
	}
	return a
}

// outline is the bound of the built-in countries' or governorates' feature named name that
// covers p, or an empty bound.
func (f *Finder) outline(name string, p orb.Point) orb.Bound {
	k := namekey.Key(name)
	for _, n := range []string{Countries, SyriaGovernorates} {
		l := f.atlas.Layer(n)
		if l == nil || l.Layer == nil {
			continue
		}
		for i, fk := range f.layerKeys(l.Layer) {
			if g := l.Features[i].Geometry; fk == k && g != nil {
				if g.Bound().Contains(p) {
					return mainland(g, p)
				}
			}
		}
	}
	return orb.Bound{}
}

// features are the answers from the open layers' features, exact names and others, at most
// max of each. The built-in layers are left out: the gazetteer has their names (countries,
// governorates, neighbourhoods, the article's pins).
func (f *Finder) features(q string, max int) (exact, prefix []Found) {
	for _, rl := range f.atlas.Layers {
		l := rl.Layer
		if l == nil || IsBuiltin(l.Name) {
			continue
		}
		keys := f.layerKeys(l)
		for i, k := range keys {
			if !strings.HasPrefix(k, q) {
				continue
			}
			ft := &l.Features[i]
			a := Found{Name: ft.Name, Detail: fmt.Sprintf("in %s", l.Name), Feature: layer.Ref{Layer: l, Feature: i}, Zoom: 11}
			if ft.Geometry != nil {
				a.Bound = ft.Geometry.Bound()
				a.At = a.Bound.Center()
			}
			if len(k) == len(q) && len(exact) < max {
				exact = append(exact, a)
			} else if len(k) != len(q) && len(prefix) < max {
				prefix = append(prefix, a)
			}
		}
	}
	return exact, prefix
}

// layerKeys are the folded names of l's features, computed once.
func (f *Finder) layerKeys(l *layer.Layer) []string {
	if k, ok := f.keys[l]; ok {
		return k
	}
	k := make([]string, len(l.Features))
	for i := range l.Features {
		k[i] = namekey.Key(l.Features[i].Name)
	}
	f.keys[l] = k
	return k
}

// nonEmpty returns the strings of ss that are not empty.
func nonEmpty(ss ...string) []string {
	out := ss[:0]
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

// mainland is the bound of the part of g around p and the parts near it, those whose bounds
// come within half its size: metropolitan France and Corsica, not French Guiana. A
// geometry of one part is its bound.
func mainland(g orb.Geometry, p orb.Point) orb.Bound {
	mp, ok := g.(orb.MultiPolygon)
	if !ok {
		return g.Bound()
	}
	var main orb.Bound
	found := false
	for _, part := range mp {
		b := part.Bound()
		if b.Contains(p) && (!found || area(b) > area(main)) {
			main, found = b, true
		}
	}
	if !found {
		return g.Bound()
	}
	pad := max(main.Max[0]-main.Min[0], main.Max[1]-main.Min[1]) / 2
	near := main.Pad(pad)
	out := main
	for _, part := range mp {
		if b := part.Bound(); b.Intersects(near) {
			out = out.Union(b)
		}
	}
	return out
}

// area is the area of b in square degrees.
func area(b orb.Bound) float64 { return (b.Max[0] - b.Min[0]) * (b.Max[1] - b.Min[1]) }
