package render

import (
	"fmt"
	"image/color"
	"strings"
	"testing"

	"github.com/paulmach/orb"

	"newsatlas/layer"
	"newsatlas/style"
)

// gridPoints is a layer of n points on a grid of columns, step degrees
// apart, from lon, lat.
func gridPoints(t testing.TB, n, columns int, lon, lat, step float64) *layer.Layer {
	t.Helper()
	var b strings.Builder
	b.WriteString(`{"type":"FeatureCollection","features":[`)
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[%g,%g]}}`, lon+float64(i%columns)*step, lat+float64(i/columns)*step)
	}
	b.WriteString(`]}`)
	l, err := layer.Parse("sites", []byte(b.String()), layer.Options{Style: style.ForLayer(0)})
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func TestClusters(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	blue := style.ForLayer(0).MarkerColor
	// 1,000 points 100 m apart, in a square 4 km across near Aleppo.
	l := gridPoints(t, 1000, 40, 37.1, 36.2, 0.001)
	centre := orb.Point{37.12, 36.212}
	for _, c := range []struct {
		name      string
		zoom      float64
		noCluster bool
		most      int // clusters at most
		least     int // clusters at least
	}{
		{"zoomed out", 9, false, 3, 1},
		{"city", 13, false, 40, 4},
		{"zoomed in", 16, false, 0, 0},
		{"turned off", 9, true, 0, 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := &Scene{Background: Sea, Layers: []Layer{{Layer: l, Opacity: 1, NoCluster: c.noCluster}}}
			v := Viewport{Center: centre, Zoom: c.zoom, Width: 800, Height: 600}
			cs := Clusters(s, v)
			if len(cs) > c.most || len(cs) < c.least {
				t.Fatalf("%d clusters, want %d to %d", len(cs), c.least, c.most)
			}
			img := r.Render(s, v)
			save(t, img, "clusters-"+strings.ReplaceAll(c.name, " ", "-")+".png")
			members := 0
			for _, cl := range cs {
				members += len(cl.Members)
				if cl.Layer != l || !cl.Bound.Contains(l.Features[cl.Members[0]].Geometry.(orb.Point)) {
					t.Errorf("cluster %v does not hold its first member", cl.Bound)
				}
				// The circle in the layer's colour, the count in white.
				edge := img.RGBAAt(int(cl.At[0]+0.8*cl.Radius), int(cl.At[1]))
				if d := style.DeltaE(color.NRGBA{edge.R, edge.G, edge.B, 0xff}, blue); d > 3 {
					t.Errorf("cluster of %d at %v: circle %v, want the layer's %v", len(cl.Members), cl.At, edge, blue)
				}
				white := 0
				for y := int(cl.At[1] - cl.Radius/2); y < int(cl.At[1]+cl.Radius/2); y++ {
					for x := int(cl.At[0] - cl.Radius/2); x < int(cl.At[0]+cl.Radius/2); x++ {
						if p := img.RGBAAt(x, y); p.R > 0xa0 && p.G > 0xa0 && p.B > 0xa0 {
							white++
						}
					}
				}
				if white < 5 {
					t.Errorf("cluster of %d at %v shows no count", len(cl.Members), cl.At)
				}
			}
			if c.name == "zoomed out" && members != 1000 {
				t.Errorf("clusters hold %d points, want all 1000", members)
			}
			if len(cs) == 0 {
				// Pins: the layer's colour just above each point in view
				// (a pin's body; its head stands 2.2 radii up).
				pins := 0
				for _, f := range l.Features {
					x, y := v.LonLatToPixel(f.Geometry.(orb.Point))
					if x < 0 || y < 20 || x >= 800 || y >= 600 {
						continue
					}
					p := img.RGBAAt(int(x), int(y-4))
					if style.DeltaE(color.NRGBA{p.R, p.G, p.B, 0xff}, blue) < 5 {
						pins++
					}
				}
				if pins < 50 {
					t.Errorf("%d pins drawn, want the points in view drawn as pins", pins)
				}
			}
		})
	}
}

// TestFewPinsDoNotCluster: the article's dozen places stay pins however
// close.
func TestFewPinsDoNotCluster(t *testing.T) {
	l := gridPoints(t, ClusterMin-1, 7, 37.1, 36.2, 0.001)
	s := &Scene{Layers: []Layer{{Layer: l, Opacity: 1}}}
	if cs := Clusters(s, Viewport{Center: orb.Point{37.1, 36.2}, Zoom: 6, Width: 800, Height: 600}); len(cs) != 0 {
		t.Errorf("%d pins made %d clusters", ClusterMin-1, len(cs))
	}
}

func BenchmarkClusters(b *testing.B) {
	l := gridPoints(b, 1000, 40, 37.1, 36.2, 0.001)
	s := &Scene{Layers: []Layer{{Layer: l, Opacity: 1}}}
	v := Viewport{Center: orb.Point{37.12, 36.212}, Zoom: 13, Width: 800, Height: 600}
	b.ReportAllocs()
	for b.Loop() {
		Clusters(s, v)
	}
}
