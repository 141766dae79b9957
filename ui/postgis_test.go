package ui

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	"github.com/paulmach/orb"

	"newsatlas/internal/pgtest"
	"newsatlas/render"
)

// eventually polls cond on the UI goroutine (the test's), every 50 ms for
// up to 30 s, running what the fetch's goroutine hands it between looks,
// and reports whether it came true.
func eventually(cond func() bool) bool {
	for range 600 {
		if cond() {
			return true
		}
		pump(50 * time.Millisecond)
	}
	return false
}

// TestOpenPostGISTable opens a table as File > Open's path field does,
// waits for the view's rows, and clicks France.
func TestOpenPostGISTable(t *testing.T) {
	source := pgtest.Table(t, "countries_3857")
	w := newTestWindow(t)
	paris := orb.Point{2.35, 48.85}
	w.Map.SetView(render.Viewport{Center: paris, Zoom: 5})
	await(w.Map.WaitIdle)
	w.OpenFiles([]string{source})
	if !eventually(func() bool {
		l := w.Atlas.Layer("countries_3857")
		return l != nil && len(l.Features) > 0
	}) {
		t.Fatal("the table's layer never held the view's rows")
	}
	await(w.Map.WaitIdle)
	test.TapAt(w.Map, w.Map.PositionOf(paris))
	await(w.Map.WaitIdle)
	info := w.info.Text()
	if !strings.Contains(info, "Layer: countries_3857") || !strings.Contains(info, "France") {
		t.Errorf("info panel after a click on Paris:\n%s", info)
	}
}

// TestOpenPostGISWrongPassword: a wrong password is one line in a
// dialog, the password hidden, and the layers as they were.
func TestOpenPostGISWrongPassword(t *testing.T) {
	wrong := pgtest.WithWrongPassword(t, pgtest.Table(t, "countries"))
	w := newTestWindow(t)
	n := len(w.Atlas.Layers)
	w.OpenFiles([]string{wrong})
	var text string
	if !eventually(func() bool {
		if top := w.Win.Canvas().Overlays().Top(); top != nil {
			text = shownText(top)
		}
		return text != ""
	}) {
		t.Fatal("no error dialog")
	}
	if !strings.Contains(text, "password authentication failed") || strings.Contains(text, pgtest.WrongPassword) {
		t.Errorf("the dialog says %q, want the refusal with the password hidden", text)
	}
	if len(w.Atlas.Layers) != n {
		t.Errorf("%d layers, want %d", len(w.Atlas.Layers), n)
	}
}
