package postgis

import (
	"context"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geojson"

	"newsatlas/internal/golden"
	"newsatlas/layer"
	"newsatlas/live"
	"newsatlas/render"
	"newsatlas/style"
)

// query is the Query of a render viewport.
func query(v render.Viewport) live.Query {
	return live.Query{Bound: v.LonLatBound(), Zoom: v.Zoom, Width: v.Width, Height: v.Height}
}

// draw renders one layer, labelled, as the window draws an opened one.
func draw(t *testing.T, r *render.Renderer, l *layer.Layer, v render.Viewport) *image.RGBA {
	t.Helper()
	return r.Render(&render.Scene{Layers: []render.Layer{{Layer: l, Opacity: 1, Labels: true}}, Background: render.Sea}, v)
}

// TestRenderMatchesGeoJSON draws the countries table, fetched for each
// view, and the GeoJSON it was loaded from: the images agree but for
// the anti-aliasing of edges simplified a little differently.
func TestRenderMatchesGeoJSON(t *testing.T) {
	for _, table := range []string{"public.countries", "countries_3857"} {
		src := openTest(t, table)
		want := geojsonCountries(t, src.style)
		r, err := render.New()
		if err != nil {
			t.Fatal(err)
		}
		views := []struct {
			name string
			v    render.Viewport
		}{
			{"world", render.Viewport{Center: orb.Point{10, 20}, Zoom: 1.6, Width: 800, Height: 500}},
			{"europe", render.Viewport{Center: orb.Point{10, 50}, Zoom: 4, Width: 800, Height: 500}},
			{"levant", render.Viewport{Center: orb.Point{37, 35}, Zoom: 7, Width: 800, Height: 500}},
			{"pacific", render.Viewport{Center: orb.Point{179, -17}, Zoom: 6, Width: 800, Height: 500}},
		}
		for _, tc := range views {
			t.Run(table+"/"+tc.name, func(t *testing.T) {
				got, err := src.Fetch(context.Background(), query(tc.v))
				if err != nil {
					t.Fatal(err)
				}
				if len(got.Features) == 0 || len(got.Features) >= len(want.Features) && tc.name != "world" {
					t.Errorf("%d features fetched of %d", len(got.Features), len(want.Features))
				}
				a, b := draw(t, r, got, tc.v), draw(t, r, want, tc.v)
				// The land drawn differs by about a pixel's width along
				// the coasts (simplified by a pixel, not a quarter): one
				// pixel in a hundred, two at the world view, where the
				// pixel is wider at the poles. A country missing or
				// labelled elsewhere is thousands more.
				px := golden.Diff(a, b, 48)
				limit := a.Bounds().Dx() * a.Bounds().Dy() / 100
				if tc.name == "world" {
					limit *= 2
				}
				t.Logf("%d pixels differ (of %d), %d features", px, a.Bounds().Dx()*a.Bounds().Dy(), len(got.Features))
				if px > limit {
					save(t, tc.name, a, b)
					t.Errorf("%d pixels differ from the GeoJSON's render (at most %d)", px, limit)
				}
				if golden.Diff(a, draw(t, r, layer.FromCollection("empty", "", geojson.NewFeatureCollection(), nil), tc.v), 48) == 0 {
					t.Error("the render of the fetched layer is empty")
				}
			})
		}
	}
}

// save leaves the two renders under testdata/failed for a look.
func save(t *testing.T, name string, got, want *image.RGBA) {
	dir := filepath.Join("testdata", golden.Failed)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Log(err)
		return
	}
	for suffix, img := range map[string]*image.RGBA{"postgis": got, "geojson": want, "diff": golden.DiffImage(got, want, 48)} {
		f, err := os.Create(filepath.Join(dir, name+"-"+suffix+".png"))
		if err != nil {
			t.Log(err)
			return
		}
		png.Encode(f, img)
		f.Close()
	}
}

// TestIdentifyFrance finds France under Paris in the table, with the
// columns the GeoJSON's feature has, and the same values.
func TestIdentifyFrance(t *testing.T) {
	paris := orb.Point{2.35, 48.85}
	want := geojsonCountries(t, style.Spec)
	hits := want.Hits(paris, 0, 0)
	if len(hits) != 1 {
		t.Fatalf("GeoJSON: %d features under Paris", len(hits))
	}
	wantProps := want.Features[hits[0]].Properties()
	for _, table := range []string{"countries", "countries_3857"} {
		t.Run(table, func(t *testing.T) {
			src := openTest(t, table)
			v := render.Viewport{Center: paris, Zoom: 6, Width: 640, Height: 480}
			l, err := src.Fetch(context.Background(), query(v))
			if err != nil {
				t.Fatal(err)
			}
			got := l.Hits(paris, v.Tolerance(3), 0)
			if len(got) != 1 {
				t.Fatalf("%d features under Paris", len(got))
			}
			f := &l.Features[got[0]]
			if f.Name != "France" {
				t.Errorf("label %q, want France", f.Name)
			}
			props := f.Properties()
			n := 0
			for k, w := range wantProps {
				g, ok := props[k]
				if !ok {
					continue // countries_3857 keeps NAME and ADMIN
				}
				n++
				if fmt.Sprint(g) != fmt.Sprint(w) {
					t.Errorf("%s = %v, want %v", k, g, w)
				}
			}
			if min := map[string]int{"countries": len(wantProps), "countries_3857": 2}[table]; n < min {
				t.Errorf("%d of the GeoJSON's properties, want %d: %v", n, min, props)
			}
			if table == "countries" {
				if _, ok := props["fid"]; !ok {
					t.Errorf("no fid column in %v", props)
				}
			}
		})
	}
}

