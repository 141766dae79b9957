package vtiles

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/paulmach/orb"

	"newsatlas/internal/golden"
	"newsatlas/layer"
	"newsatlas/live"
	"newsatlas/render"
)

// TestRenderMatchesGeoJSON draws the countries from PMTiles and from the
// GeoJSON they were made of, in the same style, at zoom 2 to 4: the
// images differ only where GDAL's tiles round the coastlines, never by a
// tile left out, a tile edge drawn or a country filled twice.
func TestRenderMatchesGeoJSON(t *testing.T) {
	s := mustOpen(t, gdalPMTiles(t, pmOptions{}))
	r, err := render.New()
	if err != nil {
		t.Fatal(err)
	}
	gj, err := layer.Load(countriesGeoJSON, layer.Options{Style: DefaultStyle(0)})
	if err != nil {
		t.Fatal(err)
	}
	draw := func(v render.Viewport, ls ...render.Layer) *render.Scene { return &render.Scene{Layers: ls} }
	for _, tt := range []struct {
		zoom   float64
		center orb.Point
	}{{2, orb.Point{10, 30}}, {3, orb.Point{10, 45}}, {4, orb.Point{5, 47}}} {
		t.Run(fmt.Sprintf("z%g", tt.zoom), func(t *testing.T) {
			v := render.Viewport{Center: tt.center, Zoom: tt.zoom, Width: 640, Height: 400}
			l, d, err := s.FetchDisplay(context.Background(), live.Query{Bound: v.LonLatBound(), Zoom: v.Zoom, Width: v.Width, Height: v.Height})
			if err != nil {
				t.Fatal(err)
			}
			tiles := r.Render(draw(v, render.Layer{Layer: l, Display: d, Opacity: 1}), v)
			want := r.Render(draw(v, render.Layer{Layer: gj, Opacity: 1}), v)
			sea := r.Render(draw(v), v)
			off, land := golden.Diff(tiles, want, 40), golden.Diff(want, sea, 8)
			t.Logf("%d of %d pixels differ from the GeoJSON's render; %d are land", off, v.Width*v.Height, land)
			if off*50 > land {
				golden.Write(t, filepath.Join("testdata", "failed", t.Name()+"-tiles.png"), tiles)
				golden.Write(t, filepath.Join("testdata", "failed", t.Name()+"-geojson.png"), want)
				t.Errorf("%d pixels differ, more than 1/50 of the %d that land changes", off, land)
			}
		})
	}
}
