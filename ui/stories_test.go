package ui

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"github.com/paulmach/orb"

	"newsatlas/atlas"
	"newsatlas/render"
)

// testArchive is a small NDJSON archive: three dated stories (Aleppo five times
// in the first, Geneva alone in the second, Idlib and Aleppo in the
// third) and a record with no text, which is skipped.
const testArchive = `{"id": "a1", "title": "Shelling in Aleppo", "date": "2016-10-18", "text": "Shelling in Aleppo\n\nShells fell on Aleppo overnight. Rescuers in Aleppo searched the rubble. East Aleppo has no power and west Aleppo little."}
{"id": "a2", "title": "Talks in Geneva", "date": "2016-10-20", "text": "Talks in Geneva\n\nDiplomats met in Geneva to talk about a truce."}
{"title": "No text here", "date": "2016-10-21"}
{"id": "a3", "title": "Idlib braces", "date": "2016-10-19", "text": "Idlib braces\n\nFamilies fled from Aleppo to Idlib as the fighting went on."}
`

// openTestArchive opens testArchive in a test window, with the index in a
// fresh cache folder, and waits for its stories to be listed.
func openTestArchive(t *testing.T) *Window {
	t.Helper()
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	path := filepath.Join(t.TempDir(), "stories.ndjson")
	writeInput(t, path, testArchive)
	if !IsArchive(path) {
		t.Fatalf("IsArchive(%s) = false for an NDJSON file of articles", path)
	}
	w := newTestWindow(t)
	w.OpenFiles([]string{path})
	await(w.news.wait)
	if w.news.arch == nil {
		t.Fatal("the archive did not open")
	}
	await(w.Map.WaitIdle)
	await(w.stories.wait)
	return w
}

// storyTitles is the titles the Stories list shows, in order, articles
// only.
func storyTitles(p *storiesPanel) []string {
	var out []string
	for _, r := range p.rows {
		if r.passage == nil {
			out = append(out, r.story.Title)
		}
	}
	return out
}

func TestArchiveListsStoriesNewestFirst(t *testing.T) {
	w := openTestArchive(t)
	got := strings.Join(storyTitles(w.stories), " | ")
	if want := "Talks in Geneva | Idlib braces | Shelling in Aleppo"; got != want {
		t.Errorf("stories in view %q, want %q\n%s", got, want, w.stories.Text())
	}
	if !strings.Contains(w.stories.heading.Text, "3 stories in view") {
		t.Errorf("heading %q", w.stories.heading.Text)
	}
	if w.tabs.Selected() != w.stories.tab {
		t.Error("the Stories tab is not shown after opening an archive")
	}
	// The record without text is skipped and said so in a notice.
	if !w.dialogUp() {
		t.Error("no notice of the skipped record")
	}
	// The places: a layer, Aleppo (three mentions) pinned larger than
	// Geneva (one).
	l := w.Atlas.Layer(ArchiveLayer)
	if l == nil || l.Layer == nil {
		t.Fatal("no archive layer")
	}
	sizes := map[string]string{}
	for _, f := range l.Features {
		sizes[f.Name] = propString(f.Properties(), "marker-size")
	}
	if sizes["Aleppo"] != "large" || sizes["Geneva"] == "large" || sizes["Geneva"] == "" {
		t.Errorf("marker sizes %v, want Aleppo large and Geneva smaller", sizes)
	}

	// Only Geneva in view: only its story.
	w.Map.SetView(render.Viewport{Center: orb.Point{6.14, 46.2}, Zoom: 10})
	await(w.Map.WaitIdle)
	await(w.stories.wait)
	if got := strings.Join(storyTitles(w.stories), " | "); got != "Talks in Geneva" {
		t.Errorf("stories in a view of Geneva: %q", got)
	}

	// A date window: the day of 19 October 2016 alone.
	w.stories.window.SetSelected("That day")
	w.Map.SetView(render.Viewport{Center: orb.Point{30, 40}, Zoom: 4})
	await(w.Map.WaitIdle)
	w.setDate(time.Date(2016, 10, 19, 0, 0, 0, 0, time.UTC))
	await(w.stories.wait)
	if got := strings.Join(storyTitles(w.stories), " | "); got != "Idlib braces" {
		t.Errorf("stories of 19 October 2016: %q\n%s", got, w.stories.Text())
	}
	// The pins are those of that day's story.
	await(w.news.wait)
	var pinned []string
	for _, f := range w.Atlas.Layer(ArchiveLayer).Features {
		pinned = append(pinned, f.Name)
	}
	slices.Sort(pinned)
	if got := strings.Join(pinned, ", "); got != "Aleppo, Idlib" {
		t.Errorf("pins of 19 October 2016: %s", got)
	}
}

