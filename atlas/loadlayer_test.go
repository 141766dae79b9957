package atlas

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
)

func TestLoadLayerSteps(t *testing.T) {
	a, err := NewWith(Options{Skip: []string{Countries, SyriaGovernorates, Places}})
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), "pts.geojson")
	writeInput(t, p, `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"a"},"geometry":{"type":"Point","coordinates":[37.1,36.2]}}]}`)

	st := a.NextLayerStyle()
	var last int64
	l, err := LoadLayer(context.Background(), p, st, func(done, total int64) { last = done })
	if err != nil || last == 0 {
		t.Fatalf("LoadLayer: %v, progress %d", err, last)
	}
	if l.StyleOf(0) != st {
		t.Error("the style given is not the one used")
	}
	first := a.AddLayer(l)
	if first.Name != "pts" || a.NextLayerStyle() == st {
		t.Errorf("added as %q; the next style should differ", first.Name)
	}
	l2, err := LoadLayer(context.Background(), p, a.NextLayerStyle(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if second := a.AddLayer(l2); second.Name != "pts (2)" {
		t.Errorf("second copy named %q, want pts (2)", second.Name)
	}

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := LoadLayer(ctx, p, st, nil); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled load: %v", err)
	}
}

// writeInput writes a test input, failing the test if it cannot.
func writeInput(t testing.TB, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestOpenGeoPackageTables opens a GeoPackage of two feature tables as
// two layers, each in its own colour, and a session brings both back.
func TestOpenGeoPackageTables(t *testing.T) {
	a, err := NewWith(Options{Skip: []string{Countries, SyriaGovernorates, Places}})
	if err != nil {
		t.Fatal(err)
	}
	gpkg, err := filepath.Abs(filepath.Join("..", "layer", "testdata", "formats", "syria-utm37.gpkg"))
	if err != nil {
		t.Fatal(err)
	}
	if err := a.Open(gpkg); err != nil {
		t.Fatal(err)
	}
	// "places" is a built-in layer's name: the table's layer is "places (2)"
	g, p := a.Layer("governorates"), a.Layer("places (2)")
	if g == nil || p == nil {
		t.Fatalf("no layers governorates and places: %d layers", len(a.Layers))
	}
	if g.Types["Polygon"] == 0 || p.Types["Point"] == 0 || g.StyleOf(0) == p.StyleOf(0) {
		t.Errorf("governorates %v, places %v, same style %v", g.Types, p.Types, g.StyleOf(0) == p.StyleOf(0))
	}
	path := filepath.Join(t.TempDir(), "s.newsatlas")
	if err := SaveSession(path, a.Session()); err != nil {
		t.Fatal(err)
	}
	s, err := LoadSession(path)
	if err != nil {
		t.Fatal(err)
	}
	b, err := NewWith(Options{Skip: []string{Countries, SyriaGovernorates, Places}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := b.Restore(s); err != nil {
		t.Fatalf("restore: %v", err)
	}
	if g, p := b.Layer("governorates"), b.Layer("places (2)"); g == nil || p == nil || g.Types["Polygon"] == 0 || p.Types["Point"] == 0 {
		t.Errorf("restored %d layers without both tables", len(b.Layers))
	}
}
