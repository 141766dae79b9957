package timeline

import (
	"fmt"
	"strings"
	"time"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geojson"
	"github.com/paulmach/orb/simplify"

	"newsatlas/control"
)

// zone is one connected area of one control, without its date.
type zone struct {
	control string
	geom    orb.Polygon
	hoods   []int // neighbourhood indices in the zone
}

// Zones returns the control zones at date: neighbourhoods of the same control
// that touch or face each other across a street merge into one Polygon
// feature without internal borders, and neighbouring zones of different
// control share their border, the front line.
//
// Method (a raster dissolve): the neighbourhoods are rasterised on a grid of
// about 9 m cells; the gaps between polygons (streets: the CSR polygons share
// no edges) are closed by giving empty cells within 4 cells of a
// neighbourhood the label of the nearest one and emptying again those that
// lie within 4 cells of the outside. At a date each cell takes its
// neighbourhood's control; 4-connected cells of one control form a zone,
// whose cell boundary is traced into rings (holes included) and simplified
// with Douglas-Peucker at half a cell. The grid is built on first use and
// kept until Warm has made the zones of every date.
//
// Properties: control, name (e.g. "opposition zone, 41 neighbourhoods"),
// as_of, neighbourhoods (count), names (list), sources (list of
// `Publication, "Title", YYYY-MM-DD`) and source (the same, joined by "; ").
func (t *Timeline) Zones(date time.Time) *geojson.FeatureCollection {
	st := t.state(date)
	asOf := day(date).Format(DateLayout)
	fc := geojson.NewFeatureCollection()
	for _, z := range t.zones(st) {
		only := map[int]bool{}
		names := make([]string, 0, len(z.hoods))
		seen := map[string]bool{}
		for _, h := range z.hoods {
			only[h] = true
			if n := t.hoods[h].Name; !seen[n] {
				seen[n] = true
				names = append(names, n)
			}
		}
		var srcs []string
		for _, s := range t.sourcesOf(st, only) {
			srcs = append(srcs, s.String())
		}
		f := geojson.NewFeature(z.geom)
		f.Properties = geojson.Properties{
			"control":        z.control,
			"name":           fmt.Sprintf("%s zone, %d neighbourhoods", z.control, len(z.hoods)),
			"as_of":          asOf,
			"neighbourhoods": len(z.hoods),
			"names":          names,
			"sources":        srcs,
			"source":         strings.Join(srcs, "; "),
		}
		fc.Append(f)
	}
	return fc
}

// zones computes (or returns from cache) the zones of state st.
func (t *Timeline) zones(st []int) []zone { return t.zonesWith(st, &scratch{}) }

// zonesWith is zones, dissolving in the buffers of sc.
func (t *Timeline) zonesWith(st []int, sc *scratch) []zone {
	controls := make([]string, len(st))
	for h, e := range st {
		controls[h] = t.events[e].Control
	}
	key := strings.Join(controls, ",")
	t.zoneMu.Lock()
	z, ok := t.zoneCache[key]
	t.zoneMu.Unlock()
	if ok {
		return z
	}
	// Dissolve without the lock, so that a state Warm is working on does
	// not hold up another (the same state made twice is made alike).
	z = t.dissolve(t.raster(), controls, sc)
	t.zoneMu.Lock()
	defer t.zoneMu.Unlock()
	if t.zoneCache == nil {
		t.zoneCache = map[string][]zone{}
	}
	t.zoneCache[key] = z
	return z
}

// raster returns the grid of the neighbourhoods, making it if need be.
func (t *Timeline) raster() *grid {
	t.gridMu.Lock()
	defer t.gridMu.Unlock()
	if t.grid == nil {
		t.grid = newGrid(t.hoods)
	}
	return t.grid
}

// Warm makes the zones of every change date ahead of use, so that moving
// through the dates later finds them made. A window calls it on a
// goroutine of its own once it shows.
//
// The state at any date is that of the latest change date on or before
// it, so once warm the timeline has the zones of every date and lets its
// grid go: a warmed timeline holds 6.5 MB, not 15. The dissolves share one
// set of buffers: warming allocates 175 MB, not 1 GB.
func (t *Timeline) Warm() {
	var sc scratch
	for _, d := range t.Changes() {
		t.zonesWith(t.state(d), &sc)
	}
	t.gridMu.Lock()
	t.grid = nil
	t.gridMu.Unlock()
}

// scratch is the buffers of a dissolve, one cell each, kept from one
// dissolve to the next.
type scratch struct {
	class []uint8
	comp  []int32
	used  []uint8
	stack []int
}

// resize returns s with length n, zeroed, reusing its array if it can.
func resize[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// dissolve builds the zones of grid g for the given control of each
// neighbourhood.
func (t *Timeline) dissolve(g *grid, controls []string, sc *scratch) []zone {
	code := map[string]uint8{}
	for i, c := range control.All {
		code[c] = uint8(i + 1)
	}
	sc.class = resize(sc.class, len(g.label))
	class := sc.class
	for i, l := range g.label {
		if l >= 0 {
			class[i] = code[controls[l]]
		}
	}
	comp, classOf := g.components(class, sc)
	zs := make([]zone, len(classOf))
	member := make([]map[int]bool, len(classOf))
	for k, c := range classOf {
		zs[k].control = control.All[c-1]
		member[k] = map[int]bool{}
	}
	for i, k := range comp {
		if k >= 0 {
			member[k][int(g.label[i])] = true
		}
	}
	for k := range zs {
		for h := range t.hoods {
			if member[k][h] {
				zs[k].hoods = append(zs[k].hoods, h)
			}
		}
	}
	dp := simplify.DouglasPeucker(cellLat / 2)
	var holes [][]orb.Ring
	holes = make([][]orb.Ring, len(zs))
	sc.used = resize(sc.used, len(g.label))
	tr := &tracer{g: g, comp: comp, used: sc.used}
	tr.rings(func(k int32, r [][2]int) {
		ring := dp.Ring(g.toRing(r))
		if len(ring) < 4 {
			return
		}
		if signedArea(r) > 0 {
			zs[k].geom = append(orb.Polygon{ring}, zs[k].geom...)
		} else {
			holes[k] = append(holes[k], ring)
		}
	})
	out := zs[:0]
	for k, z := range zs {
		if len(z.geom) == 0 {
			continue
		}
		z.geom = append(z.geom[:1], holes[k]...)
		out = append(out, z)
	}
	return out
}
