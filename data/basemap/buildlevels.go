//go:build ignore

// Buildlevels makes the built-in layer `basemap`: lakes, rivers, railways,
// the main roads of Syria and its neighbours, urban areas, Syria's districts and towns, Aleppo's and Damascus's
// neighbourhoods, in three bands of zoom levels the map draws them at (see
// data/basemap/SOURCES.md). Run from the repository root with the Natural
// Earth repository's git directory (github.com/lonelyplanet/natural-earth-vector,
// fetched), the shared dataset folder and the git directory of
// github.com/bovine3dom/fahrtle (fetched; it holds Natural Earth's
// railroads as vector tiles) and those of github.com/tokenless-tiles/syria,
// turkey, lebanon and israel-and-palestine, in that order (fetched; they hold
// OpenStreetMap's country extracts as vector tiles, see roadSources):
//
//	go run ./data/basemap/buildlevels.go NE_GIT_DIR ../shared/data RAIL_GIT_DIR ROAD_GIT_DIR...
package main

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"log"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/clip"
	"github.com/paulmach/orb/encoding/mvt"
	"github.com/paulmach/orb/geojson"
	"github.com/paulmach/orb/maptile"
	"github.com/paulmach/orb/planar"
	"github.com/paulmach/orb/simplify"

	"newsatlas/layer"
)

// neCommit is the commit of github.com/lonelyplanet/natural-earth-vector
// the lakes, rivers and urban areas are read at (Natural Earth v2.0.0).
const neCommit = "2891c4b58444f4312cbcc5e217d05140adbe25c3"

// neFiles are read from that commit.
var neFiles = []string{
	"10m_physical/ne_10m_lakes.shp", "10m_physical/ne_10m_lakes.dbf", "10m_physical/ne_10m_lakes.prj",
	"10m_physical/ne_10m_rivers_lake_centerlines.shp", "10m_physical/ne_10m_rivers_lake_centerlines.dbf", "10m_physical/ne_10m_rivers_lake_centerlines.prj",
	"geojson/ne_50m_urban_areas.geojson",
}

// A level is one band of zoom levels, drawn from files of square cells
// of the world (a feature is in the cell of its bound's centre).
type level struct {
	from, to  float64 // zooms it is drawn at: from <= z < to
	cell      float64 // the cells' side in degrees
	tolerance float64 // Douglas-Peucker tolerance in degrees (0: none)
}

var levels = []level{
	{0, 5, 360, 0.02},
	{5, 8, 30, 0.002},
	{8, 99, 5, 0},
}

// dir holds the cells' files and index.json, which lists them.
const dir = "data/basemap/levels"

// cellIndex is a level's entry in index.json.
type cellIndex struct {
	From  float64     `json:"from"`
	To    float64     `json:"to"`
	Cells []cellEntry `json:"cells"`
}

// cellEntry is one cell's file: the bound of its features (lon/lat,
// [minx, miny, maxx, maxy]) and their number.
type cellEntry struct {
	File     string     `json:"file"`
	Bound    [4]float64 `json:"bound"`
	Features int        `json:"features"`
}

// item is a feature of the basemap with the least zoom it shows at.
type item struct {
	class   string // urban, district, neighbourhood(-label), lake, river, road, rail, capital, city, town, village
	minZoom float64
	name    string
	nameAr  string
	rank    int // Natural Earth scalerank, or a road's rank (lines are drawn wider when lower)
	geom    orb.Geometry
	// fine puts the item, in the top band, in cells a quarter as wide of
	// their own (the roads outside Syria), so that a view of Aleppo does not
	// decode the roads of half of southern Turkey with its own cell.
	fine bool
}

// fineCells is how many of the top band's fine cells go across one of its
// cells (5° / 4, 1.25°).
const fineCells = 4

// styles are the classes' simplestyle properties: muted, so that the data
// drawn over the basemap stands out. A point is a dot of its fill, ringed
// in its stroke, a third of its marker size across.
var styles = map[string]map[string]any{
	"urban":    {"fill": "#e6ddcf", "fill-opacity": 1, "stroke-width": 0},
	"district": {"fill-opacity": 0, "stroke": "#b9aec4", "stroke-width": 0.6},
	"lake":     {"fill": "#c4dbea", "fill-opacity": 1, "stroke": "#a3c3da", "stroke-width": 0.5},
	"river":    {"stroke": "#9dbfd8", "stroke-width": 0.7},
	"village":  {"fill": "#9a948c", "fill-opacity": 1, "stroke": "#ffffff", "stroke-width": 0.8, "marker-size": "small"},
	"town":     {"fill": "#7d766e", "fill-opacity": 1, "stroke": "#ffffff", "stroke-width": 0.8, "marker-size": "small"},
	"city":     {"fill": "#5e5750", "fill-opacity": 1, "stroke": "#ffffff", "stroke-width": 1, "marker-size": "medium"},
	"capital":  {"fill": "#4a433c", "fill-opacity": 1, "stroke": "#ffffff", "stroke-width": 1, "marker-size": "large"},
	// A neighbourhood is a thin outline a shade darker than the urban
	// areas, named by a point of its own whose dot is not drawn.
	"neighbourhood":       {"fill-opacity": 0, "stroke": "#cdbfae", "stroke-width": 0.7},
	"neighbourhood-label": {"fill-opacity": 0, "stroke-opacity": 0, "stroke-width": 0, "marker-size": "small"},
	// Railways: thin warm grey dashed lines (dash is read by atlas, not
	// simplestyle), the main lines a little wider (see railWidth).
	"rail": {"stroke": "#a39b93", "stroke-width": 0.8, "dash": true},
	// Roads: thin pale warm-white lines, lighter than the railways, wider
	// for the more important (see roadWidth).
	"road": {"stroke": "#fffcf6", "stroke-width": 0.6},
}

