package atlas

import (
	"bytes"
	"image"
	"image/draw"
	"image/gif"
	"io"
	"testing"
	"time"

	"github.com/paulmach/orb"

	"newsatlas/animate"
)

// A daily animation over the events shows each day's event alone, and
// every frame is captioned with its own date.
func TestFramesAtDates(t *testing.T) {
	a := timedAtlas(t)
	a.SetWindow(Window{Mode: Moving})
	v := FitBound(orb.Bound{Min: orb.Point{35, 34}, Max: orb.Point{41, 36}}, 640, 400)
	a.SetHidden("events", true)
	bare := a.Renderer.Render(a.Scene(v), v)
	a.SetHidden("events", false)
	was := a.Date
	dates := Step{Days: 1}.Dates(day(2016, 10, 1), day(2016, 10, 10))
	var g animate.GIF
	err := a.Frames(v, dates, func(i int, d time.Time, img *image.RGBA) error {
		if !d.Equal(dates[i]) {
			t.Errorf("frame %d at %v, want %v", i, d, dates[i])
		}
		for j := range 10 {
			x, y := v.LonLatToPixel(orb.Point{36 + 0.5*float64(j), 35})
			drawn := img.RGBAAt(int(x), int(y)) != bare.RGBAAt(int(x), int(y))
			if drawn != (i == j) {
				t.Errorf("frame %d (%s): e%02d drawn %v", i, d.Format(time.DateOnly), j+1, drawn)
			}
		}
		return g.Add(img)
	})
	if err != nil {
		t.Fatal(err)
	}
	if !a.Date.Equal(was) {
		t.Errorf("date left at %v", a.Date)
	}
	var buf bytes.Buffer
	if err := g.Encode(&buf); err != nil {
		t.Fatal(err)
	}
	dec, err := gif.DecodeAll(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if len(dec.Image) != 10 {
		t.Fatalf("%d frames", len(dec.Image))
	}
	// Each frame changes the caption: its first frame covers the corner,
	// and every later one draws in it.
	corner := image.Rect(0, 0, 200, 40)
	for i, f := range dec.Image[1:] {
		if !f.Bounds().Overlaps(corner) {
			t.Errorf("frame %d leaves the caption as it was", i+2)
		}
	}
}

func TestCompare(t *testing.T) {
	a := timedAtlas(t)
	a.SetWindow(Window{Mode: Moving})
	v := FitBound(orb.Bound{Min: orb.Point{35, 34}, Max: orb.Point{41, 36}}, 800, 400)
	img, err := a.Compare(v, day(2016, 10, 2), day(2016, 10, 9))
	if err != nil {
		t.Fatal(err)
	}
	if img.Bounds() != image.Rect(0, 0, 800, 400) {
		t.Fatalf("bounds %v", img.Bounds())
	}
	// Each half is the map at its date, captioned with it.
	half := v
	half.Width = 400
	for i, d := range []time.Time{day(2016, 10, 2), day(2016, 10, 9)} {
		a.SetDate(d)
		want := a.Renderer.Render(a.Scene(half), half)
		animate.Caption(want, FullDate(d), 1)
		got := image.NewRGBA(want.Rect)
		draw.Draw(got, got.Rect, img, image.Pt(400*i, 0), draw.Src)
		diff := 0
		for y := range 400 {
			for x := 2; x < 398; x++ {
				if got.RGBAAt(x, y) != want.RGBAAt(x, y) {
					diff++
				}
			}
		}
		if diff > 0 {
			t.Errorf("half %d differs from the map at %v in %d pixels", i+1, d, diff)
		}
	}
	if FullDate(day(2016, 10, 19)) != "19 October 2016" {
		t.Errorf("FullDate: %q", FullDate(day(2016, 10, 19)))
	}
}

// BenchmarkWeeklyGIF draws and encodes a year of weekly frames at
// 1280x800 over the opening view, the control zones and a timed layer
// changing.
func BenchmarkWeeklyGIF(b *testing.B) {
	a, err := New()
	if err != nil {
		b.Fatal(err)
	}
	if err := a.Open(eventsCSV); err != nil {
		b.Fatal(err)
	}
	a.SetWindow(Window{Moving, 3})
	v := a.OpeningView(1280, 800)
	dates := Step{Days: 7}.Dates(day(2016, 1, 4), day(2016, 12, 26))
	if len(dates) != 52 {
		b.Fatalf("%d dates", len(dates))
	}
	b.ReportAllocs()
	for b.Loop() {
		var g animate.GIF
		if err := a.Frames(v, dates, func(_ int, _ time.Time, img *image.RGBA) error { return g.Add(img) }); err != nil {
			b.Fatal(err)
		}
		if err := g.Encode(io.Discard); err != nil {
			b.Fatal(err)
		}
	}
}
