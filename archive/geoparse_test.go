package archive

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"sync"
	"testing"

	"newsatlas/places"
)

// loadGazetteer loads the embedded gazetteer once for all the tests.
var loadGazetteer = sync.OnceValues(places.LoadGazetteer)

func gazetteer(t testing.TB) *places.Gazetteer {
	g, err := loadGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// generated is a Reader of n articles naming cities in turn.
func generated(n int) Reader {
	cities := []string{"Aleppo", "Paris", "Lyon", "Homs", "Geneva", "Moscow", "Tehran"}
	return func(yield func(*Article) error) error {
		for i := range n {
			text := fmt.Sprintf("Article %d. Talks in %s and %s.", i, cities[i%len(cities)], cities[(i*3+1)%len(cities)])
			if err := yield(&Article{Source: fmt.Sprint(i), Text: text}); err != nil {
				return err
			}
		}
		return nil
	}
}

// TestGeoparseOrder: on several workers every article comes back once, in input order,
// with the places Find gives it alone.
func TestGeoparseOrder(t *testing.T) {
	g := gazetteer(t)
	var got []*Parsed
	if err := Geoparse(context.Background(), g, 4, generated(300), func(p *Parsed) error {
		got = append(got, p)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if len(got) != 300 {
		t.Fatalf("%d articles, want 300", len(got))
	}
	for i, p := range got {
		if p.Source != fmt.Sprint(i) {
			t.Fatalf("article %d is %s", i, p.Source)
		}
		if want := g.Find(p.Text); !reflect.DeepEqual(p.Places, want) {
			t.Fatalf("article %d: places %+v, want %+v", i, p.Places, want)
		}
	}
}

// TestGeoparseStops: an error from fn stops the stream and is returned; so is a
// cancelled context's.
func TestGeoparseStops(t *testing.T) {
	g := gazetteer(t)
	stop := errors.New("stop")
	n := 0
	err := Geoparse(context.Background(), g, 2, generated(10000), func(p *Parsed) error {
		if n++; n == 5 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || n != 5 {
		t.Errorf("err %v after %d articles", err, n)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := Geoparse(ctx, g, 2, generated(10000), func(*Parsed) error { return nil }); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: %v", err)
	}
}