// roadWidth is a road's stroke width by its rank (roadRanks): motorways
// and trunk roads widest.
func roadWidth(rank int) float64 {
	switch rank {
	case 1:
		return 1.8
	case 2:
		return 1.4
	case 3:
		return 1.1
	}
	return 0.6
}

// riverWidth is a river's stroke width by its scalerank: the great rivers
// wider.
func riverWidth(rank int) float64 {
	switch {
	case rank <= 3:
		return 1.6
	case rank <= 6:
		return 1.1
	}
	return 0.7
}

// railWidth is a railway's stroke width by its scalerank: the main lines
// wider.
func railWidth(rank int) float64 {
	if rank <= 6 {
		return 1.1
	}
	return 0.8
}

// order stacks the classes bottom first. Neighbourhoods lie over the
// districts, so that a click inside one names it first.
var order = map[string]int{"urban": 0, "district": 1, "neighbourhood": 2, "lake": 3, "river": 4, "road": 5, "rail": 6, "neighbourhood-label": 7, "village": 8, "town": 9, "city": 10, "capital": 11}

func main() {
	if len(os.Args) != 4+len(roadSources) {
		log.Fatalf("usage: go run ./data/basemap/buildlevels.go NE_GIT_DIR SHARED_DATA_DIR RAIL_GIT_DIR ROAD_GIT_DIR... (%d road git directories: tokenless-tiles's %s)", len(roadSources), roadRepos())
	}
	ne, err := os.MkdirTemp("", "basemap-ne")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(ne)
	for _, p := range neFiles {
		out, err := exec.Command("git", "--git-dir", os.Args[1], "show", neCommit+":"+p).Output()
		if err != nil {
			log.Fatalf("git show %s:%s: %v", neCommit, p, err)
		}
		if err := os.WriteFile(filepath.Join(ne, filepath.Base(p)), out, 0o644); err != nil {
			log.Fatal(err)
		}
	}
	shared := os.Args[2]
	var items []item
	items = append(items, lakes(filepath.Join(ne, "ne_10m_lakes.shp"))...)
	items = append(items, rivers(filepath.Join(ne, "ne_10m_rivers_lake_centerlines.shp"))...)
	items = append(items, urban(filepath.Join(ne, "ne_50m_urban_areas.geojson"), 5)...)
	items = append(items, urban(filepath.Join(shared, "syria/ne_10m_urban_areas_landscan_syria_region.geojson"), 8)...)
	items = append(items, districts(filepath.Join(shared, "syria/syr_admin2.geojson"))...)
	items = append(items, nePlaces(filepath.Join(shared, "naturalearth/ne_10m_populated_places_simple.geojson"))...)
	items = append(items, ochaPlaces(filepath.Join(shared, "syria/syr_admin4_populated_places.geojson"))...)
	items = append(items, neighbourhoods("data/aleppo/neighbourhoods.geojson", "NAME", "NAME_A")...)
	items = append(items, neighbourhoods(filepath.Join(shared, "syria/syr_admin5_damascus_neighbourhoods.geojson"), "HAY_EN", "")...)
	items = append(items, rails(os.Args[3])...)
	items = append(items, roads(os.Args[4:], countries("data/basemap/countries.geojson.gz"))...)
	sort.SliceStable(items, func(i, j int) bool { return order[items[i].class] < order[items[j].class] })
	if err := os.RemoveAll(dir); err != nil {
		log.Fatal(err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		log.Fatal(err)
	}
	var index []cellIndex
	for _, lv := range levels {
		index = append(index, write(lv, items))
	}
	if err := os.WriteFile(filepath.Join(dir, "index.json"), indexJSON(index), 0o644); err != nil {
		log.Fatal(err)
	}
}

// roadRepos names roadSources' repositories, in order.
func roadRepos() string {
	var names []string
	for _, s := range roadSources {
		names = append(names, s.repo)
	}
	return strings.Join(names, ", ")
}

// indexJSON is the index as JSON, a line to a cell: small to read at
// start-up, and its diffs readable.
func indexJSON(index []cellIndex) []byte {
	var b bytes.Buffer
	b.WriteString("[\n")
	for i, lv := range index {
		fmt.Fprintf(&b, "{\"from\":%g,\"to\":%g,\"cells\":[\n", lv.From, lv.To)
		for j, c := range lv.Cells {
			line, err := json.Marshal(c)
			if err != nil {
				log.Fatal(err)
			}
			b.Write(line)
			if j < len(lv.Cells)-1 {
				b.WriteByte(',')
			}
			b.WriteByte('\n')
		}
		b.WriteString("]}")
		if i < len(index)-1 {
			b.WriteByte(',')
		}
		b.WriteByte('\n')
	}
	b.WriteString("]\n")
	return b.Bytes()
}

func load(path string) *layer.Layer {
	l, err := layer.Load(path, layer.Options{})
	if err != nil {
		log.Fatal(err)
	}
	return l
}

func num(p map[string]any, k string) float64 {
	switch v := p[k].(type) {
	case json.Number:
		f, _ := v.Float64()
		return f
	case float64:
		return v
	}
	return math.NaN()
}

func str(p map[string]any, k string) string {
	s, _ := p[k].(string)
	return strings.TrimSpace(s)
}

// lakes: Natural Earth scalerank 0 (the largest) to 12; a lake shows from
// zoom scalerank-1.
func lakes(path string) []item {
	var out []item
	for _, f := range load(path).Features {
		p := f.Properties()
		r := num(p, "scalerank")
		out = append(out, item{class: "lake", minZoom: math.Max(0, r-1), name: str(p, "name"), rank: int(r), geom: f.Geometry})
	}
	return out
}

// rivers: river and lake centrelines, from zoom scalerank-1 as lakes.
func rivers(path string) []item {
	var out []item
	for _, f := range load(path).Features {
		p := f.Properties()
		r := num(p, "scalerank")
		out = append(out, item{class: "river", minZoom: math.Max(0, r-1), name: str(p, "name"), rank: int(r), geom: f.Geometry})
	}
	return out
}

func urban(path string, from float64) []item {
	var out []item
	for _, f := range load(path).Features {
		out = append(out, item{class: "urban", minZoom: from, geom: f.Geometry})
	}
	return out
}

// districts: OCHA's 61 Syrian districts (admin 2), drawn as thin lines
// from zoom 8.
func districts(path string) []item {
	var out []item
	for _, f := range load(path).Features {
		p := f.Properties()
		// Lines a few metres off are not seen at the zooms they are drawn at.
		g := simplify.DouglasPeucker(0.0003).Simplify(orb.Clone(f.Geometry))
		out = append(out, item{class: "district", minZoom: 8, name: str(p, "NAME_EN"), nameAr: str(p, "NAME_ARA"), geom: g})
	}
	return out
}

// nePlaces: Natural Earth's populated places by their min_zoom, but those
// in Syria from zoom 8, where OCHA's places take over.
func nePlaces(path string) []item {
	var out []item
	for _, f := range load(path).Features {
		p := f.Properties()
		z := num(p, "min_zoom")
		class := "town"
		switch {
		case num(p, "adm0cap") == 1:
			class = "capital"
		case num(p, "scalerank") <= 5:
			class = "city"
		}
		it := item{class: class, minZoom: z, name: str(p, "name"), rank: int(num(p, "scalerank")), geom: f.Geometry}
		if str(p, "adm0_a3") == "SYR" {
			it.class = "ne-syria" // dropped from zoom 8 (see write)
		}
		out = append(out, it)
	}
	return out
}

// ochaPlaces: OCHA's 5,251 Syrian populated places, shown by their rank
// as capitals: the capital from zoom 4, governorate capitals from 6,
// district centres from 8, sub-district centres from 9.5 and the rest from
// 11.
func ochaPlaces(path string) []item {
	var out []item
	for _, f := range load(path).Features {
		p := f.Properties()
		it := item{class: "village", minZoom: 11, name: str(p, "NAME_EN"), nameAr: str(p, "NAME_ARA"), geom: f.Geometry}
		switch num(p, "CAPIT_LVL") {
		case 0:
			it.class, it.minZoom = "capital", 4
		case 1:
			it.class, it.minZoom = "city", 6
		case 2:
			it.class, it.minZoom = "town", 8
		case 3:
			it.class, it.minZoom = "town", 9.5
		}
		it.class = "ocha-" + it.class // kept from zoom 8 only (see write)
		out = append(out, it)
	}
	return out
}

// neighbourhoods: a city's neighbourhood polygons (Aleppo's from Columbia
// CSR, Damascus's from OCHA's admin 5), drawn as thin outlines from zoom
// 11, each named by a point inside it. The larger ones are named first:
// their names show from zoom 11, the smallest's from 11.9, and the label
// placement puts the earlier first where names collide.
func neighbourhoods(path, nameKey, arKey string) []item {
	fs := load(path).Features
	areas := make([]float64, len(fs))
	for i, f := range fs {
		areas[i] = planar.Area(f.Geometry)
	}
	byArea := make([]int, len(fs))
	for i := range byArea {
		byArea[i] = i
	}
	sort.SliceStable(byArea, func(i, j int) bool { return areas[byArea[i]] > areas[byArea[j]] })
	rank := make([]int, len(fs))
	for r, i := range byArea {
		rank[i] = r
	}
	var out []item
	for i, f := range fs {
		p := f.Properties()
		name, ar := str(p, nameKey), ""
		if arKey != "" {
			ar = str(p, arKey)
		}
		g := simplify.DouglasPeucker(0.00003).Simplify(orb.Clone(f.Geometry))
		out = append(out, item{class: "neighbourhood", minZoom: 11, name: name, nameAr: ar, geom: g})
		if name == "" {
			continue
		}
		z := 11 + 0.9*float64(rank[i])/float64(len(fs))
		out = append(out, item{class: "neighbourhood-label", minZoom: math.Round(z*100) / 100, name: name, nameAr: ar, geom: labelPoint(f.Geometry)})
	}
	return out
}

// labelPoint is a point inside a polygon to write its name at: on the
// horizontal through the centroid of its largest part, the middle of the
// widest stretch of that line inside the part.
func labelPoint(g orb.Geometry) orb.Point {
	var poly orb.Polygon
	switch g := g.(type) {
	case orb.Polygon:
		poly = g
	case orb.MultiPolygon:
		best := -1.0
		for _, p := range g {
			if a := planar.Area(p); a > best {
				best, poly = a, p
			}
		}
	}
	if len(poly) == 0 {
		return g.Bound().Center()
	}
	c, _ := planar.CentroidArea(poly)
	y := c[1]
	var xs []float64
	for _, r := range poly {
		for i := 0; i+1 < len(r); i++ {
			a, b := r[i], r[i+1]
			if (a[1] <= y) != (b[1] <= y) {
				xs = append(xs, a[0]+(y-a[1])*(b[0]-a[0])/(b[1]-a[1]))
			}
		}
	}
	sort.Float64s(xs)
	best, at := -1.0, c
	for i := 0; i+1 < len(xs); i += 2 {
		if w := xs[i+1] - xs[i]; w > best {
			best, at = w, orb.Point{(xs[i] + xs[i+1]) / 2, y}
		}
	}
	return at
}

// railCommit is the commit of github.com/bovine3dom/fahrtle whose
// public/train_tiles hold Natural Earth 1:10m railroads (v5) as vector
// tiles, made by tippecanoe from ne_10m_railroads.zip (zooms 0-8,
// uncompressed); zoom 8, the most detailed, is read.
const railCommit = "9d83986f87400a4b1d5fa29701541581b2603eb4"

// rails reads the zoom 8 tiles of railCommit out of the repository at
// gitDir, clips each tile's lines to the tile (tippecanoe draws a margin
// around it), projects them to lon/lat and joins the pieces of each
// railway (by its rwdb_rr_id) into one feature. Ferries are left out. A
// railway shows from zoom 5 if its scalerank is 6 or less, else from zoom
// scalerank-1 (7 from 6, 10 from 9).
func rails(gitDir string) []item {
	type rail struct {
		rank  int
		lines orb.MultiLineString
	}
	byID := map[int]*rail{}
	var ids []int
	tiles := tileLayers(gitDir, railCommit, "public/train_tiles/8", 8, func(l *mvt.Layer, _, _ int) {
		for _, f := range l.Features {
			p := f.Properties
			if str(p, "featurecla") != "Railroad" || f.Geometry == nil {
				continue
			}
			id := int(num(p, "rwdb_rr_id"))
			r := byID[id]
			if r == nil {
				r = &rail{rank: int(num(p, "scalerank"))}
				byID[id] = r
				ids = append(ids, id)
			}
			switch g := f.Geometry.(type) {
			case orb.LineString:
				r.lines = append(r.lines, g)
			case orb.MultiLineString:
				r.lines = append(r.lines, g...)
			}
		}
	})
	sort.Ints(ids)
	var items []item
	for _, id := range ids {
		r := byID[id]
		if len(r.lines) == 0 {
			continue
		}
		z := math.Max(5, float64(r.rank-1))
		if r.rank <= 6 {
			z = 5
		}
		// The tiles' grid at zoom 8 is 0.00034° (about 35 m): their lines step
		// along it, and a tolerance of 0.0002° keeps every bend a pixel
		// could show at zoom 13 while dropping the steps.
		var g orb.Geometry = simplify.DouglasPeucker(0.0002).Simplify(r.lines)
		if len(r.lines) == 1 {
			g = g.(orb.MultiLineString)[0]
		}
		items = append(items, item{class: "rail", minZoom: z, rank: r.rank, geom: g})
	}
	fmt.Printf("railways: %d tiles, %d railways\n", tiles, len(items))
	return items
}

// A roadSource is one of the OpenStreetMap extracts the roads are read
// from: a repository of github.com/tokenless-tiles holding a Geofabrik
// country extract (of 2021-08) as vector tiles of the OpenMapTiles schema,
// made by tilemaker (zooms 0-14, uncompressed, branch gh-pages); zoom 12 is
// read.
type roadSource struct {
	repo   string // github.com/tokenless-tiles/<repo>
	commit string // the commit read (branch gh-pages)
	// countries are the Natural Earth admin-0 countries (ADM0_A3) the
	// extract's roads are kept in, with the sea nearer them (see
	// roadRegion).
	countries []string
}

// roadSources are read in this order, Syria first; the command line
// gives their git directories in the same order. Geofabrik's extracts
// reach a few kilometres past their country's border, so where two meet
// both hold the roads at the border: each extract's lines are clipped to
// its own countries (and the sea), so that a road there is drawn once.
var roadSources = []roadSource{
	{"syria", "0377d314d52fc3d0832638637389d72bf36562ab", []string{"SYR"}},
	{"turkey", "cdcd46cb7d4bcc5317ab652292a2dd2396528fe1", []string{"TUR"}},
	{"lebanon", "677e6b847c8c2ed13ab778e11db5c3052441d378", []string{"LBN"}},
	{"israel-and-palestine", "eb73010b6408b5e3c5d6c93219ed065c1d151969", []string{"ISR", "PSX"}},
}

// roadRanks are the OpenMapTiles road classes kept, by rank (1 the most
// important), and the zoom each shows from. Tertiary roads and streets
// (class minor) are left out: with them the first cell a view of Aleppo
// decodes took 330 ms (85 ms with the tertiary roads alone), not 30.
var roadRanks = map[string]struct {
	rank    int
	minZoom float64
}{
	"motorway":  {1, 5},
	"trunk":     {1, 5},
	"primary":   {2, 8.5},
	"secondary": {3, 9},
}

// roads reads the zoom 12 tiles of each of roadSources out of its
// repository (gitDirs, in the same order), clips each tile's roads to the
// tile and to the extract's countries, projects them to lon/lat and joins
// the roads of one class in a block of tiles into one feature (the tiles
// carry no way ids to join a road's pieces across tiles by). Service
// roads, tracks, paths and railways are left out.
func roads(gitDirs []string, lands []country) []item {
	const z = 12
	var items []item
	lines := 0
	// The lines of a class are joined over a block of 8 by 8 tiles (a zoom
	// 9 tile, about 0.7°): fewer, larger features draw faster at zoom 8
	// than one a zoom 12 tile. The extracts' pieces of a road crossing a
	// border meet where both were cut, and are joined there.
	type key struct {
		src   int // Syria's (0) or the neighbours' (1)
		class string
		ramp  bool // a link road (motorway_link ...), OpenMapTiles' ramp
		x, y  int
	}
	blocks := map[key]orb.MultiLineString{}
	for i, src := range roadSources {
		own := map[string]bool{}
		for _, c := range src.countries {
			own[c] = true
		}
		kept, cut := 0, 0
		tiles := tileLayers(gitDirs[i], src.commit, fmt.Sprintf("tiles/%d", z), z, func(l *mvt.Layer, x, y int) {
			if !strings.HasPrefix(l.Name, "transportation") || strings.Contains(l.Name, "name") {
				return
			}
			var region *roadRegion
			for _, f := range l.Features {
				class := str(f.Properties, "class")
				if _, ok := roadRanks[class]; !ok || f.Geometry == nil {
					continue
				}
				var mls orb.MultiLineString
				switch g := f.Geometry.(type) {
				case orb.LineString:
					mls = orb.MultiLineString{g}
				case orb.MultiLineString:
					mls = g
				default:
					continue
				}
				if region == nil {
					region = newRoadRegion(maptile.New(uint32(x), uint32(y), z).Bound(), own, lands)
				}
				k := key{min(i, 1), class, num(f.Properties, "ramp") == 1, x / 8, y / 8}
				for _, line := range mls {
					kept++
					parts := region.clip(line)
					if len(parts) != 1 || len(parts[0]) != len(line) {
						cut++
					}
					blocks[k] = append(blocks[k], parts...)
				}
			}
		})
		fmt.Printf("roads of %s: %d tiles, %d lines, %d of them cut at the border or dropped\n", src.repo, tiles, kept, cut)
	}
	keys := make([]key, 0, len(blocks))
	for k := range blocks {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		a, b := keys[i], keys[j]
		if a.src != b.src {
			return a.src < b.src
		}
		if a.class != b.class {
			return a.class < b.class
		}
		if a.ramp != b.ramp {
			return !a.ramp
		}
		return a.y < b.y || a.y == b.y && a.x < b.x
	})
	joined := 0
	for _, k := range keys {
		r := roadRanks[k.class]
		lines += len(blocks[k])
		// 0.0002° (about 20 m, a pixel at zoom 13), as for the railways:
		// the bends a view of Aleppo shows are kept, and the first cell it
		// decodes stays small.
		j := joinLines(blocks[k])
		if len(j) == 0 {
			continue
		}
		joined += len(j)
		g := simplify.DouglasPeucker(0.0002).Simplify(j)
		z := r.minZoom
		if k.ramp {
			// The ramps of an interchange are short lines, many to a
			// junction: below zoom 8 they are a pixel or two, and made the
			// cell the first view of Syria at zoom 7.5 decodes 106,510
			// allocations rather than 79,272.
			z = math.Max(z, 8)
		}
		items = append(items, item{class: "road", minZoom: z, rank: r.rank, geom: g, fine: k.src > 0})
	}
	fmt.Printf("roads: %d lines joined into %d in %d features\n", lines, joined, len(items))
	return items
}