// TestFetchAcrossAntimeridian reads Fiji, which straddles 180°, from
// both sides of it in one view whose box runs past 180.
func TestFetchAcrossAntimeridian(t *testing.T) {
	src := openTest(t, "countries")
	l, err := src.Fetch(context.Background(), live.Query{Bound: orb.Bound{Min: orb.Point{170, -25}, Max: orb.Point{195, -10}}, Zoom: 5})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, f := range l.Features {
		names = append(names, f.Name)
	}
	joined := strings.Join(names, ",")
	for _, want := range []string{"Fiji", "Tonga", "Samoa"} {
		if !strings.Contains(joined, want) {
			t.Errorf("%s not fetched: %s", want, joined)
		}
	}
}

// TestFetchPoints reads every point of a small view, and a sample, said
// to be one, of a view holding more than the limit.
func TestFetchPoints(t *testing.T) {
	src := openTest(t, "points", "&limit=5000")
	var inBox int
	box := orb.Bound{Min: orb.Point{10, 40}, Max: orb.Point{15, 45}}
	if err := src.pool.QueryRow(context.Background(),
		`SELECT count(*) FROM points WHERE geom && ST_MakeEnvelope(10, 40, 15, 45, 4326)`).Scan(&inBox); err != nil {
		t.Fatal(err)
	}
	l, err := src.Fetch(context.Background(), live.Query{Bound: box, Zoom: 8})
	if err != nil {
		t.Fatal(err)
	}
	if len(l.Features) != inBox || len(l.Skipped) != 0 {
		t.Errorf("%d points of %d in the box, skipped %v", len(l.Features), inBox, l.Skipped)
	}
	for _, f := range l.Features {
		p, ok := f.Geometry.(orb.Point)
		if !ok || !box.Contains(p) || !strings.HasPrefix(f.Name, "point ") {
			t.Fatalf("feature %v %q outside the box or unnamed", f.Geometry, f.Name)
		}
	}

	world, err := src.Fetch(context.Background(), live.Query{Bound: orb.Bound{Min: orb.Point{-180, -85}, Max: orb.Point{180, 85}}, Zoom: 1})
	if err != nil {
		t.Fatal(err)
	}
	if n := len(world.Features); n > 5000 || n < 2000 {
		t.Errorf("%d points in the world view, want a sample of at most 5000", n)
	}
	if len(world.Skipped) != 1 || !strings.Contains(world.Skipped[0].Reason, "sample") {
		t.Errorf("skipped %v, want one note of a sample", world.Skipped)
	}
	// Spread over the world, not the first rows of one corner.
	var west, east int
	for _, f := range world.Features {
		if f.Geometry.(orb.Point)[0] < 0 {
			west++
		} else {
			east++
		}
	}
	if west < len(world.Features)/3 || east < len(world.Features)/3 {
		t.Errorf("sample of %d west and %d east of Greenwich", west, east)
	}
}

// TestFetchView reads a view, which cannot be sampled: past the limit,
// the first rows, said to be.
func TestFetchView(t *testing.T) {
	src := openTest(t, "points_view", "&limit=100")
	l, err := src.Fetch(context.Background(), live.Query{Bound: orb.Bound{Min: orb.Point{10, 40}, Max: orb.Point{15, 45}}, Zoom: 8})
	if err != nil {
		t.Fatal(err)
	}
	if len(l.Features) != 100 || len(l.Skipped) != 1 || !strings.Contains(l.Skipped[0].Reason, "only the first 100 rows in view") {
		t.Errorf("%d features, skipped %v; want 100 and a note of the limit", len(l.Features), l.Skipped)
	}
}

