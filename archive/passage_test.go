package archive

import (
	"reflect"
	"testing"

	"github.com/paulmach/orb"

	"newsatlas/places"
)

// TestPassages cuts the sentences holding mentions, merging mentions of one sentence.
func TestPassages(t *testing.T) {
	text := "Headline on Aleppo\n\nShells fell on Aleppo. Talks in Geneva (Switzerland) and Moscow went on! Dr. Smith said \"Homs is calm.\" Then nothing."
	at := func(s string, nth int) places.Mention {
		i := -1
		for k := 0; k <= nth; k++ {
			j := indexFrom(text, s, i+1)
			i = j
		}
		return places.Mention{Start: i, End: i + len(s), Text: s}
	}
	ps := []places.Place{
		{Name: "Aleppo", Mentions: []places.Mention{at("Aleppo", 0), at("Aleppo", 1)}},
		{Name: "Geneva", Mentions: []places.Mention{at("Geneva", 0)}},
		{Name: "Moscow", Mentions: []places.Mention{at("Moscow", 0)}},
		{Name: "Homs", Mentions: []places.Mention{at("Homs", 0)}},
	}
	var got []string
	var names [][]string
	for _, p := range Passages(text, ps) {
		if text[p.Start:p.End] != p.Text {
			t.Errorf("passage %q is not text[%d:%d]", p.Text, p.Start, p.End)
		}
		got = append(got, p.Text)
		names = append(names, p.Places)
	}
	want := []string{"Headline on Aleppo", "Shells fell on Aleppo.", "Talks in Geneva (Switzerland) and Moscow went on!", "Dr. Smith said \"Homs is calm.\""}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("passages\n%q\nwant\n%q", got, want)
	}
	if !reflect.DeepEqual(names[2], []string{"Geneva", "Moscow"}) {
		t.Errorf("places of the third: %v", names[2])
	}
}

func indexFrom(s, sub string, from int) int {
	for i := from; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

// TestRegion: a point in a hole is outside; a big (indexed) polygon answers as a small
// one does; Counts leaves out places larger than the region.
func TestRegion(t *testing.T) {
	square := func(x0, y0, x1, y1 float64, n int) orb.Ring {
		var r orb.Ring
		for i := range n {
			f := float64(i) / float64(n)
			r = append(r, orb.Point{x0 + (x1-x0)*f, y0})
		}
		for i := range n {
			f := float64(i) / float64(n)
			r = append(r, orb.Point{x1, y0 + (y1-y0)*f})
		}
		for i := range n {
			f := float64(i) / float64(n)
			r = append(r, orb.Point{x1 - (x1-x0)*f, y1})
		}
		for i := range n {
			f := float64(i) / float64(n)
			r = append(r, orb.Point{x0, y1 - (y1-y0)*f})
		}
		return append(r, r[0])
	}
	for _, n := range []int{1, 200} { // 5 vertices, then 801: indexed
		poly := orb.Polygon{square(0, 0, 10, 10, n), square(4, 4, 6, 6, n)}
		r := NewRegion("test", "square", orb.MultiPolygon{poly, {square(20, 20, 21, 21, 1)}})
		if got := r.polys[0].indexed != nil; got != (n > 1) {
			t.Errorf("n %d: indexed %v", n, got)
		}
		for _, c := range []struct {
			p    orb.Point
			want bool
		}{{orb.Point{1, 1}, true}, {orb.Point{5, 5}, false}, {orb.Point{11, 5}, false}, {orb.Point{20.5, 20.5}, true}, {orb.Point{15, 15}, false}} {
			if got := r.Contains(c.p); got != c.want {
				t.Errorf("n %d: Contains(%v) = %v", n, c.p, got)
			}
		}
		r.MaxKind = "region"
		if r.Counts("country", orb.Point{1, 1}) || !r.Counts("region", orb.Point{1, 1}) || !r.Counts("city", orb.Point{1, 1}) {
			t.Errorf("n %d: Counts by kind wrong", n)
		}
	}
}

// TestMaxKindOf: the built-in layers' regions count the places no larger than they are.
func TestMaxKindOf(t *testing.T) {
	for layer, want := range map[string]string{"countries": "country", "syria-governorates": "region", "aleppo-control": "city", "my-layer": "country"} {
		if got := NewRegion(layer, "x", nil).MaxKind; got != want {
			t.Errorf("%s: MaxKind %q, want %q", layer, got, want)
		}
	}
}
