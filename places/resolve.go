package places

// Resolution: each name resolved once, in two passes, and its mentions grouped by place.

import (
	"sort"
	"strings"
)

// collect resolves each name once and groups the mentions by place.
func (g *Gazetteer) collect(text string, cands []*candidate, ev *evidence) []Place {
	forced := map[string]int{}
	hintsOf := map[string]hints{}
	for _, c := range cands {
		if _, ok := forced[c.sense()]; !ok && c.forced >= 0 {
			forced[c.sense()] = c.forced
		}
		h := hintsOf[c.sense()]
		h.region = h.region || c.region
		h.city = h.city || c.city
		hintsOf[c.sense()] = h
	}
	resolve := func() map[string]int {
		resolved := map[string]int{}
		for _, c := range cands {
			if _, ok := c.demonymEntry(); ok {
				continue
			}
			if idx, ok := forced[c.sense()]; ok {
				resolved[c.sense()] = idx
				continue
			}
			if _, ok := resolved[c.sense()]; ok || c.uninformative || c.allCommon && c.abbrevCC == "" {
				continue
			}
			cc := *c
			cc.hints = hintsOf[c.sense()]
			if idx := g.best(&cc, ev); idx >= 0 {
				resolved[c.sense()] = idx
			}
		}
		return resolved
	}
	// First pass: each name on its own; second: near the places the others resolved to.
	for key, idx := range resolve() {
		if e := &g.entries[idx]; e.kind == "city" || e.kind == "region" && e.flags&flagCurated == 0 || e.kind == "landmark" {
			ev.anchors = append(ev.anchors, anchor{key: key, e: e})
			if e.kind == "region" && e.cc != "" {
				ev.weak[e.cc] = true // England makes Bath the English one
			}
		}
	}
	ev.focusOf = nil // the anchors changed
	resolved := resolve()
	byEntry := map[int]int{} // entry index -> position in out
	var out []Place
	for _, c := range cands {
		idx, ok := resolved[c.sense()]
		if c.forced >= 0 {
			idx, ok = c.forced, true // Reading, Pennsylvania beside Reading, England
		}
		mention := Mention{Start: c.start, End: c.end, Text: text[c.start:c.end]}
		kind := ""
		if d, isDem := c.demonymEntry(); isDem {
			idx, ok = d, true
			mention.Kind, kind = Demonym, Demonym
		}
		if !ok {
			cc := *c
			cc.hints = hintsOf[c.sense()]
			idx = g.best(&cc, ev)
		}
		if idx < 0 {
			continue
		}
		e := &g.entries[idx]
		k, ok := byEntry[idx]
		if !ok {
			k = len(out)
			byEntry[idx] = k
			out = append(out, Place{Name: displayName(e, text[c.start:c.end]), Lat: e.lat, Lon: e.lon, Kind: Demonym,
				Country: e.cc, Population: e.pop, GeonameID: int(e.gid)})
			if g.explain {
				cc := *c
				cc.hints = hintsOf[c.sense()]
				f, ok := forced[c.sense()]
				out[k].Candidates = g.candidates(&cc, ev, idx, c.forced == idx || ok && f == idx)
			}
		}
		if kind == "" {
			out[k].Kind = e.kind // named at least once, not only by demonyms
		}
		out[k].Mentions = append(out[k].Mentions, mention)
	}
	for i := range out {
		sort.Slice(out[i].Mentions, func(a, b int) bool { return out[i].Mentions[a].Start < out[i].Mentions[b].Start })
	}
	return out
}

// displayName names a place as the article spells it, unless it is a country or the
// article spells it in capitals or by abbreviation.
func displayName(e *entry, mention string) string {
	if e.kind == "country" || e.kind == "region" || isAllCaps(mention) || strings.Contains(mention, ".") {
		return e.name
	}
	return mention
}
