package atlas

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/paulmach/orb"

	"newsatlas/layer"
	"newsatlas/render"
	"newsatlas/style"
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

// datedGrid is a layer of n points 100 m apart in rows of 40 from lon,
// lat, point i dated 2016-10-01 plus i%10 days, loaded from a file as the
// window does (which reads the dates).
func datedGrid(t *testing.T, n int, lon, lat float64) *layer.Layer {
	t.Helper()
	var fs []string
	for i := range n {
		fs = append(fs, feature(fmt.Sprintf(`{"n":%d,"date":"2016-10-%02d"}`, i, 1+i%10), fmt.Sprintf(`{"type":"Point","coordinates":[%g,%g]}`, lon+float64(i%40)*0.001, lat+float64(i/40)*0.001)))
	}
	path := filepath.Join(t.TempDir(), "events.geojson")
	if err := os.WriteFile(path, []byte(collection(fs...)), 0o644); err != nil {
		t.Fatal(err)
	}
	l, err := layer.Load(path, layer.Options{Style: style.ForLayer(0)})
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// TestClusterCache: identify in the same view reuses the clusters
// listed before, and finds what an atlas without the cache finds; a new
// date, a new window, new layer content, a hidden layer or another view
// lists them anew.
func TestClusterCache(t *testing.T) {
	a := &Atlas{dated: &datedCache{}, clusters: &clusterCache{}, Date: day(2016, 10, 3), Window: Window{Mode: Moving, Days: 1}}
	a.AddLayer(datedGrid(t, 1000, 37.1, 36.2))
	v := render.Viewport{Center: orb.Point{37.12, 36.212}, Zoom: 9, Width: 800, Height: 600}
	circle := func() orb.Point {
		t.Helper()
		cs := a.clustersIn(v).of[a.AtDate(a.Layer("events").Layer)]
		if len(cs) != 1 {
			t.Fatalf("%d clusters, want 1", len(cs))
		}
		return v.PixelToLonLat(cs[0].At[0], cs[0].At[1])
	}
	// the hits in the cluster at p, and whether its clusters were listed anew
	identify := func(p orb.Point) (int, bool) {
		t.Helper()
		before := a.clusters.c
		n := len(a.Identify(p, v))
		uncached := *a
		uncached.clusters = nil
		if m := len(uncached.Identify(p, v)); m != n {
			t.Errorf("identify found %d features, %d without the cache", n, m)
		}
		return n, a.clusters.c != before
	}
	p := circle()
	a.clusters.c = nil
	if n, fresh := identify(p); n != 300 || !fresh {
		t.Fatalf("first identify: %d hits (want the 300 dated 2 to 4 October), listed anew %v", n, fresh)
	}
	if n, fresh := identify(p); n != 300 || fresh {
		t.Errorf("same view again: %d hits, listed anew %v (want 300, reused)", n, fresh)
	}
	for _, c := range []struct {
		name   string
		change func()
		want   int
	}{
		{"a new date", func() { a.Date = day(2016, 10, 9) }, 300}, // 8 to 10 October
		{"a wider window", func() { a.Window.Days = 3 }, 500},     // 6 to 12 October
		{"the window off", func() { a.Window = Window{} }, 1000},  // every date
		{"new layer content", func() { a.Layers[0].Layer = datedGrid(t, 600, 37.1, 36.2) }, 600},
		{"another view", func() { v.Width = 900 }, 600},
		{"the layer hidden", func() { a.Layers[0].Hidden = true }, 0},
	} {
		a.clusters.c = nil
		identify(p) // listed for the state before the change
		c.change()
		n, fresh := identify(p)
		if n != c.want || !fresh {
			t.Errorf("%s: %d hits (want %d), listed anew %v", c.name, n, c.want, fresh)
		}
	}
}