// A country is a Natural Earth admin-0 country: its ADM0_A3 code and
// its land.
type country struct {
	a3    string
	bound orb.Bound
	land  orb.MultiPolygon
}

// countries reads the Natural Earth admin-0 countries out of this
// repository's data/basemap/countries.geojson.gz (Natural Earth v5.1.2,
// see SOURCES.md), in the file's order.
func countries(path string) []country {
	f, err := os.Open(path)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		log.Fatalf("%s: %v", path, err)
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		log.Fatalf("%s: %v", path, err)
	}
	fc, err := geojson.UnmarshalFeatureCollection(data)
	if err != nil {
		log.Fatalf("%s: %v", path, err)
	}
	var out []country
	for _, f := range fc.Features {
		var mp orb.MultiPolygon
		switch g := f.Geometry.(type) {
		case orb.Polygon:
			mp = orb.MultiPolygon{g}
		case orb.MultiPolygon:
			mp = g
		default:
			continue
		}
		out = append(out, country{a3: str(f.Properties, "ADM0_A3"), bound: mp.Bound(), land: mp})
	}
	return out
}

// A roadRegion is where an extract's roads are kept within one tile: on
// the land of its own countries and on the sea nearer their land than any
// other's (Natural Earth's coast is too coarse to cut coastal roads by:
// Syria's and Lebanon's coastal roads at the Nahr al-Kabir run in its sea),
// not on other countries' land.
type roadRegion struct {
	own, other orb.MultiPolygon // the countries' land, cut to the padded tile
	edges      [][2]orb.Point   // their borders and coasts inside the tile
	ownEdges   int              // the first ownEdges of edges are the own land's
	keepAll    bool             // no edge in the tile: keep all, or (dropAll) none
	dropAll    bool
}

