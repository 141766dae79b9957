package ui

import (
	"strings"

	"newsatlas/places"
)

// showCandidates lists in the info panel the readings of article place
// i's name that the place finder weighed, the pinned one selected, so
// that the user can pin the place at another.
func (w *Window) showCandidates(i int) {
	art := w.Atlas.Article
	if art == nil {
		return
	}
	w.info.setCandidates(art.Candidates(i),
		func(c places.Candidate) bool { return art.PinnedAt(i, c) },
		func(c places.Candidate) { w.repin(i, c) })
}

// repin pins article place i at reading c: the pin moves at once, the map
// goes there and the choice is remembered for the article (in the
// session).
func (w *Window) repin(i int, c places.Candidate) {
	art := w.Atlas.Article
	if art == nil || art.PinnedAt(i, c) || !w.Atlas.Repin(i, c) {
		return
	}
	w.log.printf("repin %s country=%s lon=%.4f lat=%.4f", strings.ReplaceAll(c.Name, " ", "_"), c.Country, c.Lon, c.Lat)
	w.Map.Redraw()
	w.mentionTapped(i) // select the moved pin, fly to it, show its info
}
