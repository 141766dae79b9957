package atlas

import (
	"context"
	"errors"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geojson"

	"newsatlas/layer"
	"newsatlas/live"
	"newsatlas/render"
)

// fakeSource answers each query with one square around the query's
// centre, named after the zoom, or with its err; block makes it wait for
// the context.
type fakeSource struct {
	name    string
	fetches atomic.Int32
	err     error
	block   bool
}

func (s *fakeSource) Name() string { return s.name }
func (s *fakeSource) Bound() orb.Bound {
	return orb.Bound{Min: orb.Point{-10, 35}, Max: orb.Point{30, 60}}
}
func (s *fakeSource) Summary() []string { return []string{"fake"} }
func (s *fakeSource) Close() error      { return nil }

func (s *fakeSource) Fetch(ctx context.Context, q live.Query) (*layer.Layer, error) {
	s.fetches.Add(1)
	if s.block {
		<-ctx.Done()
		return nil, ctx.Err()
	}
	if s.err != nil {
		return nil, s.err
	}
	c := q.Bound.Center()
	sq := orb.Polygon{{{c[0] - 1, c[1] - 1}, {c[0] + 1, c[1] - 1}, {c[0] + 1, c[1] + 1}, {c[0] - 1, c[1] + 1}, {c[0] - 1, c[1] - 1}}}
	f := geojson.NewFeature(sq)
	f.Properties["zoom"] = q.Zoom
	fc := geojson.NewFeatureCollection().Append(f)
	return layer.FromCollection(s.name, "fake", fc, nil), nil
}