// newRoadRegion cuts the land of the countries meeting tile (lon/lat) to
// the tile padded by a tenth of its side, so that a road along the tile's
// edge is judged by the land around it and not by the cut.
func newRoadRegion(tile orb.Bound, own map[string]bool, lands []country) *roadRegion {
	pad := tile.Pad((tile.Max[0] - tile.Min[0]) / 10)
	r := &roadRegion{}
	// The own countries' edges first, then the others'.
	var near []country
	for _, c := range lands {
		if own[c.a3] {
			near = append(near, c)
		}
	}
	for _, c := range lands {
		if !own[c.a3] {
			near = append(near, c)
		}
	}
	for _, c := range near {
		if !c.bound.Intersects(pad) {
			continue
		}
		cut := clip.MultiPolygon(pad, c.land.Clone())
		if len(cut) == 0 {
			continue
		}
		if own[c.a3] {
			r.own = append(r.own, cut...)
		} else {
			r.other = append(r.other, cut...)
		}
		for _, p := range cut {
			for _, ring := range p {
				for i := 1; i < len(ring); i++ {
					a, b := ring[i-1], ring[i]
					// The cut's edges along the padded bound are not borders.
					if a[0] == b[0] && (a[0] == pad.Min[0] || a[0] == pad.Max[0]) ||
						a[1] == b[1] && (a[1] == pad.Min[1] || a[1] == pad.Max[1]) {
						continue
					}
					r.edges = append(r.edges, [2]orb.Point{a, b})
				}
			}
		}
		if own[c.a3] {
			r.ownEdges = len(r.edges)
		}
	}
	if len(r.edges) == 0 {
		r.keepAll = r.keeps(tile.Center())
		r.dropAll = !r.keepAll
	}
	return r
}

