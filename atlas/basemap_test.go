package atlas

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"image"
	"image/color"
	"math"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/paulmach/orb"

	"newsatlas/layer"
	"newsatlas/render"
)

// TestBasemapCells decodes every cell of the embedded basemap: each is
// valid, holds features, and gives each a least zoom within its band.
func TestBasemapCells(t *testing.T) {
	b, world, err := loadBasemap(basemapLevels())
	if err != nil {
		t.Fatal(err)
	}
	if len(world.Features) == 0 {
		t.Fatal("the world level is empty")
	}
	features := 0
	for _, lv := range b.levels {
		for _, c := range lv.cells {
			if err := b.decode(c); err != nil {
				t.Fatalf("%s: %v", c.file, err)
			}
			l := c.part.Layer
			if len(l.Features) == 0 || len(c.part.MinZoom) != len(l.Features) {
				t.Fatalf("%s: %d features, %d least zooms", c.file, len(l.Features), len(c.part.MinZoom))
			}
			for i, z := range c.part.MinZoom {
				if float64(z) >= lv.to || z < 0 {
					t.Fatalf("%s: feature %d (%s) shows from zoom %v, outside its band %v-%v", c.file, i, l.Features[i].Name, z, lv.from, lv.to)
				}
			}
			if len(l.Skipped) > 0 {
				t.Errorf("%s: %v", c.file, l.Skipped)
			}
			features += len(l.Features)
		}
	}
	if features < 25000 {
		t.Errorf("%d features in all, want the three bands' 29,000 or so", features)
	}
}

// TestBasemapLazy: a new atlas has decoded only the basemap's world
// level; a view of Aleppo at zoom 12 decodes the cell around it, not the
// world's.
func TestBasemapLazy(t *testing.T) {
	a, err := New()
	if err != nil {
		t.Fatal(err)
	}
	b := a.Layer(Basemap).Detail.(*basemap)
	if n := b.decodedCells(); n != 1 {
		t.Fatalf("%d cells decoded at start-up, want the world level alone", n)
	}
	v := render.Viewport{Center: orb.Point{37.16, 36.2}, Zoom: 12, Width: 640, Height: 400}
	a.Renderer.Render(a.Scene(v), v)
	if n := b.decodedCells(); n < 2 || n > 4 {
		t.Errorf("%d cells decoded after a view of Aleppo, want the world and a cell or two", n)
	}
}

// basemapOnly is an atlas showing the countries and the basemap alone.
func basemapOnly(t *testing.T) *Atlas {
	t.Helper()
	a, err := NewWith(Options{Skip: []string{SyriaGovernorates, AleppoControl, Places}})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// render draws a's scene in v without its legend and credit line.
func renderBare(a *Atlas, v render.Viewport) *image.RGBA {
	s := a.Scene(v)
	s.Legend, s.Attribution, s.ScaleBar = nil, "", false
	return a.Renderer.Render(s, v)
}

// TestBasemapLakeAssad: Lake Assad, on the Euphrates, shows as water at
// zoom 8, in the lakes' colour over the land, and not when the basemap is
// hidden (render --hide basemap).
func TestBasemapLakeAssad(t *testing.T) {
	a := basemapOnly(t)
	v := render.Viewport{Center: orb.Point{38.2, 35.95}, Zoom: 8, Width: 320, Height: 200}
	lake := color.RGBA{0xc4, 0xdb, 0xea, 0xff}
	// The lake is some 600 km² (80 km by 8 at most): at zoom 8, 2.5 km to
	// the pixel at this latitude, several hundred pixels.
	if n := count(renderBare(a, v), lake); n < 300 {
		t.Errorf("%d pixels of the lakes' colour over Lake Assad, want 300 or more", n)
	}
	a.SetHidden(Basemap, true)
	if n := count(renderBare(a, v), lake); n != 0 {
		t.Errorf("basemap hidden: %d pixels of the lakes' colour", n)
	}
}

// count counts img's pixels within 3 levels of c.
func count(img *image.RGBA, c color.RGBA) int {
	n := 0
	for y := img.Rect.Min.Y; y < img.Rect.Max.Y; y++ {
		for x := img.Rect.Min.X; x < img.Rect.Max.X; x++ {
			if near(img.RGBAAt(x, y), c, 3) {
				n++
			}
		}
	}
	return n
}

// TestBasemapAleppoZoom12: at street zoom Aleppo is not a bare plane: the
// city's built-up area, the district lines and the villages' names around
// it are drawn.
func TestBasemapAleppoZoom12(t *testing.T) {
	a := basemapOnly(t)
	v := render.Viewport{Center: orb.Point{37.16, 36.2}, Zoom: 12, Width: 640, Height: 400}
	img := renderBare(a, v)
	x, y := v.LonLatToPixel(orb.Point{37.16, 36.2})
	urban := color.RGBA{0xe6, 0xdd, 0xcf, 0xff}
	// Most of the middle of the city, between the neighbourhoods' outlines.
	mid := image.Rect(int(x)-10, int(y)-10, int(x)+10, int(y)+10)
	if n := count(img.SubImage(mid).(*image.RGBA), urban); n < 200 {
		t.Errorf("the middle of Aleppo: %d of 400 pixels in the urban areas' %v, want most", n, urban)
	}
	a.SetHidden(Basemap, true)
	bare := renderBare(a, v)
	if n := textPixels(img, bare, img.Rect); n < 120 {
		t.Errorf("%d pixels of labels at zoom 12 around Aleppo, want the villages' names", n)
	}
}

// textPixels counts the pixels of r that are dark grey, as the basemap's
// labels are, in img and not in bare.
func textPixels(img, bare *image.RGBA, r image.Rectangle) int {
	grey := func(c color.RGBA) bool {
		d := func(p, q uint8) int { return int(math.Abs(float64(p) - float64(q))) }
		return c.R < 0x90 && d(c.R, c.G) < 10 && d(c.G, c.B) < 10
	}
	n := 0
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			if grey(img.RGBAAt(x, y)) && !grey(bare.RGBAAt(x, y)) {
				n++
			}
		}
	}
	return n
}

