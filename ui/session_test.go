package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"github.com/paulmach/orb/geo"

	"newsatlas/atlas"
	"newsatlas/layer"
	"newsatlas/render"
)

// sessionWindow opens the window on a fresh default atlas in app, its
// last session kept in file.
func sessionWindow(t *testing.T, app fyne.App, file string) *Window {
	t.Helper()
	a, err := atlas.New()
	if err != nil {
		t.Fatal(err)
	}
	w := New(app, a, Options{RestoreSession: true, SessionFile: file})
	t.Cleanup(w.Win.Close)
	w.Win.Resize(fyne.NewSize(1200, 760))
	await(w.Map.WaitIdle)
	return w
}

// damageFile writes a point layer at east Aleppo.
func damageFile(t *testing.T, dir string) string {
	t.Helper()
	path := filepath.Join(dir, "damage.geojson")
	writeInput(t, path, `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"strike"},"geometry":{"type":"Point","coordinates":[37.19,36.225]}},{"type":"Feature","properties":{"name":"second"},"geometry":{"type":"Point","coordinates":[37.15,36.2]}}]}`)
	return path
}

// TestQuitSavesAndRelaunchRestores quits a window with a layer opened,
// hidden and faded layers, a date, a view and a selection, and starts a
// new one on the same session file, as a relaunch does: all come back.
func TestQuitSavesAndRelaunchRestores(t *testing.T) {
	app := newLoopApp(t)
	dir := t.TempDir()
	file := filepath.Join(dir, "config", LastSessionName)
	damage := damageFile(t, dir)
	w := sessionWindow(t, app, file)
	w.OpenFiles([]string{damage})
	date := time.Date(2014, 5, 8, 0, 0, 0, 0, time.UTC)
	w.setDate(date)
	if err := w.Atlas.SetHidden(atlas.SyriaGovernorates, true); err != nil {
		t.Fatal(err)
	}
	if err := w.Atlas.SetOpacity("damage", 0.6); err != nil {
		t.Fatal(err)
	}
	if err := w.Atlas.Move("damage", 1); err != nil {
		t.Fatal(err)
	}
	w.Map.SetView(render.Viewport{Center: eastAleppo, Zoom: 12.5})
	await(w.Map.WaitIdle)
	l := w.Atlas.Layer("damage")
	ref := layer.Ref{Layer: l.Layer, Feature: 1}
	w.Map.Select(&ref)
	w.selected([]atlas.Hit{{Layer: l.Name, Properties: l.Features[1].Properties(), Ref: ref}})
	w.split.Offset = 0.7
	w.quit()
	if _, err := os.Stat(file); err != nil {
		t.Fatalf("quit wrote no session: %v", err)
	}
	if w.gate.Do(func() {}) {
		t.Error("quit left the window's gate open")
	}

	w2 := sessionWindow(t, app, file)
	want := []string{atlas.Countries, "damage", atlas.Basemap, atlas.SyriaGovernorates, atlas.AleppoControl, atlas.Places}
	if got := names(w2.Atlas); strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("layers %v, want %v", got, want)
	}
	if l := w2.Atlas.Layer("damage"); l == nil || l.Opacity != 0.6 || l.Source != damage {
		t.Errorf("damage restored as %+v", l)
	}
	if !w2.Atlas.Layer(atlas.SyriaGovernorates).Hidden {
		t.Error("the governorates are shown again")
	}
	if !w2.Atlas.Date.Equal(date) || w2.timeline.date.Text != "8 May 2014" {
		t.Errorf("date %v, timeline shows %q", w2.Atlas.Date, w2.timeline.date.Text)
	}
	if v := w2.Map.View(); geo.Distance(v.Center, eastAleppo) > 10 || v.Zoom != 12.5 {
		t.Errorf("view %v z%v, want %v z12.5", v.Center, v.Zoom, eastAleppo)
	}
	if sel := w2.Map.Selected(); sel == nil || sel.Layer.Name != "damage" || sel.Feature != 1 {
		t.Errorf("selection %+v, want damage's second point", sel)
	}
	if w2.split.Offset != 0.7 {
		t.Errorf("split %v, want 0.7", w2.split.Offset)
	}
	// Started on files, the window keeps the last run's layout only.
	a, err := atlas.New()
	if err != nil {
		t.Fatal(err)
	}
	w3 := New(app, a, Options{SessionFile: file})
	t.Cleanup(w3.Win.Close)
	if w3.split.Offset != 0.7 || w3.Atlas.Layer("damage") != nil {
		t.Errorf("started on files: split %v, damage layer %v; want 0.7 and none", w3.split.Offset, w3.Atlas.Layer("damage") != nil)
	}
	if !strings.Contains(w2.info.Text(), "second") {
		t.Errorf("the info panel does not show the selection:\n%s", w2.info.Text())
	}
}