// keeps reports whether p lies on the region's own land, or on the sea
// nearer its own land's edges than the others' (or with no other land in
// the tile).
func (r *roadRegion) keeps(p orb.Point) bool {
	if planar.MultiPolygonContains(r.own, p) {
		return true
	}
	if planar.MultiPolygonContains(r.other, p) {
		return false
	}
	if r.ownEdges == len(r.edges) {
		return true
	}
	if r.ownEdges == 0 {
		return len(r.other) == 0
	}
	return nearest(r.edges[:r.ownEdges], p) <= nearest(r.edges[r.ownEdges:], p)
}

// nearest is the least distance, in degrees, from p to the edges.
func nearest(edges [][2]orb.Point, p orb.Point) float64 {
	d := math.Inf(1)
	for _, e := range edges {
		a, b := e[0], e[1]
		dx, dy := b[0]-a[0], b[1]-a[1]
		t := 0.0
		if l := dx*dx + dy*dy; l > 0 {
			t = math.Max(0, math.Min(1, ((p[0]-a[0])*dx+(p[1]-a[1])*dy)/l))
		}
		d = math.Min(d, math.Hypot(a[0]+t*dx-p[0], a[1]+t*dy-p[1]))
	}
	return d
}

// clip is the parts of line inside the region: each segment is cut where
// it crosses a border or coast and a piece kept if its middle is.
func (r *roadRegion) clip(line orb.LineString) orb.MultiLineString {
	if r.dropAll {
		return nil
	}
	if r.keepAll {
		return orb.MultiLineString{line}
	}
	var out orb.MultiLineString
	var cur orb.LineString
	end := func() {
		if len(cur) >= 2 {
			out = append(out, cur)
		}
		cur = nil
	}
	for i := 1; i < len(line); i++ {
		a, b := line[i-1], line[i]
		ts := []float64{0, 1}
		seg := orb.MultiPoint{a, b}.Bound()
		for _, e := range r.edges {
			if !(orb.MultiPoint{e[0], e[1]}).Bound().Intersects(seg) {
				continue
			}
			if t, ok := crossing(a, b, e[0], e[1]); ok {
				ts = append(ts, t)
			}
		}
		sort.Float64s(ts)
		for j := 1; j < len(ts); j++ {
			if ts[j] == ts[j-1] {
				continue
			}
			p, q := along(a, b, ts[j-1]), along(a, b, ts[j])
			if !r.keeps(along(a, b, (ts[j-1]+ts[j])/2)) {
				end()
				continue
			}
			if len(cur) == 0 {
				cur = append(cur, p)
			}
			cur = append(cur, q)
		}
	}
	end()
	return out
}

