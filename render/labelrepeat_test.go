package render

import (
	"bytes"
	"fmt"
	"image/color"
	"strings"
	"testing"

	"github.com/paulmach/orb"

	"newsatlas/layer"
)

// TestLabelNotRepeated: three neighbouring areas of one name (a
// neighbourhood kept in three pieces) are named once, as if two of them
// had no name; the same three far apart are named three times.
func TestLabelNotRepeated(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	// Squares of 0.4°, gap° apart, west to east.
	squares := func(gap float64, names ...string) *layer.Layer {
		var fs []string
		for i, n := range names {
			x := float64(i) * (0.4 + gap)
			props := `{}`
			if n != "" {
				props = fmt.Sprintf(`{"name":%q}`, n)
			}
			fs = append(fs, fmt.Sprintf(`{"type":"Feature","properties":%s,"geometry":{"type":"Polygon","coordinates":[[[%g,0],[%g,0],[%g,0.4],[%g,0.4],[%g,0]]]}}`, props, x, x+0.4, x+0.4, x, x))
		}
		l, err := layer.Parse("areas", []byte(`{"type":"FeatureCollection","features":[`+strings.Join(fs, ",")+`]}`), layer.Options{})
		if err != nil {
			t.Fatal(err)
		}
		return l
	}
	// Squares about 100 px wide: room for the name in each.
	view := orb.Bound{Min: orb.Point{-0.2, -0.2}, Max: orb.Point{2.9, 0.6}}
	draw := func(l *layer.Layer) []byte {
		s := &Scene{Background: color.NRGBA{0xf0, 0xf0, 0xf0, 0xff}, Layers: []Layer{{Layer: l, Opacity: 1, Labels: true}}}
		return r.Render(s, Fit(view, 800, 240, 0)).Pix
	}
	// Which piece is named is the labeller's choice (the largest).
	got, once := draw(squares(0.02, "Tishreen", "Tishreen", "Tishreen")), false
	for _, one := range [][]string{{"Tishreen", "", ""}, {"", "Tishreen", ""}, {"", "", "Tishreen"}} {
		once = once || bytes.Equal(got, draw(squares(0.02, one...)))
	}
	if !once {
		t.Error("three neighbouring areas named Tishreen are not drawn as one named and two unnamed")
	}
	if got, one := draw(squares(0.8, "Tishreen", "Tishreen", "Tishreen")), draw(squares(0.8, "Tishreen", "", "")); bytes.Equal(got, one) {
		t.Error("three areas named Tishreen far apart are named once")
	}
}
