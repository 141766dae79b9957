package cli

import (
	"errors"
	"image/color"
	"path/filepath"
	"testing"

	"newsatlas/atlas"
	"newsatlas/internal/golden"
)

// TestRenderGolden renders the default view and compares it with the
// committed golden image, tolerating anti-aliasing noise (golden.Noise).
// Set NEWSATLAS_UPDATE_GOLDEN=1 to write the golden anew (and look at it).
func TestRenderGolden(t *testing.T) {
	out := filepath.Join(t.TempDir(), "default.png")
	if code, _, errs := run(t, "render", "--size", "960x600", "-o", out); code != OK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	got := golden.Read(t, out)
	if got.Bounds().Dx() != 960 || got.Bounds().Dy() != 600 {
		t.Fatalf("size %v, want 960x600", got.Bounds())
	}
	golden.Check(t, "render-default.png", got, golden.Noise)
}

// TestGoldenSeesLostLabel proves that the golden check of the default
// render is strict enough to see one label go missing: the same render
// with the name of one country or pin removed must not match. The
// smallest labels are the hardest to see: a short grey country name and
// a pin's.
func TestGoldenSeesLostLabel(t *testing.T) {
	want := golden.Read(t, filepath.Join("testdata", "render-default.png"))
	tests := []struct{ layer, name string }{
		{"", ""}, // nothing removed: the render matches
		{atlas.Countries, "Iraq"},
		{atlas.Countries, "Oman"},
		{atlas.Places, "Qatar"},
	}
	for _, tt := range tests {
		name := tt.layer + " " + tt.name
		if tt.layer == "" {
			name = "nothing removed"
		}
		t.Run(name, func(t *testing.T) {
			a, err := openAtlasWith(atlas.Options{}, nil, "", "")
			if err != nil {
				t.Fatal(err)
			}
			if tt.layer != "" {
				l, n := a.Layer(tt.layer), 0
				for i := range l.Features {
					if l.Features[i].Name == tt.name {
						l.Features[i].Name = ""
						n++
					}
				}
				if n != 1 {
					t.Fatalf("%d features of %s named %q, want 1", n, tt.layer, tt.name)
				}
			}
			v := a.OpeningView(960, 600)
			img := a.Renderer.Render(a.Scene(v), v)
			err = golden.Compare(img, want, golden.Noise)
			if tt.layer == "" {
				if err != nil {
					t.Fatalf("the render of the default view does not match its golden image: %v", err)
				}
				return
			}
			var m *golden.Mismatch
			if !errors.As(err, &m) {
				t.Fatalf("without the %q label the render still matches the golden image (%v)", tt.name, err)
			}
			t.Logf("without the %q label: %v", tt.name, m)
		})
	}
}

// TestRenderAleppo checks pixels of a render of Aleppo: the faction
// colours where the data puts them, and hiding the layer removes them.
func TestRenderAleppo(t *testing.T) {
	dir := t.TempDir()
	bbox := "37.05,36.13,37.25,36.27"
	shown, hidden := filepath.Join(dir, "shown.png"), filepath.Join(dir, "hidden.png")
	if code, _, errs := run(t, "render", "--bbox", bbox, "-o", shown); code != OK {
		t.Fatal(errs)
	}
	if code, _, errs := run(t, "render", "--bbox", bbox, "--hide", "aleppo-control,places", "-o", hidden); code != OK {
		t.Fatal(errs)
	}
	b, err := parseBBox(bbox)
	if err != nil {
		t.Fatal(err)
	}
	v := renderFit(b)
	img, off := golden.Read(t, shown), golden.Read(t, hidden)
	tests := []struct {
		name     string
		lon, lat float64
		is       func(color.RGBA) bool
	}{
		{"New Aleppo is red", 37.09389, 36.20050, func(c color.RGBA) bool { return c.R > 200 && c.G < 150 && c.B < 150 }},
		{"Masaken Hanano is green", 37.20323, 36.22773, func(c color.RGBA) bool { return c.G > 140 && c.R < 150 && c.B < 150 }},
		{"Sheikh Maqsoud is yellow", 37.15402, 36.23679, func(c color.RGBA) bool { return c.R > 200 && c.G > 180 && c.B < 120 }},
	}
	for _, tt := range tests {
		x, y := v.LonLatToPixel([2]float64{tt.lon, tt.lat})
		// Look at a small neighbourhood: a label may cover the exact pixel.
		ok := false
		for dy := -6; dy <= 6 && !ok; dy += 3 {
			for dx := -6; dx <= 6 && !ok; dx += 3 {
				ok = tt.is(img.RGBAAt(int(x)+dx, int(y)+dy))
			}
		}
		if !ok {
			t.Errorf("%s: pixel %v", tt.name, img.RGBAAt(int(x), int(y)))
		}
		if c := off.RGBAAt(int(x), int(y)); tt.is(c) {
			t.Errorf("%s with aleppo-control hidden: pixel %v still has the faction colour", tt.name, c)
		}
	}
}

// TestRenderPastTheRecord renders a date after the record's end: the
// zones are those of its last day and the legend says so, the render
// being the atlas's scene for that date (the window draws the same).
func TestRenderPastTheRecord(t *testing.T) {
	const size = "640x400"
	dir := t.TempDir()
	late, last := filepath.Join(dir, "late.png"), filepath.Join(dir, "last.png")
	for _, r := range []struct{ date, out string }{{"2018-12-31", late}, {"2016-12-22", last}} {
		if code, _, errs := run(t, "render", "--size", size, "--date", r.date, "-o", r.out); code != OK {
			t.Fatalf("--date %s: exit %d: %s", r.date, code, errs)
		}
	}
	a, err := openAtlasWith(atlas.Options{}, nil, "", "2018-12-31")
	if err != nil {
		t.Fatal(err)
	}
	v := a.OpeningView(640, 400)
	s := a.Scene(v)
	if want := "Aleppo, as of 22 Dec 2016 (the record ends there)"; s.LegendTitle != want {
		t.Errorf("legend title %q, want %q", s.LegendTitle, want)
	}
	got := golden.Read(t, late)
	if err := golden.Compare(got, a.Renderer.Render(s, v), golden.Exact); err != nil {
		t.Errorf("render --date 2018-12-31 is not the atlas's scene: %v", err)
	}
	// Only the title tells it from the record's last day.
	if err := golden.Compare(got, golden.Read(t, last), golden.Exact); err == nil {
		t.Error("render --date 2018-12-31 is the same as --date 2016-12-22: the legend does not say the record ended")
	}
	s.LegendTitle = "Aleppo, as of 22 Dec 2016"
	if err := golden.Compare(golden.Read(t, last), a.Renderer.Render(s, v), golden.Exact); err != nil {
		t.Errorf("past the record's end the zones are not those of its last day: %v", err)
	}
}
