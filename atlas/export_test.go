package atlas

import (
	"image/color"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/paulmach/orb"

	"newsatlas/render"
)

// TestExportSceneLegendOfWhatIsShown lists in an exported map's legend only
// the shown layers with a feature in view.
func TestExportSceneLegendOfWhatIsShown(t *testing.T) {
	a, err := New()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	far := filepath.Join(dir, "pacific.geojson")
	if err := os.WriteFile(far, []byte(`{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[-150,-20]}}]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	rl, err := a.OpenLayer(far)
	if err != nil {
		t.Fatal(err)
	}
	labels := func(v render.Viewport) []string {
		var out []string
		for _, it := range a.ExportScene(v).Legend {
			out = append(out, it.Label)
		}
		return out
	}
	aleppo := render.Viewport{Center: orb.Point{37.16, 36.2}, Zoom: 11, Width: 800, Height: 600, Scale: 1}
	got := labels(aleppo)
	if !slices.Contains(got, "Place in the article") || slices.Contains(got, rl.Name) || len(got) < 3 {
		t.Errorf("Aleppo's legend %q: want the pins and the control classes, not %s", got, rl.Name)
	}
	if all := a.Scene(aleppo).Legend; len(all) != len(got)+1 {
		t.Errorf("scene legend %d items, export %d: only the far layer should be left out", len(all), len(got))
	}
	pacific := render.Viewport{Center: orb.Point{-150, -20}, Zoom: 6, Width: 800, Height: 600, Scale: 1}
	if got := labels(pacific); !slices.Equal(got, []string{rl.Name}) {
		t.Errorf("the Pacific's legend %q, want only %s", got, rl.Name)
	}
	a.SetHidden(rl.Name, true)
	if got := labels(pacific); len(got) != 0 {
		t.Errorf("legend %q of a hidden layer", got)
	}
	if s := a.ExportScene(pacific); s.LegendTitle != "" {
		t.Errorf("legend title %q over no legend", s.LegendTitle)
	}
}

// TestExportTitle draws the headline in a white band over the map.
func TestExportTitle(t *testing.T) {
	a, err := New()
	if err != nil {
		t.Fatal(err)
	}
	v := render.Viewport{Center: orb.Point{37.16, 36.2}, Zoom: 9, Width: 400, Height: 300, Scale: 1}
	plain := a.Export(v, "", nil)
	titled := a.Export(v, "Talks on Aleppo resume in Geneva after a week of bombing in the east of the city", nil)
	if plain.Bounds() != titled.Bounds() || plain.Bounds().Dx() != 400 || plain.Bounds().Dy() != 300 {
		t.Fatalf("sizes %v and %v, want 400x300", plain.Bounds(), titled.Bounds())
	}
	band := TitleBand(1)
	dark, white := 0, 0
	for y := 0; y < band-2; y++ {
		for x := 0; x < 400; x++ {
			switch c := titled.RGBAAt(x, y); {
			case c == color.RGBA{0xff, 0xff, 0xff, 0xff}:
				white++
			case c.R < 0x60:
				dark++
			}
		}
	}
	if dark < 300 || white < 400*band/2 {
		t.Errorf("title band: %d dark and %d white pixels", dark, white)
	}
	// the long title is cut: nothing drawn in the right margin
	for y := 0; y < band-2; y++ {
		for x := 400 - 12; x < 400; x++ {
			if c := titled.RGBAAt(x, y); c != (color.RGBA{0xff, 0xff, 0xff, 0xff}) {
				t.Fatalf("title drawn into the margin at %d,%d", x, y)
			}
		}
	}
	if plain.RGBAAt(200, 5) == titled.RGBAAt(200, 5) && plain.RGBAAt(10, 20) == titled.RGBAAt(10, 20) && plain.RGBAAt(100, 12) == titled.RGBAAt(100, 12) {
		t.Error("the titled export's top looks like the plain one's")
	}
}
