package render

import (
	"bytes"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/paulmach/orb"

	"newsatlas/bench/gen"
	"newsatlas/layer"
	"newsatlas/style"
)

// TestSearchPaths checks that search finds, in file order, exactly the
// features whose bound meets the query, whether it scans the sketches (a
// large query, or any before the index is built), asks the index (a small
// one) or takes the whole layer.
func TestSearchPaths(t *testing.T) {
	var buf bytes.Buffer
	if err := gen.Stars(&buf, 3000, 11); err != nil {
		t.Fatal(err)
	}
	// A feature with no geometry must never be found.
	src := bytes.Replace(buf.Bytes(), []byte(`{"type":"Feature","properties":{"id":5,`), []byte(`{"type":"Feature","geometry":null,"properties":{"id":5,`), 1)
	l, err := layer.Parse("stars", src, layer.Options{Style: style.ForLayer(0)})
	if err != nil {
		t.Fatal(err)
	}
	f := &frame{}
	pb := l.ProjBound()
	for pass := 0; pass < 2; pass++ {
		if pass == 1 {
			// Until now every query scanned: the index was not built.
			l.Index()
		}
		searchRandom(t, f, l, pb)
	}
}

func searchRandom(t *testing.T, f *frame, l *layer.Layer, pb orb.Bound) {
	r := rand.New(rand.NewPCG(1, 2))
	for q := 0; q < 200; q++ {
		// Sides from a thousandth of the layer to more than all of it;
		// the first query holds the whole layer.
		w := (pb.Max[0] - pb.Min[0]) * (0.001 + 1.2*r.Float64()*r.Float64())
		h := (pb.Max[1] - pb.Min[1]) * (0.001 + 1.2*r.Float64()*r.Float64())
		x, y := pb.Min[0]+r.Float64()*(pb.Max[0]-pb.Min[0])-w/2, pb.Min[1]+r.Float64()*(pb.Max[1]-pb.Min[1])-h/2
		b := orb.Bound{Min: orb.Point{x, y}, Max: orb.Point{x + w, y + h}}
		if q == 0 {
			b = pb.Pad(0.01)
		}
		var want []int
		for i := range l.Features {
			if l.Features[i].Geometry != nil && l.Features[i].Bound.Intersects(b) {
				want = append(want, i)
			}
		}
		var hits []int
		got := f.search(l, b, &hits)
		if !slices.Equal(got, want) {
			t.Fatalf("query %v (share %.3f, indexed %v): %d hits, want %d", b, share(b, pb), l.Indexed(), len(got), len(want))
		}
	}
}
