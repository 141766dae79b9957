package ui

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geo"

	"newsatlas/atlas"
	"newsatlas/render"
)

// archiveSessionWindow opens, in a window keeping its last session in
// file, testArchive written at dir/stories.ndjson, and closes the notice
// of what it skipped.
func archiveSessionWindow(t *testing.T, w *Window, dir string) string {
	t.Helper()
	path := filepath.Join(dir, "stories.ndjson")
	writeInput(t, path, testArchive)
	w.OpenFiles([]string{path})
	await(w.news.wait)
	if w.news.arch == nil {
		t.Fatal("the archive did not open")
	}
	await(w.stories.wait)
	for w.dialogUp() {
		w.Win.Canvas().Overlays().Top().Hide()
		w.Win.Canvas().Overlays().Remove(w.Win.Canvas().Overlays().Top())
	}
	w.dialogs = nil
	return path
}

// waitRestored waits for a window's archive to have opened again and its
// stories to be listed.
func waitRestored(t *testing.T, w *Window) {
	t.Helper()
	await(w.news.wait)
	await(w.Map.WaitIdle)
	await(w.stories.wait)
}

// TestArchiveSessionRelaunch quits a window with an archive open, its
// layer faded and moved under the built-in ones, and starts a new one on
// the same session, as a relaunch does: the archive opens again through
// its index, with its stories, pins and days, its layer where it was, the
// view the session's (not the archive's), and no notice.
func TestArchiveSessionRelaunch(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	app := newLoopApp(t)
	dir := t.TempDir()
	file := filepath.Join(dir, "config", LastSessionName)
	w := sessionWindow(t, app, file)
	path := archiveSessionWindow(t, w, dir)
	// A story of the archive (an NDJSON line) in the article panel.
	var geneva story
	for _, r := range w.stories.rows {
		if r.story.Title == "Talks in Geneva" {
			geneva = r.story
		}
	}
	w.openStory(geneva, nil)
	await(w.news.wait)
	if w.Atlas.Article.Title != "Talks in Geneva" {
		t.Fatalf("the story did not open: %q", w.Atlas.Article.Title)
	}
	must(t, w.Atlas.SetOpacity(ArchiveLayer, 0.5))
	must(t, w.Atlas.Move(ArchiveLayer, 1))
	view := orb.Point{36.5, 35.5}
	w.Map.SetView(render.Viewport{Center: view, Zoom: 6.5})
	await(w.Map.WaitIdle)
	wantLayers := names(w.Atlas)
	w.quit()
	b, err := os.ReadFile(file)
	must(t, err)
	if !strings.Contains(string(b), `"archive": [`) || !strings.Contains(string(b), `"../stories.ndjson"`) || !strings.Contains(string(b), `"archive_story": "../stories.ndjson:2"`) || strings.Contains(string(b), "places named in") {
		t.Errorf("the session does not keep the archive's source (or keeps its layer as a file):\n%s", b)
	}

	w2 := sessionWindow(t, app, file)
	waitRestored(t, w2)
	if w2.news.arch == nil || !slices.Equal(w2.news.sources, []string{path}) {
		t.Fatalf("archive %v from %v after the relaunch, want %s", w2.news.arch, w2.news.sources, path)
	}
	if a := w2.Atlas.Article; a.Title != "Talks in Geneva" || a.Path != geneva.Source || w2.Win.Title() != "News Atlas - Talks in Geneva" || len(a.Places) != 1 {
		t.Errorf("article %q from %s (%d places), title %q after the relaunch, want the story %s", a.Title, a.Path, len(a.Places), w2.Win.Title(), geneva.Source)
	}
	if len(w2.dialogs) != 0 || w2.dialogUp() {
		t.Errorf("%d notices after the relaunch, want none", len(w2.dialogs))
	}
	if got := names(w2.Atlas); !slices.Equal(got, wantLayers) {
		t.Errorf("layers %v, want %v", got, wantLayers)
	}
	l := w2.Atlas.Layer(ArchiveLayer)
	if l == nil || l.Opacity != 0.5 || len(l.Features) != 3 {
		t.Fatalf("archive layer %+v, want Aleppo, Geneva and Idlib at opacity 0.5", l)
	}
	if v := w2.Map.View(); geo.Distance(v.Center, view) > 100 || v.Zoom != 6.5 {
		t.Errorf("view %v z%v, want the session's %v z6.5", v.Center, v.Zoom, view)
	}
	w2.Map.SetView(render.Viewport{Center: orb.Point{30, 40}, Zoom: 4})
	await(w2.Map.WaitIdle)
	await(w2.stories.wait)
	if got := strings.Join(storyTitles(w2.stories), " | "); got != "Talks in Geneva | Idlib braces | Shelling in Aleppo" {
		t.Errorf("stories after the relaunch: %q", got)
	}
	if !w2.timeline.hist.Visible() || len(w2.timeline.hist.days) != 3 {
		t.Errorf("the timeline shows %d archive days, want 3", len(w2.timeline.hist.days))
	}
}

