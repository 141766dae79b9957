package ui

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
	"github.com/paulmach/orb"

	"newsatlas/atlas"
	"newsatlas/render"
	"newsatlas/style"
)

// sitesFile writes a layer of points around Aleppo with a kind and a
// count, and returns its path.
func sitesFile(t *testing.T, dir, name string) string {
	t.Helper()
	var fs []string
	kinds := []string{"shelling", "airstrike", "fire"}
	for i := range 12 {
		fs = append(fs, fmt.Sprintf(`{"type":"Feature","properties":{"kind":%q,"n":%d},"geometry":{"type":"Point","coordinates":[%g,%g]}}`,
			kinds[i%3], i, 37.10+float64(i)*0.01, 36.18+float64(i%4)*0.01))
	}
	p := filepath.Join(dir, name+".geojson")
	writeInput(t, p, `{"type":"FeatureCollection","features":[`+strings.Join(fs, ",")+`]}`)
	return p
}

// TestLayersPanelShowsFourLayers opens two files beside the four
// built-in layers and checks that at the default window size the Layers
// tab shows at least four of them without scrolling.
func TestLayersPanelShowsFourLayers(t *testing.T) {
	w := newTestWindow(t)
	dir := t.TempDir()
	w.OpenFiles([]string{sitesFile(t, dir, "sites"), sitesFile(t, dir, "more")})
	w.tabs.SelectIndex(1)
	scroll, ok := w.tabs.Items[1].Content.(*container.Scroll)
	if !ok {
		t.Fatalf("the Layers tab holds a %T, want a scroll", w.tabs.Items[1].Content)
	}
	visible := scroll.Size().Height
	rows := w.layers.box.Objects
	if len(w.Atlas.Layers) < 6 || len(rows) < 2*4 {
		t.Fatalf("%d layers in %d rows", len(w.Atlas.Layers), len(rows))
	}
	// Rows and separators alternate; the fourth row ends at:
	fourth := rows[2*3]
	bottom := fourth.Position().Y + fourth.Size().Height
	if bottom > visible {
		t.Errorf("the fourth layer ends %.0f px down a panel %.0f px high: it needs scrolling", bottom, visible)
	}
	shown := 0
	for i := 0; i < len(rows); i += 2 {
		if rows[i].Position().Y+rows[i].Size().Height <= visible {
			shown++
		}
	}
	t.Logf("%d of %d layers shown in %.0f px", shown, len(w.Atlas.Layers), visible)
}

// TestEmptyLayerSaysNoFeatures opens a file without features: the view
// stays where it was and a notice names the file.
func TestEmptyLayerSaysNoFeatures(t *testing.T) {
	for _, c := range []struct{ name, content, want string }{
		{"empty", `{"type":"FeatureCollection","features":[]}`, "no features to show"},
		{"nulls", `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"a":1},"geometry":null}]}`, "no features with a location"},
	} {
		t.Run(c.name, func(t *testing.T) {
			w := newTestWindow(t)
			before := w.Map.View()
			p := filepath.Join(t.TempDir(), c.name+".geojson")
			writeInput(t, p, c.content)
			w.OpenFiles([]string{p})
			await(w.Map.WaitIdle)
			if got := w.Map.View(); got.Center != before.Center || got.Zoom != before.Zoom {
				t.Errorf("the view moved from %v z%.1f to %v z%.1f", before.Center, before.Zoom, got.Center, got.Zoom)
			}
			top := w.Win.Canvas().Overlays().Top()
			if top == nil {
				t.Fatal("no notice")
			}
			if text := shownText(top); !strings.Contains(text, p+": "+c.want) {
				t.Errorf("notice %q, want it to say %q of %s", text, c.want, p)
			}
			// The layers panel's zoom button says so again.
			w.escape()
			w.tabs.SelectIndex(1)
			name := w.Atlas.Layers[len(w.Atlas.Layers)-1].Name
			w.fitLayer(name)
			if top := w.Win.Canvas().Overlays().Top(); top == nil || !strings.Contains(shownText(top), c.want) {
				t.Errorf("zoom to the empty layer %s showed no notice", name)
			}
		})
	}
}