func liveAtlas(t *testing.T) *Atlas {
	a, err := NewWith(Options{Skip: Builtins()})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func queryAt(lon, lat, zoom float64) live.Query {
	return LiveQuery(render.Viewport{Center: orb.Point{lon, lat}, Zoom: zoom, Width: 400, Height: 300})
}

func TestLiveRefresh(t *testing.T) {
	a := liveAtlas(t)
	src := &fakeSource{name: "tiles"}
	rl := a.AddLive(src)
	if rl.Name != "tiles" || len(rl.Features) != 0 || rl.Bound != src.Bound() {
		t.Fatalf("AddLive: %q with %d features, bound %v", rl.Name, len(rl.Features), rl.Bound)
	}
	q := queryAt(2.35, 46.6, 5)
	if err := a.Refresh(context.Background(), q); err != nil {
		t.Fatal(err)
	}
	v := render.Viewport{Center: orb.Point{2.35, 46.6}, Zoom: 5, Width: 400, Height: 300}
	hits := a.Identify(orb.Point{2.35, 46.6}, v)
	if len(hits) != 1 || hits[0].Layer != "tiles" || hits[0].Properties["zoom"] == nil {
		t.Fatalf("Identify after Refresh = %v, want the fetched square of layer tiles", hits)
	}
	if l := a.Layer("tiles"); l.Bound != src.Bound() {
		t.Errorf("the answer's bound %v, want the source's %v (zoom to layer)", l.Bound, src.Bound())
	}
	// The same view again asks nothing; a new one asks once.
	a.Refresh(context.Background(), q)
	if n := src.fetches.Load(); n != 1 {
		t.Errorf("%d fetches for one view asked twice, want 1", n)
	}
	a.Refresh(context.Background(), queryAt(20, 50, 6))
	if n := src.fetches.Load(); n != 2 {
		t.Errorf("%d fetches after a new view, want 2", n)
	}
	if hits := a.Identify(orb.Point{2.35, 46.6}, v); len(hits) != 0 {
		t.Errorf("the old answer is still identified after a new view: %v", hits)
	}
}

func TestLiveKeepsLastAnswer(t *testing.T) {
	a := liveAtlas(t)
	src := &fakeSource{name: "db"}
	a.AddLive(src)
	q := queryAt(2.35, 46.6, 5)
	a.Refresh(context.Background(), q)
	before := a.Layer("db").Layer
	src.err = errors.New("db: connection refused")
	err := a.Refresh(context.Background(), queryAt(3, 47, 5))
	if err == nil || err.Error() != "db: connection refused" {
		t.Errorf("Refresh error %v, want the source's", err)
	}
	if a.Layer("db").Layer != before {
		t.Error("a failed fetch dropped the last answer")
	}
}

func TestLiveHiddenAndRemoved(t *testing.T) {
	a := liveAtlas(t)
	src := &fakeSource{name: "tiles"}
	a.AddLive(src)
	a.SetHidden("tiles", true)
	if f := a.PlanLive(queryAt(0, 0, 3)); !f.Empty() {
		t.Error("a hidden live layer is fetched")
	}
	a.SetHidden("tiles", false)
	if f := a.PlanLive(queryAt(0, 0, 3)); f.Empty() {
		t.Error("a live layer shown again is not fetched")
	}
	other := &fakeSource{name: "tiles"}
	if rl := a.AddLive(other); rl.Name != "tiles (2)" {
		t.Errorf("second source named %q, want tiles (2)", rl.Name)
	}
	a.Refresh(context.Background(), queryAt(0, 0, 3))
	if a.Layer("tiles (2)").Name != "tiles (2)" || len(a.Layer("tiles (2)").Features) != 1 {
		t.Error("the answer of the renamed layer does not keep its name")
	}
	if err := a.RemoveLayer("tiles"); err != nil {
		t.Fatal(err)
	}
	if names, _ := a.Live(); len(names) != 1 || names[0] != "tiles (2)" {
		t.Errorf("Live after removing tiles = %v", names)
	}
}

func TestLiveInSteps(t *testing.T) {
	// The window's way: plan on the UI goroutine, run on another, apply
	// back; a snapshot taken meanwhile keeps drawing the last answer.
	a := liveAtlas(t)
	a.AddLive(&fakeSource{name: "tiles"})
	f := a.PlanLive(queryAt(2, 46, 4))
	snap := a.Snapshot()
	done := make(chan struct{})
	go func() { f.Run(context.Background()); close(done) }()
	<-done
	if err := a.ApplyLive(f); err != nil || f.Applied() != 1 {
		t.Fatalf("ApplyLive = %v, applied %d", err, f.Applied())
	}
	if len(a.Layer("tiles").Features) != 1 || len(snap.Layer("tiles").Features) != 0 {
		t.Error("the answer did not go to the atlas only")
	}
}

func TestLiveTimeout(t *testing.T) {
	a := liveAtlas(t)
	a.AddLive(&fakeSource{name: "slow", block: true})
	a.AddLive(&fakeSource{name: "quick"})
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	err := a.Refresh(ctx, queryAt(2, 46, 4))
	if err == nil || !strings.HasPrefix(err.Error(), "slow: no answer after") || strings.Contains(err.Error(), "\n") {
		t.Errorf("Refresh error %v, want one line: slow: no answer after ...", err)
	}
	if len(a.Layer("quick").Features) != 1 {
		t.Error("the quick source's answer was lost with the slow one's")
	}
}

func TestIsLive(t *testing.T) {
	for _, tt := range []struct {
		name string
		want bool
	}{
		{"x.mbtiles", true}, {"/data/planet.PMTiles", true}, {"https://example.org/t.pmtiles?key=1", true},
		{"countries.geojson", false}, {"https://example.org/x.geojson", false}, {"story.txt", false},
	} {
		if got := IsLive(tt.name); got != tt.want {
			t.Errorf("IsLive(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestLiveSession(t *testing.T) {
	a := liveAtlas(t)
	const file = "../vtiles/testdata/countries.pmtiles"
	rl, ok, err := a.OpenLiveLayer(context.Background(), file)
	if !ok || err != nil {
		t.Fatalf("OpenLiveLayer = %v, %v", ok, err)
	}
	name := rl.Name // "countries (2)": the built-in layer has the name
	a.SetOpacity(name, 0.5)
	a.Refresh(context.Background(), queryAt(2, 46, 3))
	s := a.Session()
	b := liveAtlas(t)
	names, err := b.Restore(s)
	if err != nil {
		t.Fatal(err)
	}
	l := b.Layer(names[name])
	if l == nil || l.Opacity != 0.5 {
		t.Fatalf("restored layers %v: no countries at opacity 0.5", names)
	}
	if live, _ := b.Live(); len(live) != 1 {
		t.Fatalf("restored live layers %v", live)
	}
	b.Refresh(context.Background(), queryAt(2, 46, 3))
	v := render.Viewport{Center: orb.Point{2, 46}, Zoom: 3, Width: 400, Height: 300}
	hits := b.Identify(orb.Point{2.35, 46.6}, v)
	if len(hits) == 0 || hits[0].Properties["ADMIN"] != "France" || hits[0].Layer != "ne_110m_admin_0_countries" {
		t.Errorf("identify in France after restoring: %v, want France of source layer ne_110m_admin_0_countries", hits)
	}
	// A snapshot taken before the next answer names its own answer's
	// source layers.
	snap := b.Snapshot()
	b.Refresh(context.Background(), queryAt(138, 36, 3))
	if hits := snap.Identify(orb.Point{2.35, 46.6}, v); len(hits) == 0 || hits[0].Layer != "ne_110m_admin_0_countries" {
		t.Errorf("snapshot's identify after a new answer: %v", hits)
	}
}
