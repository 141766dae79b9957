package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"github.com/paulmach/orb"

	"newsatlas/render"
)

// TestTooltipAndInfoNameAlike checks that a feature whose properties
// offer several names (name, name_en, title, NAME) is called the same by
// the tooltip over it, the status line and the info panel of a click.
func TestTooltipAndInfoNameAlike(t *testing.T) {
	w := newTestWindow(t)
	p := filepath.Join(t.TempDir(), "names.geojson")
	gj := `{"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"name_en":"Aleppo","name":"Halab","NAME":"ALEPPO"},"geometry":{"type":"Point","coordinates":[30.1,10.1]}},
{"type":"Feature","properties":{"NAME_EN":"Homs","title":"Hims"},"geometry":{"type":"Point","coordinates":[30.3,10.1]}}]}`
	if err := os.WriteFile(p, []byte(gj), 0o644); err != nil {
		t.Fatal(err)
	}
	w.OpenFiles([]string{p})
	for _, pt := range []orb.Point{{30.1, 10.1}, {30.3, 10.1}} {
		w.Map.SetView(render.Viewport{Center: pt, Zoom: 12})
		await(w.Map.WaitIdle)
		pos := w.Map.PositionOf(pt)
		w.Map.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: pos}})
		await(w.Map.WaitIdle)
		tip := w.Map.HoverName()
		if tip == "" {
			t.Fatalf("no tooltip over the point at %v", pt)
		}
		if status := w.hover.Text; !strings.Contains(status, ": "+tip) {
			t.Errorf("status line %q, want it to name %q", status, tip)
		}
		test.TapAt(w.Map, pos)
		if got := w.info.name.Text; got != tip {
			t.Errorf("at %v the tooltip says %q, the info panel %q", pt, tip, got)
		}
	}
}