// TestStyleEditor restyles an opened layer from the layers panel: a
// swatch, the width and opacity sliders, categories by a property, then
// graduated classes, each applied at once, shown in the panel's legend
// and kept in the session.
func TestStyleEditor(t *testing.T) {
	w := newTestWindow(t)
	w.OpenFiles([]string{sitesFile(t, t.TempDir(), "sites")})
	w.tabs.SelectIndex(1)
	test.Tap(w.layers.styles["sites"])
	e := w.layers.editor
	if e == nil {
		t.Fatal("the restyle button opened no editor")
	}
	if top := w.Win.Canvas().Overlays().Top(); top == nil || !strings.Contains(shownText(top), "sites.geojson") {
		t.Fatal("the editor's dialog is not shown with the layer's source")
	}

	// A swatch of the palette gives the layer its colour at once.
	pink := style.LayerColours()[2]
	test.Tap(e.swatches[2])
	l := w.Atlas.Layer("sites")
	if l.Styling == nil || l.Styling.Styles[0].MarkerColor.R != pink.R || l.Styling.Styles[0].MarkerColor.B != pink.B {
		t.Fatalf("after the pink swatch the layer is styled %+v", l.Styling)
	}
	e.width.SetValue(4)
	if got := w.Atlas.Rule("sites"); got.Width != 4 || got.Colour != pink {
		t.Errorf("after the width slider the rule is %+v, want pink 4 px", got)
	}
	e.opacity.SetValue(0.5)
	if l := w.Atlas.Layer("sites"); l.Opacity != 0.5 {
		t.Errorf("opacity %v after the slider, want 0.5", l.Opacity)
	}

	// Categories by kind: three classes in the legend, drawn at once.
	frames := w.Map.Frames()
	e.by.SetSelected(byCategories)
	e.property.SetSelected("kind")
	got := w.Atlas.Rule("sites")
	if got.By != style.Category || got.Property != "kind" {
		t.Fatalf("rule %+v, want categories of kind", got)
	}
	await(w.Map.WaitIdle)
	if w.Map.Frames() == frames {
		t.Error("the map was not drawn again")
	}
	text := panelText(w)
	for _, want := range []string{"sites by kind", "airstrike", "fire", "shelling"} {
		if !strings.Contains(text, want) {
			t.Errorf("the layers panel's legend lacks %q:\n%s", want, text)
		}
	}

	// Graduated classes of n by equal intervals, four of them.
	e.by.SetSelected(byGraduated)
	e.property.SetSelected("n")
	e.method.SetSelected(style.EqualIntervals.String())
	e.classes.SetSelected("4")
	got = w.Atlas.Rule("sites")
	want := style.Rule{By: style.Graduated, Property: "n", Method: style.EqualIntervals, Classes: 4, Width: 4, Colour: pink}
	if got != want {
		t.Errorf("rule %+v, want %+v", got, want)
	}
	if st := w.Atlas.Layer("sites").Styling; st == nil || len(st.Labels) != 4 || st.Labels[0] != "0 – 2.75" {
		t.Errorf("graduated classes %v, want 4 from 0 – 2.75", st)
	}

	// Clustering off, and the session keeps it all.
	e.cluster.SetChecked(false)
	var sl *atlas.SessionLayer
	s := w.Session()
	for i := range s.Layers {
		if s.Layers[i].Name == "sites" {
			sl = &s.Layers[i]
		}
	}
	if sl == nil || sl.Style != want || !sl.NoCluster || sl.Opacity != 0.5 {
		t.Errorf("session layer %+v, want the rule, opacity 0.5 and no clustering", sl)
	}

	// A property no feature has is said in the editor, not applied.
	e.rule.Property = "missing"
	e.apply()
	if !strings.Contains(e.problem.Text, `no feature has a property "missing"`) || w.Atlas.Rule("sites") != want {
		t.Errorf("problem %q, rule %+v", e.problem.Text, w.Atlas.Rule("sites"))
	}

	// Reset gives the layer back as loaded.
	e.reset()
	if l := w.Atlas.Layer("sites"); l.Styling != nil || l.Opacity != 1 || e.width.Value != l.StyleOf(0).StrokeWidth {
		t.Errorf("after reset the layer is styled %+v, opacity %v, the width slider at %v", l.Styling, l.Opacity, e.width.Value)
	}
	if k := atlas.LegendOf(w.Atlas.Layer("sites")); len(k) != 1 || k[0].Kind != render.LegendMarker {
		t.Errorf("legend after reset %+v, want one marker", k)
	}
}

// panelText is the text the layers panel shows: its checks and legend
// captions.
func panelText(w *Window) string {
	var b strings.Builder
	for _, o := range test.LaidOutObjects(w.layers.object()) {
		switch o := o.(type) {
		case *canvas.Text:
			b.WriteString(o.Text + "\n")
		case *widget.Check:
			b.WriteString(o.Text + "\n")
		}
	}
	return b.String()
}

// TestTapClusterZoomsIn opens 1,000 points close together: at a wide view
// they are a cluster, and a tap on it zooms in to its points.
func TestTapClusterZoomsIn(t *testing.T) {
	w := newTestWindow(t)
	var fs []string
	for i := range 1000 {
		fs = append(fs, fmt.Sprintf(`{"type":"Feature","properties":{"n":%d},"geometry":{"type":"Point","coordinates":[%g,%g]}}`, i, 37.1+float64(i%40)*0.001, 36.2+float64(i/40)*0.001))
	}
	p := filepath.Join(t.TempDir(), "carpet.geojson")
	writeInput(t, p, `{"type":"FeatureCollection","features":[`+strings.Join(fs, ",")+`]}`)
	w.OpenFiles([]string{p})
	w.Map.SetView(render.Viewport{Center: orb.Point{37.12, 36.212}, Zoom: 9})
	await(w.Map.WaitIdle)
	v := w.Map.View()
	cs := render.Clusters(w.Atlas.Scene(v), v)
	if len(cs) == 0 {
		t.Fatal("no cluster at zoom 9")
	}
	test.TapAt(w.Map, w.Map.PositionOf(v.PixelToLonLat(cs[0].At[0], cs[0].At[1])))
	await(w.Map.WaitIdle)
	if got := w.Map.View(); got.Zoom < v.Zoom+2 {
		t.Errorf("after a tap on the cluster the zoom is %.1f, was %.1f", got.Zoom, v.Zoom)
	}
	if !strings.Contains(w.info.Text(), "carpet") {
		t.Errorf("info panel %q, want a feature of carpet", w.info.Text())
	}
}
