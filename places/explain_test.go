package places

import (
	"slices"
	"strings"
	"testing"
)

func TestCandidates(t *testing.T) {
	g := gaz(t)
	text := "A fair opened in Paris, Texas, as Syrian troops left."
	if ps := g.Find(text); ps[0].Candidates != nil {
		t.Errorf("plain Find lists candidates: %v", ps[0].Candidates)
	}
	ps := g.WithCandidates().Find(text)
	byName := map[string]Place{}
	for _, p := range ps {
		byName[p.Mentions[0].Text] = p
	}
	paris := byName["Paris"].Candidates
	if len(paris) < 2 || !paris[0].Chosen || paris[0].Country != "US" {
		t.Fatalf("Paris candidates %+v, want the chosen Texan one first and others after", paris)
	}
	if !slices.ContainsFunc(paris[0].Evidence, func(s string) bool { return strings.Contains(s, "qualifier") }) {
		t.Errorf("Paris, Texas evidence %q names no qualifier", paris[0].Evidence)
	}
	if !slices.ContainsFunc(paris[1:], func(c Candidate) bool { return c.Country == "FR" && !c.Chosen }) {
		t.Errorf("Paris, France is not among the runners-up: %+v", paris[1:])
	}
	if len(paris) > maxCandidates {
		t.Errorf("%d candidates, want at most %d", len(paris), maxCandidates)
	}
	syria := byName["Syrian"]
	if syria.Kind != Demonym || len(syria.Candidates) != 1 || syria.Candidates[0].Country != "SY" {
		t.Errorf("Syrian: %+v", syria)
	}
}
