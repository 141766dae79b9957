package atlas

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"io/fs"
	"math"
	"sync"
	"sync/atomic"

	"github.com/paulmach/orb"
	"github.com/valyala/fastjson"

	"newsatlas/data"
	"newsatlas/layer"
	"newsatlas/render"
	"newsatlas/webmerc"
)

// basemap is the built-in layer `basemap` as the renderer draws it (a
// render.Detail): bands of zoom levels, each a list of cells of the world
// that are decoded when first drawn, so that start-up reads only the
// index and the world level, and a view of Aleppo at zoom 12 decodes the
// one cell around it.
type basemap struct {
	fsys   fs.FS
	levels []basemapLevel
}

// basemapLevel is a band of zoom levels, from <= z < to.
type basemapLevel struct {
	from, to float64
	cells    []*basemapCell
}

// basemapCell is one file of a level: its features' bound, in world
// units, and the part it decodes to.
type basemapCell struct {
	file    string
	bound   orb.Bound
	once    sync.Once
	part    render.DetailPart
	err     error
	decoded atomic.Bool
}

// basemapSource describes the built-in basemap's data.
const basemapSource = "Natural Earth 1:10m lakes, rivers, railroads and populated places, 1:50m urban areas (public domain); OCHA Syria districts, populated places and Damascus neighbourhoods (via HDX); Aleppo neighbourhoods: Columbia CSR (MIT); main roads of Syria, Turkey, Lebanon, Israel and Palestine: © OpenStreetMap contributors (ODbL), from OpenStreetMap's tiles of tokenless-tiles/syria, turkey, lebanon and israel-and-palestine"

// loadBasemap reads the basemap's index from fsys (data.BasemapLevels'
// levels folder) and decodes its world level, which is also the layer's
// own features (listed, identified and credited).
func loadBasemap(fsys fs.FS) (*basemap, *layer.Layer, error) {
	raw, err := fs.ReadFile(fsys, "index.json")
	if err != nil {
		return nil, nil, fmt.Errorf("built-in %s: %w", Basemap, err)
	}
	var index []struct {
		From  float64 `json:"from"`
		To    float64 `json:"to"`
		Cells []struct {
			File  string     `json:"file"`
			Bound [4]float64 `json:"bound"`
		} `json:"cells"`
	}
	if err := json.Unmarshal(raw, &index); err != nil {
		return nil, nil, fmt.Errorf("built-in %s: index.json: %w", Basemap, err)
	}
	b := &basemap{fsys: fsys}
	for _, lv := range index {
		l := basemapLevel{from: lv.From, to: lv.To}
		for _, c := range lv.Cells {
			geo := orb.Bound{Min: orb.Point{c.Bound[0], c.Bound[1]}, Max: orb.Point{c.Bound[2], c.Bound[3]}}
			a, z := webmerc.Point(geo.Min), webmerc.Point(geo.Max)
			l.cells = append(l.cells, &basemapCell{file: c.File, bound: orb.Bound{Min: a, Max: a}.Extend(z)})
		}
		b.levels = append(b.levels, l)
	}
	if len(b.levels) == 0 || len(b.levels[0].cells) != 1 {
		return nil, nil, fmt.Errorf("built-in %s: index.json: no world level", Basemap)
	}
	world := b.levels[0].cells[0]
	if err := b.decode(world); err != nil {
		return nil, nil, err
	}
	return b, world.part.Layer, nil
}

// level is the band of zoom levels z is drawn with.
func (b *basemap) level(z float64) *basemapLevel {
	for i := range b.levels {
		if z < b.levels[i].to {
			return &b.levels[i]
		}
	}
	return &b.levels[len(b.levels)-1]
}

// Parts returns the decoded cells of z's level that meet view, decoding
// those not decoded yet.
func (b *basemap) Parts(z float64, view orb.Bound) []render.DetailPart {
	lv := b.level(z)
	var out []render.DetailPart
	for _, c := range lv.cells {
		if !c.bound.Intersects(view) {
			continue
		}
		if b.decode(c) == nil {
			out = append(out, c.part)
		}
	}
	return out
}

// decode decodes a cell once; every caller waits for the first.
func (b *basemap) decode(c *basemapCell) error {
	c.once.Do(func() {
		c.part, c.err = b.read(c.file)
		c.decoded.Store(true)
	})
	return c.err
}

// decodedCells counts the cells decoded so far, for tests.
func (b *basemap) decodedCells() int {
	n := 0
	for _, lv := range b.levels {
		for _, c := range lv.cells {
			if c.decoded.Load() {
				n++
			}
		}
	}
	return n
}

// read decodes one cell's gzipped GeoJSON, styled by its simplestyle
// properties, with each feature's least zoom from its minzoom property and
// its lines dashed where its dash property is true (railways).
func (b *basemap) read(file string) (render.DetailPart, error) {
	gz, err := fs.ReadFile(b.fsys, file)
	if err != nil {
		return render.DetailPart{}, fmt.Errorf("built-in %s: %w", Basemap, err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return render.DetailPart{}, fmt.Errorf("built-in %s: %s: %w", Basemap, file, err)
	}
	l, err := layer.ReadContext(context.Background(), Basemap, zr, layer.Options{})
	if err != nil {
		return render.DetailPart{}, fmt.Errorf("built-in %s: %s: %w", Basemap, file, err)
	}
	l.Source = basemapSource
	min := make([]float32, len(l.Features))
	var dashed []bool
	var p fastjson.Parser
	for i := range l.Features {
		min[i] = math.MaxFloat32
		v, err := p.ParseBytes(l.Features[i].Props)
		if err != nil {
			continue
		}
		if z := v.Get("minzoom"); z != nil {
			min[i] = float32(z.GetFloat64())
		}
		if v.GetBool("dash") {
			if dashed == nil {
				dashed = make([]bool, len(l.Features))
			}
			dashed[i] = true
		}
	}
	return render.DetailPart{Layer: l, MinZoom: min, Dashed: dashed}, nil
}

// detailHits returns the named features of l, a layer drawn from a Detail
// (the basemap), under the lon/lat point p as v draws them: those of the
// parts of v's zoom that show at that zoom, polygons containing p and lines
// and dots within tol world units of it, topmost first, each name once (a
// neighbourhood and the point that names it are one hit). The unnamed (urban
// areas, railways) say nothing a click would want.
func detailHits(l *render.Layer, p orb.Point, v render.Viewport, tol float64) []Hit {
	q := webmerc.Point(p)
	near := orb.Bound{Min: orb.Point{q[0] - tol, q[1] - tol}, Max: orb.Point{q[0] + tol, q[1] + tol}}
	parts := l.Detail.Parts(v.Zoom, near)
	seen := map[string]bool{}
	var out []Hit
	for i := len(parts) - 1; i >= 0; i-- {
		part := parts[i]
		for _, f := range part.Layer.Hits(p, tol, 0) {
			if f < len(part.MinZoom) && float64(part.MinZoom[f]) > v.Zoom {
				continue // not drawn at this zoom
			}
			ft := &part.Layer.Features[f]
			if ft.Name == "" || seen[ft.Name] {
				continue
			}
			seen[ft.Name] = true
			out = append(out, Hit{Layer: l.Name, Properties: ft.Properties(), Ref: layer.Ref{Layer: part.Layer, Feature: f}})
		}
	}
	return out
}

// basemapLevels is the basemap's folder of levels and cells.
func basemapLevels() fs.FS {
	sub, err := fs.Sub(data.BasemapLevels, "basemap/levels")
	if err != nil {
		panic(err) // the embedded folder's name is a constant
	}
	return sub
}
