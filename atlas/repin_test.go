package atlas

import (
	"os"
	"path/filepath"
	"testing"

	"newsatlas/places"
)

// TestRepinRoundTrip re-pins Paris to Paris, Texas, saves the session, and finds the
// pin there again when a new atlas restores it and opens the article.
func TestRepinRoundTrip(t *testing.T) {
	g, err := places.LoadGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	story := filepath.Join(dir, "story.txt")
	if err := os.WriteFile(story, []byte("Ministers met in Paris on Monday, then left Paris at noon."), 0o644); err != nil {
		t.Fatal(err)
	}
	a := &Atlas{Gazetteer: g}
	art, err := a.OpenArticle(story)
	if err != nil {
		t.Fatal(err)
	}
	i := placeNamed(t, art, "Paris")
	if art.Places[i].Country != "FR" {
		t.Fatalf("Paris pinned in %s, want FR first", art.Places[i].Country)
	}
	var texas places.Candidate
	for _, c := range art.Candidates(i) {
		if c.Country == "US" && !art.PinnedAt(i, c) {
			texas = c
			break
		}
	}
	if texas.Name == "" {
		t.Fatalf("no US reading among %+v", art.Candidates(i))
	}
	if !a.Repin(i, texas) {
		t.Fatal("Repin refused")
	}
	pin := a.Layer(Places).Features[i]
	if p := art.Places[i]; p.Country != "US" || p.Lat != texas.Lat || pin.Geometry.Bound().Center()[1] != texas.Lat {
		t.Fatalf("after the re-pin: place %+v, pin at %v, want %v", p, pin.Geometry, texas)
	}
	if ru, ok := art.RunnerUp(i); !ok || ru.Country != "FR" {
		t.Errorf("runner-up after the re-pin %+v, want Paris, France", ru)
	}
	path := filepath.Join(dir, "p"+SessionExt)
	if err := SaveSession(path, a.Session()); err != nil {
		t.Fatal(err)
	}
	s, err := LoadSession(path)
	if err != nil {
		t.Fatal(err)
	}
	b := &Atlas{Gazetteer: g}
	b.SetArticle(DefaultArticle(g))
	if _, err := b.Restore(s); err != nil {
		t.Fatal(err)
	}
	again := b.Article
	if again.Path != story {
		t.Fatalf("restored article %q", again.Path)
	}
	if p := again.Places[placeNamed(t, again, "Paris")]; p.Country != "US" || p.Lat != texas.Lat || p.Lon != texas.Lon {
		t.Errorf("restored Paris %+v, want at %v, %v in US", p, texas.Lat, texas.Lon)
	}
	// The same article opened from elsewhere is the same article.
	moved := filepath.Join(dir, "copy.txt")
	data, _ := os.ReadFile(story)
	if err := os.WriteFile(moved, data, 0o644); err != nil {
		t.Fatal(err)
	}
	c, err := b.OpenArticle(moved)
	if err != nil {
		t.Fatal(err)
	}
	if p := c.Places[placeNamed(t, c, "Paris")]; p.Country != "US" {
		t.Errorf("the copy's Paris %+v, want the re-pin applied", p)
	}
	// Another article is not re-pinned.
	other := NewArticle("", "Ministers met in Paris on Monday, then went home.", g)
	b.SetArticle(other)
	if p := other.Places[placeNamed(t, other, "Paris")]; p.Country != "FR" {
		t.Errorf("another article's Paris %+v re-pinned", p)
	}
}

func TestApplyRepinsSkipsStaleChoices(t *testing.T) {
	g, err := places.LoadGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	art := NewArticle("", "Ministers met in Paris.", g)
	if n := art.ApplyRepins([]Repin{{Start: 3, End: 8, Name: "X", Lat: 1, Lon: 2}}); n != 0 {
		t.Errorf("%d stale re-pins applied", n)
	}
	if art.Places[0].Name != "Paris" {
		t.Errorf("place %+v moved", art.Places[0])
	}
}

func placeNamed(t *testing.T, a *Article, name string) int {
	t.Helper()
	for i, p := range a.Places {
		if p.Name == name {
			return i
		}
	}
	t.Fatalf("no %s in %+v", name, a.Places)
	return -1
}