// TestBasemapTownByZoom: Tell Abiad, an OCHA district centre, is labelled
// at zoom 10 and not at zoom 5, where only the world's great cities are.
func TestBasemapTownByZoom(t *testing.T) {
	tellAbiad := orb.Point{38.9548, 36.6978}
	for _, tc := range []struct {
		zoom  float64
		shown bool
	}{
		{10, true},
		{8.5, true},
		{7, false},
		{5, false},
	} {
		a := basemapOnly(t)
		v := render.Viewport{Center: tellAbiad, Zoom: tc.zoom, Width: 400, Height: 240}
		img := renderBare(a, v)
		a.SetHidden(Basemap, true)
		bare := renderBare(a, v)
		// The label goes right of the dot where there is room, as there is.
		box := image.Rect(200+3, 120-8, 200+80, 120+8)
		n := textPixels(img, bare, box)
		if shown := n > 40; shown != tc.shown {
			t.Errorf("zoom %v: %d label pixels by Tell Abiad, want labelled %v", tc.zoom, n, tc.shown)
		}
	}
}

// TestBasemapIdentifyByZoom: a click on the basemap names what the view
// draws at its zoom: at zoom 12 the Aleppo neighbourhood under it first,
// then its district; at zoom 9 the district (neighbourhoods show from 11);
// at zoom 4, the world level, neither.
func TestBasemapIdentifyByZoom(t *testing.T) {
	a := basemapOnly(t)
	citadel := orb.Point{37.1627, 36.1993}
	for _, tc := range []struct {
		zoom float64
		want []string // the named hits, in order
	}{
		{12, []string{"Aleppo Citadel", "Jebel Saman"}},
		{11.5, []string{"Aleppo Citadel", "Jebel Saman"}},
		{9, []string{"Jebel Saman"}},
		{4, nil},
	} {
		v := render.Viewport{Center: citadel, Zoom: tc.zoom, Width: 640, Height: 400}
		var got []string
		for _, h := range a.Identify(citadel, v) {
			if h.Layer == Basemap && h.Name() != "" {
				got = append(got, h.Name())
			}
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("zoom %v: named basemap hits %q, want %q", tc.zoom, got, tc.want)
		}
	}
}

// TestBasemapIdentifyDamascus: at zoom 13 a click in Damascus's old city,
// by Bab Touma, names its OCHA neighbourhood.
func TestBasemapIdentifyDamascus(t *testing.T) {
	a := basemapOnly(t)
	p := orb.Point{36.3080, 33.5115} // Bab Touma
	v := render.Viewport{Center: p, Zoom: 13, Width: 640, Height: 400}
	hits := a.Identify(p, v)
	if len(hits) == 0 || hits[0].Layer != Basemap {
		t.Fatalf("hits %v, want the basemap's neighbourhood first", hits)
	}
	// OCHA's admin 5 spells it so.
	if cls := hits[0].Properties["class"]; cls != "neighbourhood" || hits[0].Name() != "Old Damasus" {
		t.Errorf("first hit %q is a %v, want the neighbourhood Old Damasus", hits[0].Name(), cls)
	}
}

