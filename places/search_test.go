package places

import (
	"fmt"
	"strings"
	"testing"
)

func TestSearch(t *testing.T) {
	g := gaz(t)
	tests := []struct {
		query string
		first string // the first match's name, "" for no match
		kind  string // its kind, "" for any
		also  []string
	}{
		{"Alep", "Aleppo", "", nil},
		{"damas", "Damascus", "city", nil},
		{"DAMAS", "Damascus", "city", nil},
		{"Homs", "Homs", "", nil},
		{"Zürich", "Zurich", "region", []string{"Zürich (city"}},
		{"zurich", "Zurich", "region", []string{"Zürich (city"}},
		{"sao paulo", "São Paulo", "", nil},
		{"Kansas", "Kansas", "region", []string{"Kansas City"}},
		{"syria", "Syria", "country", nil},
		{"Damscus", "Damascus", "city", nil}, // typos, when nothing begins so
		{"Damasscus", "Damascus", "city", nil},
		{"Aleppp", "Aleppo", "", nil},
		{"xzy", "", "", nil}, // too short for typos
		{"", "", "", nil},
		{"  ,. ", "", "", nil},
		{"qxzqxzqxz", "", "", nil},
	}
	for _, tt := range tests {
		ms := g.Search(tt.query, 10)
		if tt.first == "" {
			if len(ms) != 0 {
				t.Errorf("Search(%q) = %d matches, first %q; want none", tt.query, len(ms), ms[0].Name)
			}
			continue
		}
		if len(ms) == 0 {
			t.Errorf("Search(%q) found nothing, want %s first", tt.query, tt.first)
			continue
		}
		if ms[0].Name != tt.first || tt.kind != "" && ms[0].Kind != tt.kind {
			t.Errorf("Search(%q) first = %s (%s), want %s (%s); all: %v", tt.query, ms[0].Name, ms[0].Kind, tt.first, tt.kind, names(ms))
		}
		for _, a := range tt.also {
			if !strings.Contains(fmt.Sprint(names(ms)), a) {
				t.Errorf("Search(%q) = %v, want %s among them", tt.query, names(ms), a)
			}
		}
	}
}

func TestSearchBounded(t *testing.T) {
	g := gaz(t)
	for _, max := range []int{0, 1, 5, 20} {
		ms := g.Search("a", max)
		if len(ms) != max {
			t.Errorf("Search(a, %d) = %d matches", max, len(ms))
		}
		seen := map[string]bool{}
		for _, m := range ms {
			k := fmt.Sprint(m.Name, m.Lat, m.Lon, m.Kind)
			if seen[k] {
				t.Errorf("Search(a, %d) lists %s twice", max, k)
			}
			seen[k] = true
		}
	}
}

func TestSearchRegion(t *testing.T) {
	g := gaz(t)
	for _, m := range g.Search("Kansas City", 10) {
		if m.Name == "Kansas City" && m.Region != "" {
			return
		}
	}
	t.Errorf("Search(Kansas City) gives no match with its region: %v", names(g.Search("Kansas City", 10)))
}

// names lists the matches as name (kind, region).
func names(ms []Match) []string {
	var s []string
	for _, m := range ms {
		s = append(s, fmt.Sprintf("%s (%s, %s)", m.Name, m.Kind, m.Region))
	}
	return s
}

// BenchmarkSearch runs Search as the find field does at each keystroke of "Damascus".
func BenchmarkSearch(b *testing.B) {
	g := gaz(b)
	b.ReportAllocs()
	for b.Loop() {
		for i := 1; i <= len("Damascus"); i++ {
			g.Search("Damascus"[:i], 8)
		}
	}
}

// BenchmarkSearchTypo runs Search for a name with a typo, which scans every key of its
// first letter.
func BenchmarkSearchTypo(b *testing.B) {
	g := gaz(b)
	b.ReportAllocs()
	for b.Loop() {
		g.Search("Damscus", 8)
	}
}
