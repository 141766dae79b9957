package render

import (
	"fmt"
	"image"
	"strings"
	"testing"

	"github.com/paulmach/orb"

	"newsatlas/layer"
	"newsatlas/style"
)

// TestPanReuse checks that a frame drawn from the previous one shifted
// matches the same frame drawn from scratch.
func TestPanReuse(t *testing.T) {
	var b strings.Builder
	b.WriteString(`{"type":"FeatureCollection","features":[`)
	n := 0
	for lon := -20.0; lon < 40; lon += 2.5 {
		for lat := 30.0; lat < 60; lat += 2.5 {
			if n > 0 {
				b.WriteString(",")
			}
			d := 0.3 + float64(n%7)*0.3
			fmt.Fprintf(&b, `{"type":"Feature","properties":{"name":"f%d"},"geometry":{"type":"Polygon","coordinates":[[[%g,%g],[%g,%g],[%g,%g],[%g,%g]]]}}`,
				n, lon, lat, lon+d, lat, lon+d/2, lat+d, lon, lat)
			n++
		}
	}
	b.WriteString(`,{"type":"Feature","properties":{},"geometry":{"type":"LineString","coordinates":[[-20,30],[40,60]]}}]}`)
	l, err := layer.Parse("t", []byte(b.String()), layer.Options{Style: style.ForLayer(0)})
	if err != nil {
		t.Fatal(err)
	}
	s := &Scene{Layers: []Layer{{Layer: l, Opacity: 0.8, Labels: true}}, ScaleBar: true}
	v := Viewport{Center: orb.Point{10, 45}, Zoom: 4.3, Width: 400, Height: 300}
	warm := newView(t)
	for _, d := range [][2]float64{{0, 0}, {17, 0}, {0, -23}, {-31, 12}, {150, 90}} {
		pv := v.Pan(d[0], d[1])
		// The pan goes through the world units, so the shift may not be
		// a whole number of pixels; the cache checks that itself.
		warm.Render(s, v)
		before := warm.base.reused
		got := warm.Render(s, pv)
		if warm.base.reused == before && d[0] < 100 {
			t.Errorf("pan %v: frame not drawn from the previous one", d)
		}
		cold, _ := New()
		want := cold.Render(s, pv)
		if diff := maxDiff(got, want); diff > 2 {
			t.Errorf("pan %v: reused frame differs from a fresh one by %d", d, diff)
		}
	}
}

func maxDiff(a, b *image.RGBA) int {
	m := 0
	for i := range a.Pix {
		d := int(a.Pix[i]) - int(b.Pix[i])
		if d < 0 {
			d = -d
		}
		m = max(m, d)
	}
	return m
}