func TestArchiveSearch(t *testing.T) {
	w := openTestArchive(t)
	w.stories.search.SetText("truce")
	await(w.stories.wait)
	if got := strings.Join(storyTitles(w.stories), " | "); got != "Talks in Geneva" {
		t.Errorf("search for truce: %q\n%s", got, w.stories.Text())
	}
	w.stories.search.SetText("")
	await(w.stories.wait)
	if n := len(storyTitles(w.stories)); n != 3 {
		t.Errorf("%d stories after the search was cleared, want 3", n)
	}
}

// aleppoCountryside is in Aleppo governorate, east of the city, away from
// the control zones and the pins.
var aleppoCountryside = orb.Point{37.9, 36.35}

func TestArchiveRegionClickListsPassagesAndOpensOne(t *testing.T) {
	w := openTestArchive(t)
	w.escape() // the notice of the skipped record
	w.Map.SetView(render.Viewport{Center: aleppoCountryside, Zoom: 8})
	await(w.Map.WaitIdle)
	test.TapAt(w.Map, w.Map.PositionOf(aleppoCountryside))
	await(w.stories.wait)
	if w.stories.region != "Aleppo" {
		t.Fatalf("region %q after a click in Aleppo governorate\n%s", w.stories.region, w.stories.Text())
	}
	// Most mentions first: the story naming Aleppo five times, then the one
	// naming it once; Geneva's is not about Aleppo.
	if got := strings.Join(storyTitles(w.stories), " | "); got != "Shelling in Aleppo | Idlib braces" {
		t.Errorf("related stories %q\n%s", got, w.stories.Text())
	}
	var row = -1
	for i, r := range w.stories.rows {
		if r.passage != nil && strings.Contains(r.passage.Text, "fled from Aleppo") {
			row = i
		}
	}
	if row < 0 {
		t.Fatalf("no passage with 'fled from Aleppo'\n%s", w.stories.Text())
	}
	// A tap on the passage opens its story with Aleppo highlighted, the
	// timeline at its date.
	w.setDate(time.Date(2016, 10, 1, 0, 0, 0, 0, time.UTC))
	w.stories.list.Select(row)
	await(w.news.wait)
	if got := w.Win.Title(); got != "News Atlas - Idlib braces" {
		t.Errorf("title %q after opening the passage", got)
	}
	if d := w.Atlas.Date.Format(time.DateOnly); d != "2016-10-19" {
		t.Errorf("the timeline is at %s after opening a story of 2016-10-19", d)
	}
	m := w.article.mention("Aleppo")
	if m == nil {
		t.Fatal("the opened story has no Aleppo link")
	}
	if !m.parts[0].highlighted {
		t.Error("Aleppo is not highlighted in the opened story")
	}
	if idlib := w.article.mention("Idlib"); idlib == nil || idlib.parts[0].highlighted {
		t.Error("Idlib is missing or highlighted too")
	}
	// The pins are the story's.
	if pins := w.Atlas.Layer(atlas.Places); pins == nil || len(pins.Features) != 2 {
		t.Errorf("pins of the opened story: %v", pins)
	}
	// Back to the view's stories.
	test.Tap(w.stories.back)
	await(w.stories.wait)
	if w.stories.region != "" || len(storyTitles(w.stories)) == 0 {
		t.Errorf("back: region %q, %d stories", w.stories.region, len(storyTitles(w.stories)))
	}

	// A click on the archive's Geneva pin: the stories naming Geneva.
	var geneva orb.Point
	for _, f := range w.Atlas.Layer(ArchiveLayer).Features {
		if f.Name == "Geneva" {
			geneva = f.Geometry.(orb.Point)
		}
	}
	w.Map.SetView(render.Viewport{Center: geneva, Zoom: 9})
	await(w.Map.WaitIdle)
	test.TapAt(w.Map, w.Map.PositionOf(geneva))
	await(w.stories.wait)
	if got := strings.Join(storyTitles(w.stories), " | "); w.stories.region != "Geneva" || got != "Talks in Geneva" {
		t.Errorf("a click on the Geneva pin: region %q, stories %q", w.stories.region, got)
	}
}