// gzipJSON is s gzipped, as the basemap's cells are.
func gzipJSON(t *testing.T, s string) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	if _, err := zw.Write([]byte(s)); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// lineBasemap is a basemap of one black line 2 pixels wide through the
// lon/lat points coords, dashed if dash is set, and its world level.
func lineBasemap(t *testing.T, coords string, dash bool) (*basemap, *layer.Layer) {
	t.Helper()
	cell := fmt.Sprintf(`{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"LineString","coordinates":%s},"properties":{"class":"rail","minzoom":0,"stroke":"#000000","stroke-width":2,"dash":%v}}]}`, coords, dash)
	fsys := fstest.MapFS{
		"index.json":   {Data: []byte(`[{"from":0,"to":99,"cells":[{"file":"w.geojson.gz","bound":[-180,-1,180,1]}]}]`)},
		"w.geojson.gz": {Data: gzipJSON(t, cell)},
	}
	b, world, err := loadBasemap(fsys)
	if err != nil {
		t.Fatal(err)
	}
	return b, world
}

// inkRuns are the lengths of the runs of dark pixels along row y of img,
// from x0 to x1.
func inkRuns(img *image.RGBA, y, x0, x1 int) []int {
	var runs []int
	n := 0
	for x := x0; x < x1; x++ {
		if c := img.RGBAAt(x, y); c.R < 0x80 {
			n++
		} else if n > 0 {
			runs = append(runs, n)
			n = 0
		}
	}
	if n > 0 {
		runs = append(runs, n)
	}
	return runs
}

// TestBasemapDashedLine: a basemap line whose dash property is set (a
// railway's) is drawn as dashes: along it, runs of its colour a few pixels
// long alternate with gaps; without the property it is one unbroken run.
func TestBasemapDashedLine(t *testing.T) {
	r, err := render.New()
	if err != nil {
		t.Fatal(err)
	}
	for _, dash := range []bool{true, false} {
		b, world := lineBasemap(t, "[[-10,0],[10,0]]", dash)
		v := render.Viewport{Center: orb.Point{0, 0}, Zoom: 4, Width: 200, Height: 40}
		s := &render.Scene{Background: color.NRGBA{0xff, 0xff, 0xff, 0xff}, Layers: []render.Layer{{Layer: world, Detail: b, Opacity: 1}}}
		runs := inkRuns(r.Render(s, v), 20, 20, 180)
		if dash {
			if len(runs) < 15 {
				t.Fatalf("dashed: %d runs of ink along 160 pixels (%v), want a dash every 8", len(runs), runs)
			}
			for _, l := range runs[1 : len(runs)-1] {
				if l < 3 || l > 7 {
					t.Errorf("dashed: a dash %d pixels long (%v), want about 5", l, runs)
				}
			}
		} else if len(runs) != 1 || runs[0] != 160 {
			t.Errorf("solid: runs of ink %v, want one of 160 pixels", runs)
		}
	}
}

// TestBasemapDashesKeepTheirPlace: the dashes of a long line stay where
// they are on the line when the view moves, though the stretches of it
// off the frame are not drawn: a view 64 pixels east shows the same dashes
// 64 pixels to the left.
func TestBasemapDashesKeepTheirPlace(t *testing.T) {
	r, err := render.New()
	if err != nil {
		t.Fatal(err)
	}
	var coords []string
	for lon := -90; lon <= 90; lon++ {
		coords = append(coords, fmt.Sprintf("[%d,0]", lon))
	}
	b, world := lineBasemap(t, "["+strings.Join(coords, ",")+"]", true)
	s := &render.Scene{Background: color.NRGBA{0xff, 0xff, 0xff, 0xff}, Layers: []render.Layer{{Layer: world, Detail: b, Opacity: 1}}}
	// At zoom 4 the world is 4096 pixels: 5.625° is 64.
	a := r.Render(s, render.Viewport{Center: orb.Point{0, 0}, Zoom: 4, Width: 600, Height: 40})
	east := r.Render(s, render.Viewport{Center: orb.Point{5.625, 0}, Zoom: 4, Width: 600, Height: 40})
	if ra := inkRuns(a, 20, 64, 600); len(ra) < 50 {
		t.Fatalf("%d dashes along 536 pixels (%v), want one every 8", len(ra), ra)
	}
	var moved []string
	for x := 0; x < 536; x++ {
		if ca, ce := a.RGBAAt(x+64, 20), east.RGBAAt(x, 20); !near(ca, ce, 8) {
			moved = append(moved, fmt.Sprintf("x %d: %v, east %v", x+64, ca, ce))
		}
	}
	if len(moved) > 0 {
		t.Errorf("%d pixels of the line differ 64 pixels apart, first %v", len(moved), moved[:min(5, len(moved))])
	}
}

