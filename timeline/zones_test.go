package timeline

import (
	"runtime"
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"

	"newsatlas/control"
)

func TestZonesDiffer(t *testing.T) {
	tl := mustLoad(t)
	count := func(d string) map[string]int {
		m := map[string]int{}
		for _, f := range tl.Zones(date(d)).Features {
			m[f.Properties.MustString("control")] += f.Properties["neighbourhoods"].(int)
		}
		return m
	}
	oct, dec := count("2016-10-19"), count("2016-12-23")
	if oct[control.Opposition] == 0 || dec[control.Opposition] != 0 {
		t.Errorf("opposition neighbourhoods: %d on 2016-10-19, %d on 2016-12-23", oct[control.Opposition], dec[control.Opposition])
	}
	if dec[control.Government] <= oct[control.Government] {
		t.Errorf("government neighbourhoods: %d on 2016-10-19, %d on 2016-12-23", oct[control.Government], dec[control.Government])
	}
}

// Every neighbourhood's interior point lies in exactly one zone, of the
// neighbourhood's control: the dissolve loses nothing and mixes nothing.
func TestZonesCoverNeighbourhoods(t *testing.T) {
	tl := mustLoad(t)
	for _, d := range []string{"2012-08-01", "2016-10-19", "2016-12-01", "2016-12-23"} {
		zones := tl.Zones(date(d))
		for _, f := range tl.At(date(d)).Features {
			pt, ok := interior(f.Geometry)
			if !ok {
				continue
			}
			in := under(zones, pt)
			if len(in) != 1 {
				t.Errorf("%s %s: in %d zones", d, f.Properties["name"], len(in))
				continue
			}
			if in[0].Properties["control"] != f.Properties["control"] {
				t.Errorf("%s %s: %v neighbourhood in a %v zone", d, f.Properties["name"], f.Properties["control"], in[0].Properties["control"])
			}
		}
	}
}

func TestZoneProperties(t *testing.T) {
	tl := mustLoad(t)
	total := 0
	for _, f := range tl.Zones(date("2016-10-19")).Features {
		p := f.Properties
		if p["as_of"] != "2016-10-19" || p.MustString("source", "") == "" || p.MustString("name", "") == "" {
			t.Errorf("zone properties %v", p)
		}
		if len(p["sources"].([]string)) == 0 {
			t.Errorf("zone without sources: %v", p)
		}
		poly, ok := f.Geometry.(orb.Polygon)
		if !ok || len(poly) == 0 || planar.Area(poly) <= 0 {
			t.Errorf("zone geometry %T area %v", f.Geometry, planar.Area(f.Geometry))
		}
		total += p["neighbourhoods"].(int)
	}
	if total < 133 {
		t.Errorf("zones hold %d neighbourhoods, want at least 133", total)
	}
}

// interior returns the centroid of the largest polygon of g if it lies inside g.
func interior(g orb.Geometry) (orb.Point, bool) {
	var best orb.Polygon
	switch g := g.(type) {
	case orb.Polygon:
		best = g
	case orb.MultiPolygon:
		for _, p := range g {
			if best == nil || planar.Area(p) > planar.Area(best) {
				best = p
			}
		}
	}
	c, _ := planar.CentroidArea(best)
	return c, planar.PolygonContains(best, c)
}

func BenchmarkZones(b *testing.B) {
	tl, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	tl.Zones(date("2016-10-19")) // build the grid
	b.ReportAllocs()
	for b.Loop() {
		tl.zoneMu.Lock()
		tl.zoneCache = nil
		tl.zoneMu.Unlock()
		tl.Zones(date("2016-10-19"))
	}
}

// TestWarm checks that Warm makes the zones of every date, so that the
// timeline can let its grid go, and that the zones it made in shared
// buffers are those made afresh.
func TestWarm(t *testing.T) {
	tl := mustLoad(t)
	tl.Warm()
	states := func() int {
		tl.zoneMu.Lock()
		defer tl.zoneMu.Unlock()
		return len(tl.zoneCache)
	}
	n := states()
	if n < 2 {
		t.Fatalf("%d states made, want one per distinct control state", n)
	}
	tl.gridMu.Lock()
	kept := tl.grid != nil
	tl.gridMu.Unlock()
	if kept {
		t.Error("the warmed timeline kept its grid")
	}
	events := tl.Events()
	for d := events[0].Date.AddDate(0, 0, -3); !d.After(events[len(events)-1].Date.AddDate(0, 0, 3)); d = d.AddDate(0, 0, 1) {
		if len(tl.Zones(d).Features) == 0 {
			t.Fatalf("Zones(%s): no zones", d.Format(DateLayout))
		}
		if states() != n {
			t.Fatalf("Zones(%s) made a new state after Warm", d.Format(DateLayout))
		}
	}
	tl.gridMu.Lock()
	kept = tl.grid != nil
	tl.gridMu.Unlock()
	if kept {
		t.Error("Zones made the grid again after Warm")
	}

	cold := mustLoad(t)
	changes := tl.Changes()
	for _, d := range changes[len(changes)-3:] {
		warm, fresh := tl.Zones(d), cold.Zones(d)
		if len(warm.Features) != len(fresh.Features) {
			t.Fatalf("%s: %d zones warmed, %d made afresh", d.Format(DateLayout), len(warm.Features), len(fresh.Features))
		}
		for i := range warm.Features {
			if !orb.Equal(warm.Features[i].Geometry, fresh.Features[i].Geometry) {
				t.Errorf("%s: zone %d warmed differs from the one made afresh", d.Format(DateLayout), i)
			}
		}
	}
}

// BenchmarkWarm is what the window does once it shows: the zones of every
// change date made from a freshly loaded timeline. heap-MB is the heap
// the warmed timeline holds, after a collection, beyond the loaded one.
func BenchmarkWarm(b *testing.B) {
	b.ReportAllocs()
	var held uint64
	for b.Loop() {
		tl, err := Load()
		if err != nil {
			b.Fatal(err)
		}
		before := liveHeap()
		tl.Warm()
		held = liveHeap() - before
		runtime.KeepAlive(tl)
	}
	b.ReportMetric(float64(held)/(1<<20), "heap-MB")
}

// BenchmarkSlider is the timeline slider swept over every change date of
// a warmed timeline: the zones each date shows.
func BenchmarkSlider(b *testing.B) {
	tl, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	tl.Warm()
	dates := tl.Changes()
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		if len(tl.Zones(dates[i%len(dates)]).Features) == 0 {
			b.Fatal("no zones")
		}
	}
}

// liveHeap is the heap in use after a collection.
func liveHeap() uint64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

// TestZonesWhileWarming asks for zones while Warm runs (the slider moved
// as the window warms): both see the same zones, and the grid Warm lets
// go is not pulled from under a dissolve.
func TestZonesWhileWarming(t *testing.T) {
	tl := mustLoad(t)
	done := make(chan struct{})
	go func() {
		tl.Warm()
		close(done)
	}()
	changes := tl.Changes()
	got := map[int]int{}
	for i := len(changes) - 1; i >= len(changes)-3; i-- {
		got[i] = len(tl.Zones(changes[i]).Features)
	}
	<-done
	for i, n := range got {
		if want := len(tl.Zones(changes[i]).Features); n != want || n == 0 {
			t.Errorf("%s: %d zones while warming, %d after", changes[i].Format(DateLayout), n, want)
		}
	}
}