// crossing is where segment a-b crosses segment c-d, as the fraction of
// the way from a to b, if it does between them.
func crossing(a, b, c, d orb.Point) (float64, bool) {
	rx, ry := b[0]-a[0], b[1]-a[1]
	sx, sy := d[0]-c[0], d[1]-c[1]
	den := rx*sy - ry*sx
	if den == 0 {
		return 0, false
	}
	qx, qy := c[0]-a[0], c[1]-a[1]
	t := (qx*sy - qy*sx) / den
	u := (qx*ry - qy*rx) / den
	if t <= 0 || t >= 1 || u < 0 || u > 1 {
		return 0, false
	}
	return t, true
}

// along is the point a fraction t of the way from a to b; 0 and 1 give a
// and b themselves.
func along(a, b orb.Point, t float64) orb.Point {
	switch t {
	case 0:
		return a
	case 1:
		return b
	}
	return orb.Point{a[0] + t*(b[0]-a[0]), a[1] + t*(b[1]-a[1])}
}

// joinLines joins the lines of mls that meet end to end (to 5 decimals, as
// the pieces of a road clipped at a tile's edge do) into longer lines, so
// that fewer are drawn.
func joinLines(mls orb.MultiLineString) orb.MultiLineString {
	type pt [2]int64
	at := func(p orb.Point) pt { return pt{int64(math.Round(p[0] * 1e5)), int64(math.Round(p[1] * 1e5))} }
	ends := map[pt][]int{}
	for i, l := range mls {
		if len(l) < 2 {
			continue
		}
		ends[at(l[0])] = append(ends[at(l[0])], i)
		ends[at(l[len(l)-1])] = append(ends[at(l[len(l)-1])], i)
	}
	used := make([]bool, len(mls))
	// next is an unused line with an end at p, turned to start there.
	next := func(p orb.Point) orb.LineString {
		for _, j := range ends[at(p)] {
			if used[j] {
				continue
			}
			used[j] = true
			l := mls[j]
			if at(l[0]) != at(p) {
				l = slices.Clone(l)
				slices.Reverse(l)
			}
			return l
		}
		return nil
	}
	var out orb.MultiLineString
	for i, l := range mls {
		if used[i] || len(l) < 2 {
			continue
		}
		used[i] = true
		line := slices.Clone(l)
		for n := next(line[len(line)-1]); n != nil; n = next(line[len(line)-1]) {
			line = append(line, n[1:]...)
		}
		slices.Reverse(line)
		for n := next(line[len(line)-1]); n != nil; n = next(line[len(line)-1]) {
			line = append(line, n[1:]...)
		}
		out = append(out, line)
	}
	return out
}