// TestFetchCancelled: a cancelled context ends a query the server is
// busy with, and the source answers the next Fetch.
func TestFetchCancelled(t *testing.T) {
	src := openTest(t, "countries")
	q := live.Query{Bound: orb.Bound{Min: orb.Point{-10, 35}, Max: orb.Point{30, 60}}, Zoom: 4}

	done, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := src.Fetch(done, q); !errors.Is(err, context.Canceled) {
		t.Errorf("Fetch with a cancelled context: %v, want context.Canceled", err)
	}

	// A query that sleeps a minute on the server, cancelled once it runs.
	slow := openTest(t, "countries", "&where=(SELECT pg_sleep(60)) IS NOT NULL")
	ctx, cancel := context.WithCancel(context.Background())
	errc := make(chan error, 1)
	start := time.Now()
	go func() {
		_, err := slow.Fetch(ctx, q)
		errc <- err
	}()
	waitRunning(t, src, "pg_sleep(60)")
	cancel()
	if err := <-errc; !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled Fetch: %v, want context.Canceled", err)
	}
	// The sleep lasts a minute: returning well before it ends is
	// returning on the cancel, not when the query finished.
	if time.Since(start) > 50*time.Second {
		t.Error("Fetch waited for the query instead of cancelling it")
	}
	waitGone(t, src, "pg_sleep(60)")
	if _, err := src.Fetch(context.Background(), q); err != nil {
		t.Errorf("Fetch after a cancelled one: %v", err)
	}
}

// waitRunning waits until the server is running a query containing s.
func waitRunning(t *testing.T, src *Source, s string) {
	t.Helper()
	waitQueries(t, src, s, true)
}

// waitGone waits until the server runs no query containing s.
func waitGone(t *testing.T, src *Source, s string) {
	t.Helper()
	waitQueries(t, src, s, false)
}

// waitQueries polls pg_stat_activity, for up to 10 s, until a query
// containing s runs (running true) or none does.
func waitQueries(t *testing.T, src *Source, s string, running bool) {
	t.Helper()
	for range 1000 {
		var n int
		if err := src.pool.QueryRow(context.Background(),
			`SELECT count(*) FROM pg_stat_activity WHERE state = 'active' AND strpos(query, $1) > 0 AND pid <> pg_backend_pid()`,
			s).Scan(&n); err != nil {
			t.Fatal(err)
		}
		if (n > 0) == running {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatalf("a query with %q running: %v, for 10 s", s, !running)
}

// TestSimpleProtocol reads the table as through a pooler in transaction
// mode (default_query_exec_mode=simple_protocol), where the WKB comes
// as bytea's text: the same features as the binary protocol gives.
func TestSimpleProtocol(t *testing.T) {
	v := render.Viewport{Center: orb.Point{2.35, 48.85}, Zoom: 5, Width: 640, Height: 480}
	want, err := openTest(t, "countries").Fetch(context.Background(), query(v))
	if err != nil {
		t.Fatal(err)
	}
	got, err := openTest(t, "countries", "&default_query_exec_mode=simple_protocol").Fetch(context.Background(), query(v))
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Features) != len(want.Features) || len(got.Features) == 0 {
		t.Fatalf("%d features, want %d", len(got.Features), len(want.Features))
	}
	for i := range got.Features {
		g, w := &got.Features[i], &want.Features[i]
		if g.Name != w.Name || !orb.Equal(g.Geometry, w.Geometry) || string(g.Props) != string(w.Props) {
			t.Errorf("feature %d: %s, want %s", i, g.Name, w.Name)
		}
	}
}

// TestFetchColumns reads a table of odd columns: a 3D line (read in
// 2D), a geometry without an SRID (read as longitude and latitude),
// simplestyle's stroke, a date, JSON and a boolean.
func TestFetchColumns(t *testing.T) {
	q := live.Query{Bound: orb.Bound{Min: orb.Point{37, 36}, Max: orb.Point{37.3, 36.3}}, Zoom: 12}
	tests := []struct {
		geom string
		want orb.Geometry
	}{
		{"", orb.Point{37.15, 36.22}}, // bare, the first by name
		{"&geom=line", orb.LineString{{37.1, 36.2}, {37.2, 36.25}}},
	}
	for _, tc := range tests {
		t.Run("geom"+tc.geom, func(t *testing.T) {
			src := openTest(t, "odd", tc.geom)
			l, err := src.Fetch(context.Background(), q)
			if err != nil {
				t.Fatal(err)
			}
			if len(l.Features) != 1 {
				t.Fatalf("%d features, want 1", len(l.Features))
			}
			f := &l.Features[0]
			if !orb.Equal(f.Geometry, tc.want) {
				t.Errorf("geometry %v, want %v", f.Geometry, tc.want)
			}
			if got := string(f.Props); got != `{"happened":"2016-10-19","id":1,"name":"a 3D line","ok":true,"stroke":"#ff0000","tags":{"a":[1,2]}}` {
				t.Errorf("properties %s", got)
			}
			if st := l.StyleOf(0); st.Stroke != (color.NRGBA{0xff, 0, 0, 0xff}) || st.Fill != src.style.Fill {
				t.Errorf("style %+v, want the table's with a red stroke", st)
			}
			sum := strings.Join(src.Summary(), "\n")
			other := map[string]string{"": "other geometry columns: line", "&geom=line": "other geometry columns: bare"}[tc.geom]
			if !strings.Contains(sum, other) {
				t.Errorf("summary without %q:\n%s", other, sum)
			}
		})
	}
}
