package atlas

import (
	"testing"

	"github.com/paulmach/orb"

	"newsatlas/render"
)

// BenchmarkRenderBasemapSyria is one whole frame of Syria at zoom 8,
// 1280x800, where the basemap draws the most: OCHA's districts and towns,
// the urban areas, the Euphrates and Lake Assad under the governorates.
func BenchmarkRenderBasemapSyria(b *testing.B) {
	a, err := New()
	if err != nil {
		b.Fatal(err)
	}
	benchFrames(b, a, render.Viewport{Center: orb.Point{38.3, 35.6}, Zoom: 8, Width: 1280, Height: 800})
}

// BenchmarkRenderBasemapAleppo12 is one whole frame of Aleppo at zoom 12
// with the control zones hidden: the basemap's villages and their labels.
func BenchmarkRenderBasemapAleppo12(b *testing.B) {
	a, err := New()
	if err != nil {
		b.Fatal(err)
	}
	a.SetHidden(AleppoControl, true)
	benchFrames(b, a, render.Viewport{Center: orb.Point{37.16, 36.2}, Zoom: 12, Width: 1280, Height: 800})
}

// BenchmarkBasemapCell is what a view pays the first time it meets a
// cell of the basemap: decoding Aleppo's cell of zoom 8 and over (5°,
// the largest of its band, 3,400 features: OCHA's towns, the
// neighbourhoods, the railways).
func BenchmarkBasemapCell(b *testing.B) {
	bm, _, err := loadBasemap(basemapLevels())
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := bm.read("z8-43-25.geojson.gz"); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBasemapViewCells is what the first 1280x800 view of Aleppo at
// zoom 12 pays in all for the basemap: decoding every cell of its band the
// view meets (Aleppo's own and the fine cell of the roads of southern
// Turkey reaching into it).
func BenchmarkBasemapViewCells(b *testing.B) {
	benchViewCells(b, render.Viewport{Center: orb.Point{37.16, 36.2}, Zoom: 12, Width: 1280, Height: 800})
}

// BenchmarkBasemapViewCellsSyria is the same for the first view of Syria
// at zoom 7.5 (docs/basemap-syria.png): the band of zooms 5-8, its 30°
// cells holding the motorways and trunk roads of Syria and its neighbours.
func BenchmarkBasemapViewCellsSyria(b *testing.B) {
	benchViewCells(b, render.Viewport{Center: orb.Point{38.8, 34.95}, Zoom: 7.5, Width: 1280, Height: 800})
}

// benchViewCells decodes, each round, every cell of v's band that v meets.
func benchViewCells(b *testing.B, v render.Viewport) {
	bm, _, err := loadBasemap(basemapLevels())
	if err != nil {
		b.Fatal(err)
	}
	var files []string
	for _, c := range bm.level(v.Zoom).cells {
		if c.bound.Intersects(v.World()) {
			files = append(files, c.file)
		}
	}
	if len(files) == 0 {
		b.Fatal("the view meets no cell")
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, f := range files {
			if _, err := bm.read(f); err != nil {
				b.Fatal(err)
			}
		}
	}
}