// write keeps the items shown in the level's band, simplified to its
// tolerance, and writes them gzipped, a file to a cell.
func write(lv level, items []item) cellIndex {
	// A cell is keyed by its column, its row and 1 if it is a fine cell.
	cells := map[[3]int]*geojson.FeatureCollection{}
	bounds := map[[3]int]orb.Bound{}
	vertices := 0
	for _, it := range items {
		class := it.class
		switch {
		case class == "ne-syria":
			if lv.from >= 8 {
				continue
			}
			class = "town"
			if it.rank <= 5 {
				class = "city"
			}
		case strings.HasPrefix(class, "ocha-"):
			if lv.from < 8 {
				continue
			}
			class = strings.TrimPrefix(class, "ocha-")
		}
		if it.minZoom >= lv.to || it.geom == nil {
			continue
		}
		g := round(orb.Clone(it.geom))
		if lv.tolerance > 0 {
			g = simplify.DouglasPeucker(lv.tolerance).Simplify(g)
		}
		g = clean(g)
		if g == nil || empty(g) {
			continue
		}
		f := geojson.NewFeature(g)
		f.Properties["class"] = class
		f.Properties["minzoom"] = math.Max(it.minZoom, 0)
		if it.name != "" {
			f.Properties["name"] = it.name
		}
		if it.nameAr != "" {
			f.Properties["name_ar"] = it.nameAr
		}
		if it.rank != 0 {
			f.Properties["rank"] = it.rank
		}
		for k, v := range styles[class] {
			f.Properties[k] = v
		}
		switch class {
		case "river":
			f.Properties["stroke-width"] = riverWidth(it.rank)
		case "rail":
			f.Properties["stroke-width"] = railWidth(it.rank)
		case "road":
			f.Properties["stroke-width"] = roadWidth(it.rank)
		}
		vertices += count(g)
		b := g.Bound()
		c := b.Center()
		side, fine := lv.cell, 0
		if it.fine && lv.from >= 8 {
			side, fine = lv.cell/fineCells, 1
		}
		key := [3]int{int(math.Floor((c[0] + 180) / side)), int(math.Floor((c[1] + 90) / side)), fine}
		if cells[key] == nil {
			cells[key] = geojson.NewFeatureCollection()
			bounds[key] = b
		}
		cells[key].Append(f)
		bounds[key] = bounds[key].Union(b)
	}
	keys := make([][3]int, 0, len(cells))
	for k := range cells {
		keys = append(keys, k)
	}
	// The fine cells come last, so that their roads are drawn over the
	// urban areas of the cells they lie in.
	sort.Slice(keys, func(i, j int) bool {
		a, b := keys[i], keys[j]
		if a[2] != b[2] {
			return a[2] < b[2]
		}
		return a[1] < b[1] || a[1] == b[1] && a[0] < b[0]
	})
	out := cellIndex{From: lv.from, To: math.Min(lv.to, 99)}
	size, n := 0, 0
	for _, k := range keys {
		name := fmt.Sprintf("z%g-%d-%d.geojson.gz", lv.from, k[0], k[1])
		if k[2] == 1 {
			name = fmt.Sprintf("z%g-roads-%d-%d.geojson.gz", lv.from, k[0], k[1])
		}
		fc := cells[k]
		size += writeGz(filepath.Join(dir, name), fc)
		n += len(fc.Features)
		b := bounds[k]
		// Bounds to 5 decimals, rounded outwards, keep index.json small.
		lo := func(x float64) float64 { return math.Floor(x*1e5) / 1e5 }
		hi := func(x float64) float64 { return math.Ceil(x*1e5) / 1e5 }
		out.Cells = append(out.Cells, cellEntry{File: name, Bound: [4]float64{lo(b.Min[0]), lo(b.Min[1]), hi(b.Max[0]), hi(b.Max[1])}, Features: len(fc.Features)})
	}
	fmt.Printf("zoom %g-%g: %d cells, %d features, %d vertices, %d bytes gzipped\n", lv.from, lv.to, len(keys), n, vertices, size)
	return out
}