func TestArchiveHistogramAndPlayStops(t *testing.T) {
	w := openTestArchive(t)
	h := w.timeline.hist
	if !h.Visible() {
		t.Fatal("the histogram is hidden with an archive open")
	}
	size := h.Size()
	img := h.draw(int(size.Width), int(size.Height), size)
	x := int(w.timeline.axis.x(time.Date(2016, 10, 19, 12, 0, 0, 0, time.UTC), size.Width))
	bar := 0
	for y := 0; y < img.Bounds().Dy(); y++ {
		for dx := -3; dx <= 3; dx++ {
			if _, _, _, a := img.At(x+dx, y).RGBA(); a > 0 {
				bar++
				break
			}
		}
	}
	if bar == 0 {
		t.Errorf("no bar at 19 October 2016 (x %d of %g)", x, size.Width)
	}
	if _, _, _, a := img.At(2, img.Bounds().Dy()-1).RGBA(); a != 0 {
		t.Error("a bar at the timeline's start, where the archive has no stories")
	}
	// Play and the step buttons stop at the archive's days.
	stops := map[string]bool{}
	for _, d := range w.timeline.stops() {
		stops[d.Format(time.DateOnly)] = true
	}
	for _, d := range []string{"2016-10-18", "2016-10-19", "2016-10-20"} {
		if !stops[d] {
			t.Errorf("Play does not stop at %s", d)
		}
	}
}

func TestArchiveDroppedFolder(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	dir := t.TempDir()
	for i, s := range []struct{ name, text string }{
		{"older.md", "Aid reaches Homs\n\nA convoy reached Homs."},
		{"newer.txt", "Talks resume\n\nDiplomats met again in Geneva."},
	} {
		p := filepath.Join(dir, s.name)
		writeInput(t, p, s.text)
		at := time.Date(2020, 3, 1+i, 12, 0, 0, 0, time.UTC)
		if err := os.Chtimes(p, at, at); err != nil {
			t.Fatal(err)
		}
	}
	w := newTestWindow(t)
	w.dropped(fyne.Position{}, []fyne.URI{storage.NewFileURI(dir)})
	await(w.news.wait)
	await(w.Map.WaitIdle)
	await(w.stories.wait)
	if got := strings.Join(storyTitles(w.stories), " | "); got != "Talks resume | Aid reaches Homs" {
		t.Errorf("stories of a dropped folder: %q\n%s", got, w.stories.Text())
	}
	if w.dialogUp() {
		t.Error("a notice is up though nothing was skipped")
	}
}

func TestOpenArchiveDialog(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	path := filepath.Join(t.TempDir(), "wire.ndjson")
	writeInput(t, path, testArchive)
	w := newTestWindow(t)
	o := w.openArchiveDialog()
	if o == nil {
		t.Fatal("File > Open Archive showed no dialog")
	}
	test.Type(o.path, filepath.Join(t.TempDir(), "gone"))
	o.path.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if !o.note.Visible() || !strings.Contains(o.note.Text, "no such file or folder") {
		t.Errorf("a missing path: note %q (shown %v)", o.note.Text, o.note.Visible())
	}
	if w.news.arch != nil {
		t.Fatal("a missing path opened an archive")
	}
	o.path.SetText(path)
	o.path.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	await(w.news.wait)
	await(w.stories.wait)
	if got := len(storyTitles(w.stories)); w.news.arch == nil || got != 3 {
		t.Errorf("Open Archive of %s: %d stories listed", path, got)
	}
}