// TestBasemapAleppoNeighbourhoodNames: at zoom 12 the middle of Aleppo is
// written with its neighbourhoods' names, many more than the city's own;
// at zoom 10 they are not shown yet.
func TestBasemapAleppoNeighbourhoodNames(t *testing.T) {
	for _, tc := range []struct {
		zoom     float64
		min, max int
	}{
		{12, 1500, 1 << 30},
		{10, 0, 400},
	} {
		a := basemapOnly(t)
		v := render.Viewport{Center: orb.Point{37.16, 36.2}, Zoom: tc.zoom, Width: 640, Height: 400}
		img := renderBare(a, v)
		a.SetHidden(Basemap, true)
		bare := renderBare(a, v)
		mid := image.Rect(320-150, 200-100, 320+150, 200+100)
		if n := textPixels(img, bare, mid); n < tc.min || n > tc.max {
			t.Errorf("zoom %v: %d pixels of labels in the middle of Aleppo, want %d to %d", tc.zoom, n, tc.min, tc.max)
		}
	}
}

// basemapRoads returns the lines of the roads in the top band's cells
// (Syria's own cells, or the neighbours' road cells, z8-roads-*) that
// meet the lon/lat box.
func basemapRoads(t *testing.T, box orb.Bound, neighbours bool) []orb.LineString {
	t.Helper()
	b, _, err := loadBasemap(basemapLevels())
	if err != nil {
		t.Fatal(err)
	}
	var out []orb.LineString
	for _, c := range b.level(12).cells {
		if strings.HasPrefix(c.file, "z8-roads-") != neighbours {
			continue
		}
		if err := b.decode(c); err != nil {
			t.Fatal(err)
		}
		for _, f := range c.part.Layer.Features {
			if !bytes.Contains(f.Props, []byte(`"class":"road"`)) || f.Geometry == nil || !f.Geometry.Bound().Intersects(box) {
				continue
			}
			switch g := f.Geometry.(type) {
			case orb.LineString:
				out = append(out, g)
			case orb.MultiLineString:
				out = append(out, g...)
			}
		}
	}
	return out
}

// onLine reports whether p lies within tol degrees of a segment of l.
func onLine(l orb.LineString, p orb.Point, tol float64) bool {
	for i := 1; i < len(l); i++ {
		a, b := l[i-1], l[i]
		dx, dy := b[0]-a[0], b[1]-a[1]
		t := 0.0
		if d := dx*dx + dy*dy; d > 0 {
			t = math.Max(0, math.Min(1, ((p[0]-a[0])*dx+(p[1]-a[1])*dy)/d))
		}
		if math.Hypot(a[0]+t*dx-p[0], a[1]+t*dy-p[1]) < tol {
			return true
		}
	}
	return false
}

// TestBasemapRoadsAcrossBorders: the roads of Turkey, Lebanon and Israel
// are there, and along Syria's borders with Turkey and Lebanon, where the
// OpenStreetMap extracts overlap, a road is drawn once: no point inside a
// line of Syria's roads lies on a line of the neighbours' (both extracts
// hold the same ways, so before the clip hundreds did).
func TestBasemapRoadsAcrossBorders(t *testing.T) {
	for _, c := range []struct {
		name string
		at   orb.Point
	}{{"Gaziantep", orb.Point{37.38, 37.07}}, {"Beirut", orb.Point{35.5, 33.89}}, {"Tel Aviv", orb.Point{34.8, 32.08}}} {
		box := orb.Bound{Min: orb.Point{c.at[0] - 0.1, c.at[1] - 0.1}, Max: orb.Point{c.at[0] + 0.1, c.at[1] + 0.1}}
		if n := len(basemapRoads(t, box, true)); n < 10 {
			t.Errorf("%d lines of roads within 0.1° of %s, want its main roads", n, c.name)
		}
	}
	for _, border := range []struct {
		name string
		box  orb.Bound
	}{
		{"Turkey", orb.Bound{Min: orb.Point{35.9, 36.0}, Max: orb.Point{42.4, 37.4}}},
		{"Lebanon", orb.Bound{Min: orb.Point{35.9, 33.3}, Max: orb.Point{36.7, 34.7}}},
	} {
		syria, theirs := basemapRoads(t, border.box, false), basemapRoads(t, border.box, true)
		if len(syria) == 0 || len(theirs) == 0 {
			t.Fatalf("%s's border: %d lines of Syria's roads, %d of theirs", border.name, len(syria), len(theirs))
		}
		doubled := 0
		for _, l := range syria {
			for _, p := range l[1 : len(l)-1] {
				if !border.box.Contains(p) {
					continue
				}
				for _, m := range theirs {
					if m.Bound().Pad(1e-5).Contains(p) && onLine(m, p, 1e-5) {
						doubled++
						break
					}
				}
			}
		}
		if doubled > 0 {
			t.Errorf("%s's border: %d points of Syria's roads lie on the neighbours' roads, want none (drawn twice)", border.name, doubled)
		}
	}
}
