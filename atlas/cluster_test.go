package atlas

import (
	"fmt"
	"math"
	"testing"

	"github.com/paulmach/orb"

	"newsatlas/render"
)

// gridLayer is GeoJSON of n points 100 m apart in rows of 40 from lon,
// lat.
func gridLayer(n int, lon, lat float64) string {
	var fs []string
	for i := range n {
		fs = append(fs, feature(fmt.Sprintf(`{"n":%d}`, i), fmt.Sprintf(`{"type":"Point","coordinates":[%g,%g]}`, lon+float64(i%40)*0.001, lat+float64(i/40)*0.001)))
	}
	return collection(fs...)
}

// TestIdentifyCluster: a click on a cluster's circle lists every feature
// in it with the cluster's bound; the spot where a clustered pin would
// stand, away from the circle, finds nothing; zoomed in, a pin is itself.
func TestIdentifyCluster(t *testing.T) {
	a := &Atlas{}
	a.AddLayer(parseLayer(t, "sites", gridLayer(1000, 37.1, 36.2)))
	v := render.Viewport{Center: orb.Point{37.12, 36.212}, Zoom: 9, Width: 800, Height: 600}
	cs := render.Clusters(&render.Scene{Layers: a.Layers}, v)
	if len(cs) != 1 {
		t.Fatalf("%d clusters, want 1", len(cs))
	}
	hits := a.Identify(v.PixelToLonLat(cs[0].At[0], cs[0].At[1]), v)
	if len(hits) != 1000 || hits[0].Cluster == nil || !hits[0].Cluster.Contains(orb.Point{37.1, 36.2}) {
		t.Fatalf("identify on the cluster: %d hits, cluster bound %v", len(hits), hits[0].Cluster)
	}
	// At a city's zoom, the grid makes about 30 clusters: a clustered
	// point far from its circle's centre is not found there.
	city := render.Viewport{Center: orb.Point{37.12, 36.212}, Zoom: 13, Width: 800, Height: 600}
	checked := 0
	for _, cl := range render.Clusters(&render.Scene{Layers: a.Layers}, city) {
		for _, m := range cl.Members {
			pt := a.Layer("sites").Features[m].Geometry.(orb.Point)
			x, y := city.LonLatToPixel(pt)
			if math.Hypot(x-cl.At[0], y-cl.At[1]) < cl.Radius+HitPixels+4 {
				continue
			}
			checked++
			for _, h := range a.Identify(pt, city) {
				if h.Cluster == nil && h.Ref.Feature == m {
					t.Errorf("feature %d, drawn in a cluster, found at its point", m)
				}
			}
		}
	}
	if checked == 0 {
		t.Error("no clustered point far from its circle to check")
	}
	z := render.Viewport{Center: orb.Point{37.12, 36.212}, Zoom: 17, Width: 800, Height: 600}
	p := orb.Point{37.12, 36.212} // feature 20 + 40*12 = 500
	got := a.Identify(p, z)
	if len(got) != 1 || got[0].Cluster != nil || got[0].Properties["n"] == nil {
		t.Errorf("zoomed in, identify on a pin: %+v", got)
	}
	// A layer with clustering off is never clustered.
	a.Layer("sites").NoCluster = true
	if got := a.Identify(v.PixelToLonLat(cs[0].At[0], cs[0].At[1]), v); len(got) > 0 && got[0].Cluster != nil {
		t.Errorf("clustering off, identify found a cluster")
	}
}
