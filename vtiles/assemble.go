package vtiles

import (
	"slices"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geojson"

	"newsatlas/layer"
	"newsatlas/live"
	"newsatlas/style"
)

// feature is one feature of the view: its pieces from every tile
// merged.
type feature struct {
	layer string
	props geojson.Properties
	geoms []orb.Geometry
	cuts  []orb.Bound // the square each geometry was cut to
}

// merge joins the pieces of each feature (same source layer and id, or
// same properties when the tiles give no id), in the order first seen.
func merge(tiles []*decoded) []*feature {
	var out []*feature
	byKey := map[featureKey]*feature{}
	for _, d := range tiles {
		for _, p := range d.pieces {
			key := p.key
			f := byKey[key]
			if f == nil {
				f = &feature{layer: p.layer, props: p.props}
				byKey[key] = f
				out = append(out, f)
			}
			f.geoms = append(f.geoms, p.geom)
			f.cuts = append(f.cuts, p.sq)
		}
	}
	return out
}

// geometry is the feature's pieces as one geometry.
func (f *feature) geometry() orb.Geometry {
	if len(f.geoms) == 1 {
		return f.geoms[0]
	}
	var (
		mp  orb.MultiPolygon
		ml  orb.MultiLineString
		pts orb.MultiPoint
		all orb.Collection
	)
	for _, g := range f.geoms {
		switch g := g.(type) {
		case orb.Polygon:
			mp = append(mp, g)
		case orb.MultiPolygon:
			mp = append(mp, g...)
		case orb.LineString:
			ml = append(ml, g)
		case orb.MultiLineString:
			ml = append(ml, g...)
		case orb.Point:
			pts = append(pts, g)
		case orb.MultiPoint:
			pts = append(pts, g...)
		default:
			all = append(all, g)
		}
	}
	kinds := 0
	for _, n := range []int{len(mp), len(ml), len(pts), len(all)} {
		if n > 0 {
			kinds++
		}
	}
	if kinds == 1 && len(all) == 0 {
		switch {
		case len(mp) > 0:
			return mp
		case len(ml) > 0:
			return ml
		default:
			return pts
		}
	}
	if len(mp) > 0 {
		all = append(all, mp)
	}
	if len(ml) > 0 {
		all = append(all, ml)
	}
	if len(pts) > 0 {
		all = append(all, pts)
	}
	return all
}

// outline is the feature's polygon boundaries without the stretches
// along the tile squares they were cut to, nil when it has no polygon.
func (f *feature) outline() orb.MultiLineString {
	var out orb.MultiLineString
	for i, g := range f.geoms {
		sq := f.cuts[i]
		var rings []orb.Ring
		switch g := g.(type) {
		case orb.Polygon:
			rings = g
		case orb.MultiPolygon:
			for _, p := range g {
				rings = append(rings, p...)
			}
		}
		for _, r := range rings {
			out = appendUncut(out, r, sq)
		}
	}
	return out
}

// appendUncut appends the runs of r's edges that do not lie along sq's
// sides.
func appendUncut(out orb.MultiLineString, r orb.Ring, sq orb.Bound) orb.MultiLineString {
	var run orb.LineString
	for i := 1; i < len(r); i++ {
		a, b := r[i-1], r[i]
		if alongSide(a, b, sq) {
			if len(run) >= 2 {
				out = append(out, run)
			}
			run = nil
			continue
		}
		if len(run) == 0 {
			run = append(run, a)
		}
		run = append(run, b)
	}
	if len(run) >= 2 {
		out = append(out, run)
	}
	return out
}

// alongSide reports whether the edge a-b lies on a side of sq, where
// clipping put it.
func alongSide(a, b orb.Point, sq orb.Bound) bool {
	return a[0] == b[0] && (a[0] == sq.Min[0] || a[0] == sq.Max[0]) ||
		a[1] == b[1] && (a[1] == sq.Min[1] || a[1] == sq.Max[1])
}

// assemble makes the view's layer of the tiles' features, and the layer
// it is drawn with: polygons filled without outlines, their outlines as
// lines that leave out the tile edges, so that the tile grid does not
// show; lines and points as they are. The two layers are built at once,
// each on a core (a view holds too few features for layer's own
// parallel build).
func (s *Source) assemble(tiles []*decoded) live.Answer {
	fs := merge(tiles)
	order := s.layerOrder(fs)
	kinds := make([]string, len(fs))
	geoms := make([]orb.Geometry, len(fs))
	sts := make([]style.Style, len(fs))
	for i, f := range fs {
		kinds[i] = f.layer
		geoms[i] = f.geometry()
		sts[i] = featureStyle(f.props, order[f.layer])
	}
	var l *layer.Layer
	done := make(chan struct{})
	go func() {
		defer close(done)
		l = s.featureLayer(fs, geoms, sts)
	}()
	d := s.displayLayer(fs, geoms, sts)
	<-done
	return live.Answer{Layer: l, Display: d, Kinds: kinds}
}

// featureLayer is the layer of the features, geometry geoms[i] and
// style sts[i] each, with their properties.
func (s *Source) featureLayer(fs []*feature, geoms []orb.Geometry, sts []style.Style) *layer.Layer {
	fc := geojson.NewFeatureCollection()
	styles := make(map[*geojson.Feature]style.Style, len(fs))
	for i, f := range fs {
		gf := geojson.NewFeature(geoms[i])
		gf.Properties = f.props
		fc.Append(gf)
		styles[gf] = sts[i]
	}
	return layer.FromCollection(s.name, s.where, fc, func(f *geojson.Feature) style.Style { return styles[f] })
}

// displayLayer is the layer drawn in the features' place: each polygon
// feature as its fill and its outline without the tile edges, the
// others as they are.
func (s *Source) displayLayer(fs []*feature, geoms []orb.Geometry, sts []style.Style) *layer.Layer {
	dc := geojson.NewFeatureCollection()
	styles := make(map[*geojson.Feature]style.Style, 2*len(fs))
	add := func(g orb.Geometry, st style.Style) {
		d := geojson.NewFeature(g)
		dc.Append(d)
		styles[d] = st
	}
	for i, f := range fs {
		lines := f.outline()
		if lines == nil {
			add(geoms[i], sts[i])
			continue
		}
		fill := sts[i]
		fill.Stroke.A, fill.StrokeWidth = 0, 0
		add(geoms[i], fill)
		add(lines, sts[i])
	}
	return layer.FromCollection(s.name, s.where, dc, func(f *geojson.Feature) style.Style { return styles[f] })
}

// layerOrder numbers the source layers for their default colours: the
// archive's metadata order, then the others by name.
func (s *Source) layerOrder(fs []*feature) map[string]int {
	order := map[string]int{}
	for i, n := range s.order {
		order[n] = i
	}
	var extra []string
	for _, f := range fs {
		if _, ok := order[f.layer]; !ok && !slices.Contains(extra, f.layer) {
			extra = append(extra, f.layer)
		}
	}
	slices.Sort(extra)
	for _, n := range extra {
		order[n] = len(order)
	}
	return order
}
