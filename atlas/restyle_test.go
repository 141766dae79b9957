package atlas

import (
	"fmt"
	"image/color"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/paulmach/orb"

	"newsatlas/internal/golden"
	"newsatlas/render"
	"newsatlas/style"
)

// square is a GeoJSON polygon 0.1° across with its south-west corner at
// lon, lat.
func square(lon, lat float64) string {
	return fmt.Sprintf(`{"type":"Polygon","coordinates":[[[%g,%g],[%g,%g],[%g,%g],[%g,%g],[%g,%g]]]}`,
		lon, lat, lon+0.1, lat, lon+0.1, lat+0.1, lon, lat+0.1, lon, lat)
}

// TestRenderCategories draws a layer styled by category and finds each
// class's colour at its features.
func TestRenderCategories(t *testing.T) {
	kinds := []string{"shelling", "airstrike", "fire", "shelling", "fire"}
	var fs []string
	for i, k := range kinds {
		fs = append(fs, feature(fmt.Sprintf(`{"kind":%q}`, k), square(float64(i)*0.2, 0)))
	}
	l := parseLayer(t, "damage", collection(fs...))
	st, err := Styling(l, style.Rule{By: style.Category, Property: "kind"})
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"airstrike", "fire", "shelling"}; strings.Join(st.Labels, ",") != strings.Join(want, ",") {
		t.Fatalf("classes %q, want %q", st.Labels, want)
	}
	r, err := render.New()
	if err != nil {
		t.Fatal(err)
	}
	bg := color.NRGBA{0xff, 0xff, 0xff, 0xff}
	s := &render.Scene{Background: bg, Layers: []render.Layer{{Layer: l, Opacity: 1, Styling: st}}}
	v := render.Fit(orb.Bound{Min: orb.Point{-0.05, -0.05}, Max: orb.Point{1.0, 0.15}}, 600, 200, 0)
	img := r.Render(s, v)
	for i, k := range kinds {
		x, y := v.LonLatToPixel(orb.Point{float64(i)*0.2 + 0.05, 0.05})
		got := img.RGBAAt(int(x), int(y))
		var want color.NRGBA
		for c, label := range st.Labels {
			if label == k {
				want = style.Over(st.Styles[c].Fill, bg)
			}
		}
		if d := style.DeltaE(color.NRGBA{got.R, got.G, got.B, 0xff}, want); d > 2 {
			t.Errorf("feature %d (%s) is drawn %v, want its class's %v (ΔE %.1f)", i, k, got, want, d)
		}
	}
	// Classes are told apart on the map.
	for i := range st.Styles {
		for j := range i {
			if d := style.DeltaE(style.Over(st.Styles[i].Fill, bg), style.Over(st.Styles[j].Fill, bg)); d < 10 {
				t.Errorf("classes %q and %q are ΔE %.1f apart", st.Labels[i], st.Labels[j], d)
			}
		}
	}
	if dir := os.Getenv("NEWSATLAS_SHOTS"); dir != "" {
		golden.Write(t, filepath.Join(dir, "categories.png"), img)
	}
}

func TestSetStyleErrors(t *testing.T) {
	a := &Atlas{}
	a.AddLayer(parseLayer(t, "damage", collection(feature(`{"kind":"x","n":2}`, pointGeom))))
	for _, c := range []struct {
		name string
		rule style.Rule
		want string
	}{
		{"nope", style.Rule{Width: 2}, "no layer nope"},
		{"damage", style.Rule{By: style.Category, Property: "colour"}, `layer damage: no feature has a property "colour" (properties: kind, n)`},
		{"damage", style.Rule{By: "shape", Property: "kind"}, `want category or graduated`},
	} {
		if err := a.SetStyle(c.name, c.rule); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("SetStyle(%s, %+v) = %v, want an error saying %q", c.name, c.rule, err, c.want)
		}
	}
}

// TestSessionKeepsStyles saves a session with a layer styled by a
// property and one with clustering off, and restores them.
func TestSessionKeepsStyles(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "sites.geojson")
	writeFile(t, path, collection(feature(`{"kind":"a","n":1}`, pointGeom), feature(`{"kind":"b","n":5}`, pointGeom)))
	a := &Atlas{}
	l, err := a.OpenLayer(path)
	if err != nil {
		t.Fatal(err)
	}
	rule := style.Rule{By: style.Graduated, Property: "n", Method: style.EqualIntervals, Classes: 3, Width: 3}
	if err := a.SetStyle(l.Name, rule); err != nil {
		t.Fatal(err)
	}
	a.Layer(l.Name).NoCluster = true
	file := filepath.Join(dir, "p.newsatlas")
	if err := SaveSession(file, a.Session()); err != nil {
		t.Fatal(err)
	}
	s, err := LoadSession(file)
	if err != nil {
		t.Fatal(err)
	}
	b := &Atlas{}
	if _, err := b.Restore(s); err != nil {
		t.Fatal(err)
	}
	got := b.Layer(l.Name)
	if got == nil || got.Styling == nil || got.Styling.Rule != rule || !got.NoCluster {
		t.Fatalf("restored layer %+v, want styled by %+v with clustering off", got, rule)
	}
	if len(got.Styling.Labels) != 3 || got.Styling.Of[1] != 2 {
		t.Errorf("restored classes %q %v, want 3, the second feature in the last", got.Styling.Labels, got.Styling.Of)
	}
	// A style the file garbles is refused with the layer's name.
	writeFile(t, file, `{"format":"newsatlas-session","version":1,"layers":[{"name":"sites","path":"sites.geojson","style":"graduated=n,method=jenks"}]}`)
	if _, err := LoadSession(file); err == nil || !strings.Contains(err.Error(), "layer sites: style") {
		t.Errorf("LoadSession of a bad style: %v", err)
	}
}

func writeFile(t testing.TB, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}
