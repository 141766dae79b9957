package atlas

import (
	"image"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/paulmach/orb"
)

const eventsCSV = "../layer/testdata/time/events.csv"

// timedAtlas is the atlas with only the basemap and the dated events
// (ten points, e01 to e10 on 1 to 10 October 2016, 36°E to 40.5°E along
// 35°N).
func timedAtlas(t *testing.T) *Atlas {
	t.Helper()
	a, err := NewWith(Options{Skip: []string{SyriaGovernorates, AleppoControl, Places}})
	if err != nil {
		t.Fatal(err)
	}
	if err := a.Open(eventsCSV); err != nil {
		t.Fatal(err)
	}
	return a
}

func TestParseWindow(t *testing.T) {
	for _, c := range []struct {
		in   string
		want Window
	}{
		{"7d", Window{Moving, 7}},
		{"0d", Window{Moving, 0}},
		{"2w", Window{Moving, 14}},
		{"all", Window{Mode: Cumulative}},
		{"off", Window{}},
	} {
		got, err := ParseWindow(c.in)
		if err != nil || got != c.want {
			t.Errorf("ParseWindow(%q) = %v, %v; want %v", c.in, got, err, c.want)
		}
		if back, _ := ParseWindow(got.String()); back != got {
			t.Errorf("%v does not read back from %q", got, got.String())
		}
	}
	for _, bad := range []string{"", "7", "1m", "week", "-2d"} {
		if w, err := ParseWindow(bad); err == nil {
			t.Errorf("ParseWindow(%q) = %v, want an error", bad, w)
		}
	}
}

func TestStepDates(t *testing.T) {
	from := day(2016, 1, 4)
	for _, c := range []struct {
		step string
		to   time.Time
		n    int
		last time.Time
	}{
		{"1w", from.AddDate(0, 0, 7*51), 52, from.AddDate(0, 0, 7*51)},
		{"1d", day(2016, 1, 10), 7, day(2016, 1, 10)},
		{"1m", day(2016, 12, 31), 12, day(2016, 12, 4)},
	} {
		s, err := ParseStep(c.step)
		if err != nil {
			t.Fatal(err)
		}
		ds := s.Dates(from, c.to)
		if len(ds) != c.n || !ds[len(ds)-1].Equal(c.last) {
			t.Errorf("%s: %d dates ending %v, want %d ending %v", c.step, len(ds), ds[len(ds)-1], c.n, c.last)
		}
	}
}

// shownEvents are the features of the events layer the atlas shows at its date.
func shownEvents(a *Atlas) []string {
	var out []string
	l := a.Scene(FitBound(orb.Bound{Min: orb.Point{35, 34}, Max: orb.Point{41, 36}}, 640, 400)).Layers
	for _, f := range l[len(l)-1].Features {
		out = append(out, f.Name)
	}
	return out
}

func TestWindowFilters(t *testing.T) {
	a := timedAtlas(t)
	for _, c := range []struct {
		date time.Time
		w    Window
		want []string
	}{
		{day(2016, 10, 5), Window{}, []string{"e01", "e02", "e03", "e04", "e05", "e06", "e07", "e08", "e09", "e10"}},
		{day(2016, 10, 5), Window{Moving, 0}, []string{"e05"}},
		{day(2016, 10, 5), Window{Moving, 1}, []string{"e04", "e05", "e06"}},
		{day(2016, 10, 3), Window{Mode: Cumulative}, []string{"e01", "e02", "e03"}},
		{day(2016, 11, 1), Window{Moving, 7}, nil},
	} {
		a.SetDate(c.date)
		a.SetWindow(c.w)
		if got := shownEvents(a); !slices.Equal(got, c.want) {
			t.Errorf("%v %v: %v, want %v", c.date.Format(time.DateOnly), c.w, got, c.want)
		}
	}
	from, to, ok := a.TimeSpan()
	if !ok || !from.Equal(day(2016, 10, 1)) || to.Format(time.DateOnly) != "2016-10-10" {
		t.Errorf("time span %v to %v, %v", from, to, ok)
	}
	if got := len(a.Timed()); got != 1 {
		t.Errorf("%d timed layers, want 1", got)
	}
}

// A render at a date draws the window's points and not the others; the
// window's selection holds from one frame to the next.
func TestRenderAtDate(t *testing.T) {
	a := timedAtlas(t)
	v := FitBound(orb.Bound{Min: orb.Point{35, 34}, Max: orb.Point{41, 36}}, 640, 400)
	a.SetHidden("events", true)
	bare := a.Renderer.Render(a.Scene(v), v)
	a.SetHidden("events", false)
	a.SetDate(day(2016, 10, 5))
	a.SetWindow(Window{Moving, 1})
	img := a.Renderer.Render(a.Scene(v), v)
	at := func(lon float64) image.Point {
		x, y := v.LonLatToPixel(orb.Point{lon, 35})
		return image.Pt(int(x), int(y))
	}
	for i, lon := range []float64{36, 36.5, 37, 37.5, 38, 38.5, 39, 39.5, 40, 40.5} {
		p := at(lon)
		drawn := img.RGBAAt(p.X, p.Y) != bare.RGBAAt(p.X, p.Y)
		if want := i >= 3 && i <= 5; drawn != want {
			t.Errorf("e%02d at %v: drawn %v, want %v (%v over %v)", i+1, p, drawn, want, img.RGBAAt(p.X, p.Y), bare.RGBAAt(p.X, p.Y))
		}
	}
	hits := a.Identify(orb.Point{38, 35}, v)
	if len(hits) == 0 || hits[0].Properties["name"] != "e05" {
		t.Fatalf("identify at e05: %v", hits)
	}
	if got := a.Scene(v).Layers[len(a.Layers)-1].Layer; got != hits[0].Ref.Layer {
		t.Errorf("the hit's layer is not the one the next scene draws")
	}
	if hits := a.Identify(orb.Point{36, 35}, v); len(hits) != 0 && hits[0].Layer == "events" {
		t.Errorf("identify at e01, outside the window: %v", hits)
	}
}

// A session keeps the window, and restores it.
func TestSessionWindow(t *testing.T) {
	for _, w := range []Window{{Moving, 3}, {Mode: Cumulative}, {}} {
		a := timedAtlas(t)
		a.SetWindow(w)
		p := filepath.Join(t.TempDir(), "p"+SessionExt)
		if err := SaveSession(p, a.Session()); err != nil {
			t.Fatal(err)
		}
		s, err := LoadSession(p)
		if err != nil {
			t.Fatal(err)
		}
		fresh := timedAtlas(t)
		fresh.SetWindow(Window{Moving, 99})
		if _, err := fresh.Restore(s); err != nil {
			t.Fatal(err)
		}
		if fresh.Window != w {
			t.Errorf("window %v restored as %v", w, fresh.Window)
		}
	}
	p := filepath.Join(t.TempDir(), "bad"+SessionExt)
	os.WriteFile(p, []byte(`{"format":"newsatlas-session","version":1,"time_window":"fortnight","layers":[]}`), 0o644)
	if _, err := LoadSession(p); err == nil || !strings.Contains(err.Error(), "fortnight") {
		t.Errorf("a bad time_window: %v", err)
	}
}
