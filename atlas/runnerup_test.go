package atlas

import (
	"testing"

	"newsatlas/places"
)

func TestRunnerUp(t *testing.T) {
	g, err := places.LoadGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text, place, want string // want "": no runner-up
		wantCC            string
	}{
		{"Ministers met in Paris on Monday.", "Paris", "Paris", "US"},
		{"A storm hit Paris, Texas on Monday.", "Paris", "Paris", "FR"},
		{"Syrian troops crossed the line.", "Syria", "", ""},
	} {
		for _, gz := range []*places.Gazetteer{g, g.WithCandidates()} {
			a := NewArticle("", tc.text, gz)
			i := -1
			for j, p := range a.Places {
				if p.Name == tc.place {
					i = j
				}
			}
			if i < 0 {
				t.Fatalf("%q: no %s in %+v", tc.text, tc.place, a.Places)
			}
			c, ok := a.RunnerUp(i)
			if ok != (tc.want != "") || ok && (c.Name != tc.want || c.Country != tc.wantCC) {
				t.Errorf("%q: runner-up of %s is %+v (%t), want %s, %s", tc.text, tc.place, c, ok, tc.want, tc.wantCC)
			}
		}
	}
	if _, ok := (&Article{}).RunnerUp(0); ok {
		t.Error("a runner-up in an empty article")
	}
}

func BenchmarkRunnerUpSeed(b *testing.B) {
	g, err := places.LoadGazetteer()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		a := DefaultArticle(g)
		a.RunnerUp(0)
	}
}

func BenchmarkDefaultArticle(b *testing.B) {
	g, err := places.LoadGazetteer()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		DefaultArticle(g)
	}
}