// writeGz writes fc as gzipped GeoJSON and returns its size.
func writeGz(path string, fc *geojson.FeatureCollection) int {
	data, err := json.Marshal(fc)
	if err != nil {
		log.Fatal(err)
	}
	out, err := os.Create(path)
	if err != nil {
		log.Fatal(err)
	}
	defer out.Close()
	zw, _ := gzip.NewWriterLevel(out, gzip.BestCompression)
	if _, err := zw.Write(data); err != nil {
		log.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		log.Fatal(err)
	}
	fi, err := out.Stat()
	if err != nil {
		log.Fatal(err)
	}
	return int(fi.Size())
}

// round keeps 5 decimals (about 1 m) and drops repeated positions.
func round(g orb.Geometry) orb.Geometry {
	r := func(ps []orb.Point) []orb.Point {
		out := ps[:0]
		for _, p := range ps {
			q := orb.Point{math.Round(p[0]*1e5) / 1e5, math.Round(p[1]*1e5) / 1e5}
			if len(out) == 0 || out[len(out)-1] != q {
				out = append(out, q)
			}
		}
		return out
	}
	switch g := g.(type) {
	case orb.Point:
		return orb.Point{math.Round(g[0]*1e5) / 1e5, math.Round(g[1]*1e5) / 1e5}
	case orb.MultiPoint:
		if len(g) == 1 { // OCHA's places: a point each, drawn as a dot
			return round(g[0])
		}
	case orb.LineString:
		return orb.LineString(r(g))
	case orb.MultiLineString:
		for i := range g {
			g[i] = r(g[i])
		}
		return g
	case orb.Polygon:
		for i := range g {
			g[i] = r(g[i])
		}
		return g
	case orb.MultiPolygon:
		for _, p := range g {
			for i := range p {
				p[i] = r(p[i])
			}
		}
		return g
	}
	return g
}

// clean drops the rings that rounding and simplification left with fewer
// than 4 positions, the polygons whose outer ring went so, and the parts of
// lines left with fewer than 2.
func clean(g orb.Geometry) orb.Geometry {
	poly := func(p orb.Polygon) orb.Polygon {
		if len(p) == 0 || len(p[0]) < 4 {
			return nil
		}
		out := p[:1]
		for _, r := range p[1:] {
			if len(r) >= 4 {
				out = append(out, r)
			}
		}
		return out
	}
	switch g := g.(type) {
	case orb.MultiLineString:
		out := g[:0]
		for _, l := range g {
			if len(l) >= 2 {
				out = append(out, l)
			}
		}
		if len(out) == 1 {
			return out[0]
		}
		return out
	case orb.Polygon:
		return poly(g)
	case orb.MultiPolygon:
		out := g[:0]
		for _, p := range g {
			if p = poly(p); p != nil {
				out = append(out, p)
			}
		}
		if len(out) == 0 {
			return orb.Polygon(nil)
		}
		return out
	}
	return g
}

// empty says whether simplification left nothing drawable.
func empty(g orb.Geometry) bool {
	switch g := g.(type) {
	case orb.LineString:
		return len(g) < 2
	case orb.MultiLineString:
		return count(g) < 2
	case orb.Polygon:
		return len(g) == 0 || len(g[0]) < 4
	case orb.MultiPolygon:
		for _, p := range g {
			if len(p) > 0 && len(p[0]) >= 4 {
				return false
			}
		}
		return true
	}
	return false
}

func count(g orb.Geometry) int {
	n := 0
	switch g := g.(type) {
	case orb.Point:
		return 1
	case orb.LineString:
		return len(g)
	case orb.MultiLineString:
		for _, l := range g {
			n += len(l)
		}
	case orb.Polygon:
		for _, r := range g {
			n += len(r)
		}
	case orb.MultiPolygon:
		for _, p := range g {
			n += count(p)
		}
	}
	return n
}

// tileLayers reads the vector tiles of zoom z under dir at commit out of
// the repository at gitDir (named dir/X/Y.pbf) and calls each with every
// layer of every tile, in the archive's order, its features clipped to the
// tile and projected to lon/lat, and the tile's x and y. It returns the
// number of tiles read.
func tileLayers(gitDir, commit, dir string, z int, each func(l *mvt.Layer, x, y int)) int {
	cmd := exec.Command("git", "--git-dir", gitDir, "archive", commit, dir)
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		log.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		log.Fatalf("git archive %s: %v", commit, err)
	}
	tr := tar.NewReader(out)
	tiles := 0
	for {
		h, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			log.Fatalf("git archive %s in %s: %v", commit, gitDir, err)
		}
		if !strings.HasSuffix(h.Name, ".pbf") {
			continue
		}
		parts := strings.Split(strings.TrimSuffix(h.Name, ".pbf"), "/")
		x, errX := strconv.Atoi(parts[len(parts)-2])
		y, errY := strconv.Atoi(parts[len(parts)-1])
		if errX != nil || errY != nil {
			log.Fatalf("%s: not a tile's name", h.Name)
		}
		data, err := io.ReadAll(tr)
		if err != nil {
			log.Fatal(err)
		}
		layers, err := mvt.Unmarshal(data)
		if err != nil {
			log.Fatalf("%s: %v", h.Name, err)
		}
		tiles++
		for _, l := range layers {
			ext := float64(l.Extent)
			tile := orb.Bound{Max: orb.Point{ext, ext}}
			for _, f := range l.Features {
				f.Geometry = clip.Geometry(tile, f.Geometry)
			}
			l.ProjectToWGS84(maptile.New(uint32(x), uint32(y), maptile.Zoom(z)))
			each(l, x, y)
		}
	}
	if err := cmd.Wait(); err != nil {
		log.Fatalf("git archive %s in %s: %v", commit, gitDir, err)
	}
	return tiles
}
