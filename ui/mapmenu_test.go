package ui

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"newsatlas/render"
)

// TestMapRightClickMenu: a right-click on the map shows a menu that copies
// the coordinates there, identifies what is there and zooms in there.
func TestMapRightClickMenu(t *testing.T) {
	w := newTestWindow(t)
	w.Map.SetView(render.Viewport{Center: eastAleppo, Zoom: 12})
	await(w.Map.WaitIdle)
	pos := w.Map.PositionOf(eastAleppo)
	test.TapSecondaryAt(w.Map, pos)
	top := w.Win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("a right-click showed nothing")
	}
	menus := objectsOf[*widget.PopUpMenu](top)
	if len(menus) == 0 {
		t.Fatalf("a right-click showed %T, no menu", top)
	}
	if items := menus[0].Items; len(items) != 3 {
		t.Errorf("the menu shown has %d items, want 3", len(items))
	}
	m := w.mapMenu(pos)
	if len(m.Items) != 3 || !strings.HasPrefix(m.Items[0].Label, "Copy coordinates ") || m.Items[1].Label != "Identify here" || m.Items[2].Label != "Zoom here" {
		t.Fatalf("menu items %+v", m.Items)
	}
	top.Hide()

	m.Items[0].Action()
	got := w.app.Clipboard().Content()
	var lat, lon float64
	if _, err := fmt.Sscanf(got, "%f, %f", &lat, &lon); err != nil || math.Abs(lat-eastAleppo[1]) > 1e-3 || math.Abs(lon-eastAleppo[0]) > 1e-3 {
		t.Errorf("clipboard %q, want %.5f, %.5f", got, eastAleppo[1], eastAleppo[0])
	}

	m.Items[1].Action()
	if sel := w.Map.Selected(); sel == nil || !strings.Contains(w.info.Text(), "Layer: ") {
		t.Errorf("Identify here selected %+v; info:\n%s", sel, w.info.Text())
	}

	zoom := w.Map.View().Zoom
	m.Items[2].Action()
	await(w.Map.WaitIdle)
	v := w.Map.View()
	if math.Abs(v.Zoom-(zoom+2)) > 1e-6 || math.Abs(v.Center[0]-eastAleppo[0]) > 1e-3 || math.Abs(v.Center[1]-eastAleppo[1]) > 1e-3 {
		t.Errorf("after Zoom here: %v z %.2f, want %v z %.2f", v.Center, v.Zoom, eastAleppo, zoom+2)
	}
}
