package render

import (
	"bytes"
	"compress/gzip"
	"image"
	"image/color"
	"image/png"
	"io"
	"os"
	"testing"

	"github.com/paulmach/orb"

	"newsatlas/data"
	"newsatlas/layer"
	"newsatlas/style"
)

func gunzip(t testing.TB, b []byte) []byte {
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	out, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func countries(t testing.TB) *layer.Layer {
	st := style.Spec
	st.Fill = color.NRGBA{0xf2, 0xef, 0xe6, 0xff}
	st.Stroke = color.NRGBA{0x99, 0x99, 0x99, 0xff}
	st.StrokeWidth = 0.7
	l, err := layer.Parse("countries", gunzip(t, data.CountriesGz), layer.Options{Style: st})
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func save(t testing.TB, img image.Image, name string) {
	if dir := os.Getenv("NEWSATLAS_SHOTS"); dir != "" {
		f, _ := os.Create(dir + "/" + name)
		png.Encode(f, img)
		f.Close()
	}
}

func TestRenderWorld(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	c := countries(t)
	s := &Scene{Layers: []Layer{{Layer: c, Opacity: 1, Labels: true}}, ScaleBar: true, Attribution: "Natural Earth"}
	v := Fit(orb.Bound{Min: orb.Point{-180, -60}, Max: orb.Point{180, 80}}, 1280, 800, 0)
	img := r.Render(s, v)
	save(t, img, "world.png")
	// Ocean in the middle of the Pacific, land in central Brazil.
	x, y := v.LonLatToPixel(orb.Point{-140, 0})
	if got := img.RGBAAt(int(x), int(y)); got != (color.RGBA{0xc9, 0xdd, 0xea, 0xff}) {
		t.Errorf("Pacific pixel = %v, want sea", got)
	}
	x, y = v.LonLatToPixel(orb.Point{-55, -5})
	if got := img.RGBAAt(int(x), int(y)); got.R < 0xe0 || got.G < 0xe0 {
		t.Errorf("Brazil pixel = %v, want land", got)
	}
	// No horizontal band across the Pacific at Fiji's latitude (-17)
	// or Chukotka's (66): the antimeridian rings must not smear.
	for _, p := range []orb.Point{{-120, -17.5}, {-100, -17.5}, {-30, 66.5}, {-170, 71}} {
		x, y := v.LonLatToPixel(p)
		if got := img.RGBAAt(int(x), int(y)); got != (color.RGBA{0xc9, 0xdd, 0xea, 0xff}) {
			t.Errorf("pixel at %v = %v, want sea (antimeridian smear?)", p, got)
		}
	}
}

// BenchmarkRenderCountries10m draws a world view of the countries whole,
// as an export does.
func BenchmarkRenderCountries10m(b *testing.B) {
	r, _ := New()
	c := countries(b)
	s := &Scene{Layers: []Layer{{Layer: c, Opacity: 1, Labels: true}}}
	v := Fit(orb.Bound{Min: orb.Point{-180, -60}, Max: orb.Point{180, 80}}, 1280, 800, 0)
	dst := image.NewRGBA(image.Rect(0, 0, 1280, 800))
	r.Draw(dst, s, v)
	b.ReportAllocs()
	for b.Loop() {
		r.Draw(dst, s, v)
	}
}

// TestDeepZoomClipsHugeShapes zooms far into Syria: the country is
// millions of pixels wide there and is clipped before it is rasterised;
// the view must still be land, edge to edge.
func TestDeepZoomClipsHugeShapes(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	c := countries(t)
	v := Viewport{Center: orb.Point{38.5, 35.0}, Zoom: 17, Width: 400, Height: 300}
	img := r.Render(&Scene{Layers: []Layer{{Layer: c, Opacity: 1}}}, v)
	for _, p := range []image.Point{{1, 1}, {200, 150}, {398, 298}} {
		if got := img.RGBAAt(p.X, p.Y); got.R < 0xe0 || got.G < 0xe0 {
			t.Errorf("pixel %v = %v, want land", p, got)
		}
	}
}
