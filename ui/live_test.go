package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/paulmach/orb"

	"newsatlas/render"
)

// uiQueue makes the test goroutine the window's UI goroutine for the work
// the window's goroutines hand it: until runs what they hand it until
// done holds.
func uiQueue(t *testing.T) (until func(what string, done func() bool)) {
	if uiLoop() == nil {
		t.Fatal("the app has no UI loop (newLoopApp)")
	}
	return func(what string, done func() bool) {
		t.Helper()
		deadline := time.Now().Add(30 * time.Second)
		for !done() {
			if time.Now().After(deadline) {
				t.Fatalf("%s: not done after 30 s", what)
			}
			pump(20 * time.Millisecond)
		}
	}
}

// hasCountry reports whether the named layer holds the country.
func hasCountry(w *Window, layer, name string) bool {
	l := w.Atlas.Layer(layer)
	if l == nil {
		return false
	}
	for i := range l.Features {
		if l.Features[i].String("ADMIN") == name {
			return true
		}
	}
	return false
}

func TestOpenLiveFetchesTheView(t *testing.T) {
	w := newTestWindow(t)
	until := uiQueue(t)
	w.Map.SetView(render.Viewport{Center: orb.Point{2.35, 46.6}, Zoom: 4, Width: 800, Height: 600})
	await(w.Map.WaitIdle)
	w.OpenFiles([]string{"../vtiles/testdata/countries.pmtiles"})
	if w.Atlas.Layer("countries (2)") != nil {
		t.Error("the PMTiles was opened on the UI goroutine")
	}
	until("open", func() bool { return w.Atlas.Layer("countries (2)") != nil })
	until("fetch", func() bool { return hasCountry(w, "countries (2)", "France") })
	if w.Atlas.Layer("countries (2)").Display == nil {
		t.Error("the tiles are drawn without their display layer (tile edges outlined)")
	}
	// A view elsewhere is asked once it is shown and rests (after
	// LiveDebounce).
	w.Map.SetView(render.Viewport{Center: orb.Point{138, 36}, Zoom: 4, Width: 800, Height: 600})
	until("fetch Japan", func() bool { return hasCountry(w, "countries (2)", "Japan") })
}

func TestOpenLiveBadFile(t *testing.T) {
	w := newTestWindow(t)
	until := uiQueue(t)
	p := filepath.Join(t.TempDir(), "cut.pmtiles")
	good, err := os.ReadFile("../vtiles/testdata/countries.pmtiles")
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(p, good[:1000], 0o644)
	before := len(w.Atlas.Layers)
	w.OpenFiles([]string{p})
	until("open", w.dialogUp)
	if len(w.Atlas.Layers) != before {
		t.Error("a truncated PMTiles added a layer")
	}
	if !w.dialogUp() {
		t.Fatal("no notice of the truncated PMTiles")
	}
	if msg := shownText(w.Win.Canvas().Overlays().Top()); !strings.Contains(msg, p+": truncated PMTiles") {
		t.Errorf("notice %q, want the file named and truncated", msg)
	}
}
