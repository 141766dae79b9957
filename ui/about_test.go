package ui

import (
	"os"
	"strings"
	"testing"

	"fyne.io/fyne/v2/widget"

	"newsatlas/atlas"
	"newsatlas/internal/appinfo"
)

// TestAboutShowsVersion: Help > About names the version FyneApp.toml
// gives, as main passes it.
func TestAboutShowsVersion(t *testing.T) {
	b, err := os.ReadFile("../FyneApp.toml")
	if err != nil {
		t.Fatal(err)
	}
	info, err := appinfo.Parse(b)
	if err != nil {
		t.Fatal(err)
	}
	app := newLoopApp(t)
	a, err := atlas.NewWith(atlas.Options{})
	if err != nil {
		t.Fatal(err)
	}
	w := New(app, a, Options{Version: info.String()})
	t.Cleanup(w.Win.Close)
	w.showAbout()
	top := w.Win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("About showed no dialog")
	}
	var text string
	for _, rt := range objectsOf[*widget.RichText](top) {
		text += rt.String()
	}
	if want := "Version " + info.Version + " (build "; !strings.Contains(text, want) || !strings.Contains(text, "GeoNames") {
		t.Errorf("About says %q, want %q and the attributions", text, want)
	}
}