// TestRelaunchMissingFile starts on a session whose layer has gone: one
// notice names the file, the date and the article come back.
func TestRelaunchMissingFile(t *testing.T) {
	app := newLoopApp(t)
	dir := t.TempDir()
	file := filepath.Join(dir, LastSessionName)
	damage := damageFile(t, dir)
	article := filepath.Join(dir, "story.txt")
	writeInput(t, article, "Shelling in Homs\n\nHoms and Hama were shelled.\n")
	w := sessionWindow(t, app, file)
	w.OpenFiles([]string{damage, article})
	w.setDate(time.Date(2015, 1, 2, 0, 0, 0, 0, time.UTC))
	w.quit()
	if err := os.Remove(damage); err != nil {
		t.Fatal(err)
	}

	w2 := sessionWindow(t, app, file)
	if len(w2.dialogs) != 1 {
		t.Fatalf("%d dialogs, want one notice", len(w2.dialogs))
	}
	if text := shownText(w2.Win.Canvas().Overlays().Top()); !strings.Contains(text, damage+": no such file") {
		t.Errorf("the notice does not name %s once:\n%s", damage, text)
	}
	if w2.Atlas.Layer("damage") != nil {
		t.Error("the missing layer is listed")
	}
	if w2.Atlas.Article.Path != article || !strings.HasPrefix(w2.Win.Title(), "News Atlas - Shelling in Homs") {
		t.Errorf("article %q, title %q", w2.Atlas.Article.Path, w2.Win.Title())
	}
	if got := w2.Atlas.Date.Format(time.DateOnly); got != "2015-01-02" {
		t.Errorf("date %s, want 2015-01-02", got)
	}
}

// TestSaveAndOpenProject saves a project, changes everything, and opens
// the project again.
func TestSaveAndOpenProject(t *testing.T) {
	app := newLoopApp(t)
	dir := t.TempDir()
	damage := damageFile(t, dir)
	w := sessionWindow(t, app, filepath.Join(dir, LastSessionName))
	w.OpenFiles([]string{damage})
	w.setDate(time.Date(2013, 2, 3, 0, 0, 0, 0, time.UTC))
	project := filepath.Join(dir, "aleppo")
	if err := w.SaveProject(project); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(project + atlas.SessionExt)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `"path": "damage.geojson"`) {
		t.Errorf("the project does not name damage.geojson relative to it:\n%s", b)
	}
	w.removeLayer("damage")
	w.setDate(atlas.DefaultDate)
	if err := w.OpenProject(project + atlas.SessionExt); err != nil {
		t.Fatal(err)
	}
	if w.Atlas.Layer("damage") == nil || w.Atlas.Date.Format(time.DateOnly) != "2013-02-03" {
		t.Errorf("after Open Project: layers %v, date %v", names(w.Atlas), w.Atlas.Date)
	}
	if c := w.layers.checks["damage"]; c == nil || !c.Checked {
		t.Error("the layers panel does not show damage")
	}

	bad := filepath.Join(dir, "old"+atlas.SessionExt)
	writeInput(t, bad, `{"format":"newsatlas-session","version":7,"layers":[]}`)
	err = w.OpenProject(bad)
	if err == nil || !strings.HasPrefix(err.Error(), bad+": ") || strings.Contains(err.Error(), "\n") {
		t.Errorf("a version 7 project: %v, want one line naming it", err)
	}
	if w.Atlas.Layer("damage") == nil {
		t.Error("a refused project changed the layers")
	}

	var items []string
	for _, it := range w.mainMenu().Items[0].Items {
		items = append(items, it.Label)
	}
	if got := strings.Join(items, "|"); !strings.Contains(got, "Open Project...|Save Project...") {
		t.Errorf("File menu %s", got)
	}
}

func names(a *atlas.Atlas) []string {
	var out []string
	for _, l := range a.Layers {
		out = append(out, l.Name)
	}
	return out
}