// TestArchiveProject saves a project with an archive open and opens it
// again after the archive was closed; then with the archive's file gone:
// one line names it and the rest of the project comes back.
func TestArchiveProject(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	app := newLoopApp(t)
	dir := t.TempDir()
	damage := damageFile(t, dir)
	w := sessionWindow(t, app, filepath.Join(dir, LastSessionName))
	path := archiveSessionWindow(t, w, dir)
	w.OpenFiles([]string{damage})
	date := time.Date(2016, 10, 19, 0, 0, 0, 0, time.UTC)
	w.setDate(date)
	project := filepath.Join(dir, "news"+atlas.SessionExt)
	must(t, w.SaveProject(project))
	b, err := os.ReadFile(project)
	must(t, err)
	if !strings.Contains(string(b), `"stories.ndjson"`) {
		t.Errorf("the project does not name the archive relative to it:\n%s", b)
	}

	w.closeArchive()
	w.setDate(atlas.DefaultDate)
	if w.news.arch != nil || w.Atlas.Layer(ArchiveLayer) != nil || w.stories.arch != nil {
		t.Fatal("the archive is still open")
	}
	must(t, w.OpenProject(project))
	waitRestored(t, w)
	if w.news.arch == nil || w.Atlas.Layer(ArchiveLayer) == nil || len(storyTitles(w.stories)) == 0 {
		t.Fatalf("after Open Project: archive %v, layers %v, stories %v", w.news.arch, names(w.Atlas), storyTitles(w.stories))
	}
	if !w.Atlas.Date.Equal(date) || w.Atlas.Layer("damage") == nil {
		t.Errorf("after Open Project: date %v, layers %v", w.Atlas.Date, names(w.Atlas))
	}

	// The archive's file has gone: one line says so, the rest is back.
	must(t, os.Rename(path, path+".gone"))
	w.closeArchive()
	w.removeLayer("damage")
	w.setDate(atlas.DefaultDate)
	w.dialogs = nil
	must(t, w.OpenProject(project))
	waitRestored(t, w)
	if w.news.arch != nil || w.Atlas.Layer(ArchiveLayer) != nil {
		t.Error("an archive opened from a file that has gone")
	}
	if len(w.dialogs) != 1 {
		t.Fatalf("%d notices, want one", len(w.dialogs))
	}
	text := shownText(w.Win.Canvas().Overlays().Top())
	if !strings.Contains(text, path+": no such file") || strings.Contains(text, "damage") {
		t.Errorf("the notice does not name %s alone:\n%s", path, text)
	}
	if !w.Atlas.Date.Equal(date) || w.Atlas.Layer("damage") == nil {
		t.Errorf("with the archive gone: date %v, layers %v", w.Atlas.Date, names(w.Atlas))
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// TestArchiveOpenedOvertakesRestore opens an archive by hand while a
// session's archive is still opening: whichever opens first, the one
// opened by hand is the one open after.
func TestArchiveOpenedOvertakesRestore(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	dir := t.TempDir()
	session := filepath.Join(dir, "session.ndjson")
	writeInput(t, session, testArchive)
	mine := filepath.Join(dir, "mine.ndjson")
	writeInput(t, mine, `{"id": "m1", "title": "Floods in Dhaka", "date": "2019-07-20", "text": "Floods in Dhaka\n\nRain flooded Dhaka."}`+"\n")
	w := newTestWindow(t)
	w.RestoreSession(atlas.Session{Layers: w.Atlas.Session().Layers, Archive: []string{session}})
	w.OpenArchive(mine)
	await(w.news.wait)
	await(w.Map.WaitIdle)
	await(w.stories.wait)
	if !slices.Equal(w.news.sources, []string{mine}) || len(w.news.pending) != 0 {
		t.Fatalf("archive open from %v (pending %v), want %s", w.news.sources, w.news.pending, mine)
	}
	if got := strings.Join(storyTitles(w.stories), " | "); got != "Floods in Dhaka" {
		t.Errorf("stories %q, want the archive opened by hand's", got)
	}
	if s := w.Session(); !slices.Equal(s.Archive, []string{mine}) {
		t.Errorf("the session keeps %v", s.Archive)
	}
}

// TestArchiveFiltersKept quits a window whose Stories tab searches the
// archive within a week of the date: after the relaunch the search, the
// window and the stories they list are back.
func TestArchiveFiltersKept(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	app := newLoopApp(t)
	dir := t.TempDir()
	file := filepath.Join(dir, LastSessionName)
	w := sessionWindow(t, app, file)
	archiveSessionWindow(t, w, dir)
	w.stories.search.SetText("truce")
	w.stories.window.SetSelected("Week to date")
	w.setDate(time.Date(2016, 10, 21, 0, 0, 0, 0, time.UTC))
	settle(w)
	if got := strings.Join(storyTitles(w.stories), " | "); got != "Talks in Geneva" {
		t.Fatalf("stories matching the search in the week: %q", got)
	}
	w.quit()
	b, err := os.ReadFile(file)
	must(t, err)
	if !strings.Contains(string(b), `"archive_search": "truce"`) || !strings.Contains(string(b), `"archive_days": 7`) {
		t.Errorf("the session does not keep the Stories' search and date window:\n%s", b)
	}

	w2 := sessionWindow(t, app, file)
	waitRestored(t, w2)
	settle(w2)
	if w2.stories.search.Text != "truce" || w2.stories.window.Selected != "Week to date" {
		t.Errorf("after the relaunch the search is %q and the date window %q", w2.stories.search.Text, w2.stories.window.Selected)
	}
	if got := strings.Join(storyTitles(w2.stories), " | "); got != "Talks in Geneva" {
		t.Errorf("stories after the relaunch: %q", got)
	}
}

// TestArchiveOpenMovesTheDate opens an archive of 2019 while the map
// shows October 2016: the date moves to the archive's last day, and the
// Stories tab's date window lists its news; an archive whose days hold
// the date leaves it alone.
func TestArchiveOpenMovesTheDate(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	dir := t.TempDir()
	floods := filepath.Join(dir, "floods.ndjson")
	writeInput(t, floods, `{"id": "f1", "title": "Rain in Dhaka", "date": "2019-07-12", "text": "Rain in Dhaka\n\nRain fell on Dhaka."}
{"id": "f2", "title": "Floods in Dhaka", "date": "2019-07-20", "text": "Floods in Dhaka\n\nRain flooded Dhaka."}
`)
	w := newTestWindow(t)
	w.stories.window.SetSelected("Month to date")
	w.OpenArchive(floods)
	settle(w)
	if want := time.Date(2019, 7, 20, 0, 0, 0, 0, time.UTC); !w.Atlas.Date.Equal(want) || w.timeline.date.Text != "20 Jul 2019" || w.timeline.slider.Value != w.timeline.axis.days(want) {
		t.Errorf("date %v (timeline %q at %v) after opening a 2019 archive, want %v", w.Atlas.Date, w.timeline.date.Text, w.timeline.slider.Value, want)
	}
	if got := strings.Join(storyTitles(w.stories), " | "); got != "Floods in Dhaka | Rain in Dhaka" {
		t.Errorf("stories in the month to date: %q", got)
	}

	w2 := newTestWindow(t)
	path := filepath.Join(dir, "stories.ndjson")
	writeInput(t, path, testArchive)
	w2.OpenArchive(path)
	settle(w2)
	if !w2.Atlas.Date.Equal(atlas.DefaultDate) {
		t.Errorf("date %v after opening an archive of the days around it, want %v", w2.Atlas.Date, atlas.DefaultDate)
	}
}

// TestOldArchiveSession restores a session saved before sessions kept the
// archive: its archive layer, saved as a file named for its description,
// is left out without a notice; the rest comes back.
func TestOldArchiveSession(t *testing.T) {
	app := newLoopApp(t)
	dir := t.TempDir()
	file := filepath.Join(dir, LastSessionName)
	w := sessionWindow(t, app, file)
	s := w.Session()
	want := names(w.Atlas)
	s.Layers = append(s.Layers, atlas.SessionLayer{Name: ArchiveLayer, Path: filepath.Join(dir, "places named in stories.ndjson, sized by mentions"), Opacity: 1})
	must(t, atlas.SaveSession(file, s))
	w2 := sessionWindow(t, app, file)
	settle(w2)
	if len(w2.dialogs) != 0 || w2.dialogUp() {
		t.Errorf("%d notices restoring an old session's archive layer, want none", len(w2.dialogs))
	}
	if got := names(w2.Atlas); !slices.Equal(got, want) {
		t.Errorf("layers %v, want %v", got, want)
	}
}
