package ui

import (
	"bytes"
	"fmt"
	"image"
	"image/draw"
	"io"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geo"

	"newsatlas/atlas"
	"newsatlas/cli"
	"newsatlas/internal/golden"
	"newsatlas/render"
	"newsatlas/timeline"
)

// eastAleppo is in as-Sakhour, held by the opposition on 2016-10-19 (the
// same point `newsatlas identify 37.19 36.225` answers for).
var eastAleppo = orb.Point{37.19, 36.225}

// newTestWindow opens the window on the default atlas in Fyne's test
// driver and waits for the map's first frame.
func newTestWindow(t testing.TB) *Window {
	t.Helper()
	app := newLoopApp(t)
	a, err := atlas.New()
	if err != nil {
		t.Fatal(err)
	}
	w := New(app, a, Options{})
	t.Cleanup(w.Win.Close)
	w.Win.Resize(fyne.NewSize(1200, 760))
	await(w.Map.WaitIdle)
	if w.Map.View().Width == 0 {
		t.Fatal("the map was not laid out")
	}
	return w
}

// writeInput writes a test input, failing the test if it cannot.
func writeInput(t testing.TB, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestTitle(t *testing.T) {
	w := newTestWindow(t)
	if got := w.Win.Title(); !strings.HasPrefix(got, "News Atlas - ") || !strings.Contains(got, "Geneva") {
		t.Errorf("title %q, want News Atlas - <headline>", got)
	}
}

func TestTapEastAleppoShowsOpposition(t *testing.T) {
	w := newTestWindow(t)
	w.Map.SetView(render.Viewport{Center: eastAleppo, Zoom: 13})
	await(w.Map.WaitIdle)
	test.TapAt(w.Map, w.Map.PositionOf(eastAleppo))
	info := w.info.Text()
	for _, want := range []string{"aleppo-control", "opposition", "as_of: 2016-10-19", "source: ", "area: ", " km²"} {
		if !strings.Contains(info, want) {
			t.Errorf("info panel lacks %q:\n%s", want, info)
		}
	}
	if !strings.Contains(info, "الصاخور") {
		t.Errorf("info panel lacks the Arabic name:\n%s", info)
	}
	// Empty map (the sea off Lebanon at a wide view) clears it.
	w.Map.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if info := w.info.Text(); strings.Contains(info, "opposition") {
		t.Errorf("Escape left the info panel showing:\n%s", info)
	}
}

func TestToggleControlLayerChangesPixels(t *testing.T) {
	w := newTestWindow(t)
	w.Map.SetView(render.Viewport{Center: eastAleppo, Zoom: 13})
	await(w.Map.WaitIdle)
	at := func() [4]uint32 {
		v := w.Map.View()
		x, y := v.LonLatToPixel(eastAleppo)
		r, g, b, a := w.Map.Image().At(int(x), int(y)).RGBA()
		return [4]uint32{r, g, b, a}
	}
	before := at()
	check := w.layers.checks[atlas.AleppoControl]
	if check == nil || !check.Checked {
		t.Fatal("no checked aleppo-control row in the layers panel")
	}
	test.Tap(check)
	await(w.Map.WaitIdle)
	if !w.Atlas.Layer(atlas.AleppoControl).Hidden {
		t.Fatal("unticking aleppo-control did not hide it")
	}
	if after := at(); after == before {
		t.Errorf("pixel at east Aleppo unchanged (%v) after hiding aleppo-control", before)
	}
	test.Tap(w.layers.checks[atlas.AleppoControl])
	await(w.Map.WaitIdle)
	if got := at(); got != before {
		t.Errorf("pixel %v after showing aleppo-control again, want %v", got, before)
	}
}

func TestGenevaMentionFliesToGeneva(t *testing.T) {
	w := newTestWindow(t)
	link := w.article.link("Geneva")
	if link == nil {
		t.Fatal("no Geneva mention in the article panel")
	}
	var geneva orb.Point
	for _, p := range w.Atlas.Article.Places {
		if p.Name == "Geneva" {
			geneva = orb.Point{p.Lon, p.Lat}
		}
	}
	test.Tap(link)
	await(w.Map.WaitIdle)
	c := w.Map.View().Center
	if d := geo.Distance(c, geneva); d > 3000 {
		t.Errorf("view centre %v is %.0f m from Geneva %v", c, d, geneva)
	}
	sel := w.Map.Selected()
	if sel == nil || sel.Layer.Name != atlas.Places || sel.Layer.Features[sel.Feature].Name != "Geneva" {
		t.Errorf("selected %v, want the Geneva pin", sel)
	}
	if !link.highlighted {
		t.Error("the Geneva mention is not highlighted")
	}
	if info := w.info.Text(); !strings.Contains(info, "Geneva") {
		t.Errorf("info panel:\n%s", info)
	}
}

func TestTapPinHighlightsMentions(t *testing.T) {
	w := newTestWindow(t)
	pins := w.Atlas.Layer(atlas.Places)
	i := -1
	for j, f := range pins.Features {
		if f.Name == "Moscow" {
			i = j
		}
	}
	if i < 0 {
		t.Fatal("no Moscow pin")
	}
	p := pins.Features[i].Geometry.(orb.Point)
	w.Map.SetView(render.Viewport{Center: p, Zoom: 6})
	await(w.Map.WaitIdle)
	test.TapAt(w.Map, w.Map.PositionOf(p).SubtractXY(0, 12)) // the pin's head
	n := 0
	for _, para := range w.article.paras {
		for _, l := range para.links {
			if l.parts[0].highlighted != (l.place == i) {
				t.Errorf("mention %q highlighted=%t", l.parts[0].Text, l.parts[0].highlighted)
			}
			if l.parts[0].highlighted {
				n++
			}
		}
	}
	if n == 0 {
		t.Error("no Moscow mention highlighted")
	}
}

func TestOpenBrokenFileKeepsLayers(t *testing.T) {
	w := newTestWindow(t)
	dir := t.TempDir()
	good := filepath.Join(dir, "good.geojson")
	bad := filepath.Join(dir, "broken.geojson")
	writeInput(t, good, `{"type":"Feature","properties":{"name":"Box"},"geometry":{"type":"Polygon","coordinates":[[[36,35],[38,35],[38,37],[36,37],[36,35]]]}}`)
	writeInput(t, bad, `{"type":"FeatureCollection","features":[`)
	n := len(w.Atlas.Layers)
	w.OpenFiles([]string{good, bad})
	if len(w.Atlas.Layers) != n+1 || w.Atlas.Layers[n].Name == "" {
		t.Fatalf("%d layers after opening one good and one broken file, want %d", len(w.Atlas.Layers), n+1)
	}
	if w.layers.checks[w.Atlas.Layers[n].Name] == nil {
		t.Error("the new layer has no row in the layers panel")
	}
	if top := w.Win.Canvas().Overlays().Top(); top == nil {
		t.Error("no error dialog")
	} else if text := shownText(top); !strings.Contains(text, bad) {
		t.Errorf("the error dialog says %q, want the broken file named", text)
	}
	w.removeLayer(w.Atlas.Layers[n].Name)
	if len(w.Atlas.Layers) != n {
		t.Error("remove did not remove the opened layer")
	}
}

// TestExportPNG checks that File > Export PNG writes the article's
// headline over what `newsatlas render` draws of the same view: the
// window's centre, zoomed so that all of the map on screen fits the
// export's size below the title.
func TestExportPNG(t *testing.T) {
	w := newTestWindow(t)
	w.Map.SetView(render.Viewport{Center: orb.Point{37.3, 36.1}, Zoom: 8.5})
	await(w.Map.WaitIdle)
	dir := t.TempDir()
	out := filepath.Join(dir, "map.png")
	if err := w.exportTo(out, 640, 400); err != nil {
		t.Fatal(err)
	}
	got := golden.Read(t, out)
	band := atlas.TitleBand(1)
	if w.Atlas.Article.Title == "" {
		t.Fatal("the built-in article has no headline")
	}
	// The title band: white, with dark text in it.
	dark := 0
	for y := 0; y < band; y++ {
		for x := 0; x < 640; x++ {
			if r, _, _, _ := got.At(x, y).RGBA(); r < 0x4000 {
				dark++
			}
		}
	}
	if dark < 200 {
		t.Errorf("%d dark pixels in the title band: no headline drawn", dark)
	}
	mapPart := image.NewRGBA(image.Rect(0, 0, 640, 400-band))
	draw.Draw(mapPart, mapPart.Bounds(), got, image.Pt(0, band), draw.Src)

	// The view the export shows: the window's centre, and the window's
	// map whole, touching the export's edges on one axis.
	v := w.Map.View()
	e := v
	e.Width, e.Height, e.Scale = 640, 400-band, 1
	e.Zoom = v.Zoom + math.Log2(min(640/float64(v.Width), float64(400-band)/float64(v.Height)))
	shown, exported := v.LonLatBound(), e.LonLatBound()
	const eps = 1e-9
	if exported.Min[0] > shown.Min[0]+eps || exported.Min[1] > shown.Min[1]+eps || exported.Max[0] < shown.Max[0]-eps || exported.Max[1] < shown.Max[1]-eps {
		t.Errorf("the export shows %v, less than the window's %v", exported, shown)
	}
	if err := golden.Compare(mapPart, w.Atlas.Renderer.Render(w.Atlas.ExportScene(e), e), golden.Exact); err != nil {
		t.Errorf("the export differs from the render of the window's scene at %+v: %v", e, err)
	}
	// Everything the legend lists is in this view of Aleppo: the same
	// legend as `newsatlas render`'s.
	if a, b := w.Atlas.ExportScene(e).Legend, w.Atlas.Scene(e).Legend; len(a) != len(b) {
		t.Fatalf("export legend %+v, scene legend %+v", a, b)
	}

	// `newsatlas render --bbox` of the exported bound at the same size.
	cliOut := filepath.Join(dir, "cli.png")
	b := exported
	bbox := fmt.Sprintf("%.12f,%.12f,%.12f,%.12f", b.Min[0], b.Min[1], b.Max[0], b.Max[1])
	var stderr bytes.Buffer
	if code := cli.Run([]string{"render", "--size", fmt.Sprintf("640x%d", 400-band), "--bbox", bbox, "-o", cliOut}, io.Discard, &stderr); code != cli.OK {
		t.Fatalf("newsatlas render --bbox %s: exit %d: %s", bbox, code, stderr.String())
	}
	if err := golden.Compare(mapPart, golden.Read(t, cliOut), golden.Noise); err != nil {
		t.Errorf("the export differs from newsatlas render --bbox %s: %v", bbox, err)
	}
}

// TestTimelineStepsThroughChanges checks that the step buttons move to
// the next and the previous change date, and that the map and the
// sources panel follow.
func TestTimelineStepsThroughChanges(t *testing.T) {
	w := newTestWindow(t)
	d0 := w.Atlas.Date
	changes := w.Atlas.Timeline.Changes()
	// The change dates around d0: the last on or before it, the first after.
	var atOrBefore, after time.Time
	for _, c := range changes {
		if !c.After(d0) {
			atOrBefore = c
		} else if after.IsZero() {
			after = c
		}
	}
	if atOrBefore.IsZero() || after.IsZero() {
		t.Fatalf("the opening date %v has no change date on each side in %v", d0, changes)
	}
	test.Tap(w.timeline.forward)
	if !w.Atlas.Date.Equal(after) {
		t.Fatalf("step forward from %v: date %v, want the next change %v", d0, w.Atlas.Date, after)
	}
	checkDateShown(t, w, after)
	test.Tap(w.timeline.back)
	if !w.Atlas.Date.Equal(atOrBefore) {
		t.Errorf("step back from %v: date %v, want the change before it, %v", after, w.Atlas.Date, atOrBefore)
	}
	checkDateShown(t, w, atOrBefore)
}

// checkDateShown checks that the control layer and the sources panel are
// those of date d.
func checkDateShown(t *testing.T, w *Window, d time.Time) {
	t.Helper()
	asOf := d.Format(timeline.DateLayout)
	for i := range w.Atlas.Layer(atlas.AleppoControl).Features {
		if got := w.Atlas.Layer(atlas.AleppoControl).Features[i].String("as_of"); got != asOf {
			t.Fatalf("%s: a control zone is as of %q", asOf, got)
		}
	}
	var listed []string
	for _, o := range w.sources.box.Objects[1:] {
		listed = append(listed, strings.TrimPrefix(o.(*widget.Label).Text, "• "))
	}
	var want []string
	for _, s := range w.Atlas.Timeline.Sources(d) {
		want = append(want, s.String())
	}
	if len(want) == 0 || strings.Join(listed, "\n") != strings.Join(want, "\n") {
		t.Errorf("%s: sources panel lists\n%s\nwant\n%s", asOf, strings.Join(listed, "\n"), strings.Join(want, "\n"))
	}
}

// TestGoldenOpeningWindow compares the opening window with
// testdata/opening.png, tolerant to anti-aliasing noise. Set
// NEWSATLAS_UPDATE_GOLDEN=1 to write it again.
func TestGoldenOpeningWindow(t *testing.T) {
	w := newTestWindow(t)
	golden.Check(t, "opening.png", w.Win.Canvas().Capture(), golden.Noise)
}

func TestOpenArticleReplacesTextAndPins(t *testing.T) {
	w := newTestWindow(t)
	path := filepath.Join(t.TempDir(), "story.txt")
	writeInput(t, path, "Talks in Paris\n\nMinisters met in Paris on Monday before flying to Berlin.\n")
	w.OpenFiles([]string{path})
	if got := w.Win.Title(); got != "News Atlas - Talks in Paris" {
		t.Errorf("title %q", got)
	}
	if w.article.link("Paris") == nil || w.article.link("Berlin") == nil {
		t.Fatal("no Paris or Berlin mention links")
	}
	if w.article.link("Geneva") != nil {
		t.Error("the old article's mentions are still shown")
	}
	pins := w.Atlas.Layer(atlas.Places)
	if n := len(pins.Features); n != len(w.Atlas.Article.Places) || n < 2 {
		t.Errorf("%d pins for %d places", n, len(w.Atlas.Article.Places))
	}
	test.Tap(w.article.link("Berlin"))
	await(w.Map.WaitIdle)
	if c := w.Map.View().Center; geo.Distance(c, orb.Point{13.4, 52.52}) > 20000 {
		t.Errorf("Berlin mention: view centre %v", c)
	}
}

func TestZoomToFeatureButton(t *testing.T) {
	w := newTestWindow(t)
	w.Map.SetView(render.Viewport{Center: eastAleppo, Zoom: 13})
	await(w.Map.WaitIdle)
	test.TapAt(w.Map, w.Map.PositionOf(eastAleppo))
	w.Map.SetView(render.Viewport{Center: orb.Point{0, 0}, Zoom: 2})
	test.Tap(w.info.zoom)
	await(w.Map.WaitIdle)
	v := w.Map.View()
	if geo.Distance(v.Center, eastAleppo) > 2000 || v.Zoom < 13 {
		t.Errorf("zoom to feature: view %+v", v)
	}
}

func TestDropAndRecentFiles(t *testing.T) {
	w := newTestWindow(t)
	dir := t.TempDir()
	good := filepath.Join(dir, "dropped.geojson")
	writeInput(t, good, `{"type":"Point","coordinates":[36.2,37.1]}`)
	n := len(w.Atlas.Layers)
	w.dropped(fyne.NewPos(10, 10), []fyne.URI{storage.NewFileURI(good)})
	if len(w.Atlas.Layers) != n+1 {
		t.Fatalf("%d layers after a drop, want %d", len(w.Atlas.Layers), n+1)
	}
	if rec := w.recent(); len(rec) == 0 || rec[0] != good {
		t.Errorf("recent files %v, want %s first", rec, good)
	}
	var recent *fyne.MenuItem
	for _, it := range w.mainMenu().Items[0].Items {
		if it.Label == "Recent" {
			recent = it
		}
	}
	if recent == nil || len(recent.ChildMenu.Items) == 0 || !strings.HasPrefix(recent.ChildMenu.Items[0].Label, "dropped.geojson") {
		t.Errorf("File > Recent does not list dropped.geojson")
	}
}

func TestMinimumSize(t *testing.T) {
	w := newTestWindow(t)
	min := w.Win.Content().MinSize()
	if min.Width < MinWindowSize.Width || min.Height < MinWindowSize.Height || min.Width > 1000 || min.Height > 700 {
		t.Errorf("window minimum size %v", min)
	}
}

// shownText is the text of the labels and rich texts laid out in o.
func shownText(o fyne.CanvasObject) string {
	var b strings.Builder
	for _, c := range test.LaidOutObjects(o) {
		switch c := c.(type) {
		case *widget.Label:
			b.WriteString(c.Text + "\n")
		case *widget.RichText:
			b.WriteString(c.String() + "\n")
		}
	}
	return b.String()
}
