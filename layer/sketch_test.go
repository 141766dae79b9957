package layer

import (
	"fmt"
	"image/color"
	"strings"
	"testing"

	"newsatlas/style"
)

func TestSketches(t *testing.T) {
	src := `{"type":"FeatureCollection","features":[
{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}},
{"type":"Feature","properties":{"fill":"#ff0000"},"geometry":{"type":"Point","coordinates":[5,5]}},
{"type":"Feature","properties":{},"geometry":{"type":"MultiPolygon","coordinates":[[[[2,2],[3,2],[3,3],[2,2]]]]}},
{"type":"Feature","properties":{"stroke":"#00ff00"},"geometry":{"type":"LineString","coordinates":[[0,0],[1,1]]}},
{"type":"Feature","properties":{},"geometry":null}]}`
	l, err := Parse("t", []byte(src), Options{Style: style.ForLayer(0)})
	if err != nil {
		t.Fatal(err)
	}
	sk, st := l.Sketches(), l.Styles()
	if len(sk) != len(l.Features) {
		t.Fatalf("%d sketches for %d features", len(sk), len(l.Features))
	}
	wantArea := []bool{true, false, true, false, false}
	base := style.ForLayer(0)
	red, green := base, base
	red.Fill = color.NRGBA{0xff, 0, 0, base.Fill.A}
	green.Stroke = color.NRGBA{0, 0xff, 0, base.Stroke.A}
	want := []style.Style{base, red, base, green, base}
	for i, s := range sk {
		f := &l.Features[i]
		if s.Bound != f.Bound {
			t.Errorf("feature %d: sketch bound %v, feature bound %v", i, s.Bound, f.Bound)
		}
		if got := l.StyleOf(i); got != st[s.Style] || got != want[i] {
			t.Errorf("feature %d: style %+v, want %+v", i, got, want[i])
		}
		if f.style != nil {
			t.Errorf("feature %d still holds its loading style", i)
		}
		if s.Area != wantArea[i] {
			t.Errorf("feature %d: Area %v, want %v", i, s.Area, wantArea[i])
		}
	}
	// Features 0, 2 and 4 share the layer's style; 1 and 3 have their own.
	if len(st) != 3 {
		t.Errorf("%d distinct styles, want 3", len(st))
	}
}

// TestIndexBuiltOnSearch checks that the spatial index is built by the
// first Search, not by loading, and finds what the sketches hold.
func TestIndexBuiltOnSearch(t *testing.T) {
	src := `{"type":"FeatureCollection","features":[
{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}},
{"type":"Feature","properties":{},"geometry":null},
{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[50,50]}}]}`
	l, err := Parse("t", []byte(src), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if l.Indexed() {
		t.Fatal("index built at load")
	}
	var found []int
	l.Search(l.ProjBound().Pad(1), func(i int) bool { found = append(found, i); return true })
	if !l.Indexed() {
		t.Fatal("index not built by Search")
	}
	if len(found) != 2 {
		t.Errorf("Search over the whole layer found %v, want features 0 and 2", found)
	}
}

// TestTitlesShareStyle: simplestyle's title and description are feature
// data, not style: features that differ only in them share one style, and
// each keeps its title as its label and its description in its
// properties.
func TestTitlesShareStyle(t *testing.T) {
	const n = 6
	var b strings.Builder
	b.WriteString(`{"type":"FeatureCollection","features":[`)
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `{"type":"Feature","properties":{"title":"Place %d","description":"About %d","fill":"#ff0000","stroke":"#0000ff"},"geometry":{"type":"Point","coordinates":[%d,1]}}`, i, i, i)
	}
	b.WriteString(`]}`)
	l, err := Parse("t", []byte(b.String()), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := len(l.Styles()); got != 2 { // the base style, unused, and the red one
		t.Errorf("%d styles for %d features that differ only in title, want 2", got, n)
	}
	for i := range l.Features {
		f := &l.Features[i]
		if l.Sketches()[i].Style != 1 {
			t.Errorf("feature %d: style %d, want 1", i, l.Sketches()[i].Style)
		}
		if want := fmt.Sprintf("Place %d", i); f.Name != want {
			t.Errorf("feature %d: name %q, want %q", i, f.Name, want)
		}
		if want := fmt.Sprintf("About %d", i); f.String("description") != want {
			t.Errorf("feature %d: description %q, want %q", i, f.String("description"), want)
		}
	}
}
