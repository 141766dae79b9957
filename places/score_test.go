package places

import (
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geo"
)

// testGazetteer loads the embedded gazetteer once for all tests.
var testGazetteer = sync.OnceValues(LoadGazetteer)

func gaz(tb testing.TB) *Gazetteer {
	tb.Helper()
	g, err := testGazetteer()
	if err != nil {
		tb.Fatal(err)
	}
	return g
}

// goldEntry is a place of a gold file: a point with a radius, or a bbox for a country or
// region (the format of ../shared/eval/dev-gold.json).
type goldEntry struct {
	Name string    `json:"name"`
	Lat  float64   `json:"lat"`
	Lon  float64   `json:"lon"`
	Km   float64   `json:"km"`
	BBox []float64 `json:"bbox"`
}

type goldArticle struct {
	Required []goldEntry `json:"required"`
	Optional []goldEntry `json:"optional"`
}

// hit is geoscore.py's test: a point within km, or a country or region inside the bbox.
func (e goldEntry) hit(p Place) bool {
	if e.BBox != nil {
		return (p.Kind == "country" || p.Kind == "region") &&
			e.BBox[0] <= p.Lon && p.Lon <= e.BBox[2] && e.BBox[1] <= p.Lat && p.Lat <= e.BBox[3]
	}
	return geo.DistanceHaversine(orb.Point{p.Lon, p.Lat}, orb.Point{e.Lon, e.Lat})/1000 <= e.Km
}

// score is geoscore.py reimplemented: precision, recall and F1 over a gold file.
func score(t *testing.T, g *Gazetteer, goldPath, dir string) (prec, rec, f1 float64) {
	t.Helper()
	b, err := os.ReadFile(goldPath)
	if err != nil {
		t.Fatal(err)
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(b, &raw); err != nil {
		t.Fatalf("%s: %v", goldPath, err)
	}
	var names []string
	for n := range raw {
		if !strings.HasPrefix(n, "_") {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	tp, fp, req, found := 0, 0, 0, 0
	for _, name := range names {
		var gold goldArticle
		if err := json.Unmarshal(raw[name], &gold); err != nil {
			t.Fatalf("%s: %s: %v", goldPath, name, err)
		}
		text, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		hits := map[int]bool{}
		for _, p := range g.Find(string(text)) {
			matched := false
			for i, e := range gold.Required {
				if e.hit(p) {
					hits[i], matched = true, true
				}
			}
			switch {
			case matched:
				tp++
			case anyHit(gold.Optional, p):
			default:
				fp++
				t.Logf("%s: false positive %s (%.3f,%.3f)", name, p.Name, p.Lat, p.Lon)
			}
		}
		for i, e := range gold.Required {
			if !hits[i] {
				t.Logf("%s: missed %s", name, e.Name)
			}
		}
		req += len(gold.Required)
		found += len(hits)
	}
	if tp+fp > 0 {
		prec = float64(tp) / float64(tp+fp)
	}
	if req > 0 {
		rec = float64(found) / float64(req)
	}
	if prec+rec > 0 {
		f1 = 2 * prec * rec / (prec + rec)
	}
	return prec, rec, f1
}

func anyHit(es []goldEntry, p Place) bool {
	for _, e := range es {
		if e.hit(p) {
			return true
		}
	}
	return false
}

func TestOwnArticlesF1(t *testing.T) {
	prec, rec, f1 := score(t, gaz(t), "testdata/gold.json", "testdata/articles")
	t.Logf("own articles: precision %.3f recall %.3f F1 %.3f", prec, rec, f1)
	if f1 < 0.95 || math.IsNaN(f1) {
		t.Errorf("F1 %.3f < 0.95 (precision %.3f, recall %.3f)", f1, prec, rec)
	}
}

// TestHoldoutF1 scores the articles written after the rules were tuned (holdout-gold.json).
func TestHoldoutF1(t *testing.T) {
	prec, rec, f1 := score(t, gaz(t), "testdata/holdout-gold.json", "testdata/articles")
	t.Logf("holdout articles: precision %.3f recall %.3f F1 %.3f", prec, rec, f1)
	if f1 < 0.95 {
		t.Errorf("F1 %.3f < 0.95 (precision %.3f, recall %.3f)", f1, prec, rec)
	}
}

// TestDevSetF1 scores the shared development set when ../shared is beside the repository.
func TestDevSetF1(t *testing.T) {
	gold := "../../shared/eval/dev-gold.json"
	if _, err := os.Stat(gold); err != nil {
		t.Skip("no ../shared/eval/dev-gold.json")
	}
	prec, rec, f1 := score(t, gaz(t), gold, "../../shared/articles")
	t.Logf("dev set: precision %.3f recall %.3f F1 %.3f", prec, rec, f1)
	if f1 < 0.95 {
		t.Errorf("F1 %.3f < 0.95 (precision %.3f, recall %.3f)", f1, prec, rec)
	}
}
