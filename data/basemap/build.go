//go:build ignore

// Build trims the shared Natural Earth and OCHA datasets into the built-in
// basemap layers. Run from the repository root:
//
//	go run ./data/basemap/build.go ../shared/data
package main

import (
	"compress/gzip"
	"encoding/json"
	"fmt"
	"log"
	"math"
	"os"
	"path/filepath"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geojson"
)

func main() {
	if len(os.Args) != 2 {
		log.Fatal("usage: go run ./data/basemap/build.go SHARED_DATA_DIR")
	}
	src := os.Args[1]
	countryKeys := []string{"NAME", "NAME_LONG", "NAME_EN", "NAME_AR", "ADMIN", "SOVEREIGNT", "TYPE", "ISO_A2_EH", "ISO_A3_EH", "ADM0_A3", "CONTINENT", "SUBREGION", "POP_EST", "WIKIDATAID", "LABEL_X", "LABEL_Y", "LABELRANK", "MIN_ZOOM"}
	trim(filepath.Join(src, "naturalearth/ne_10m_admin_0_countries.geojson"), "data/basemap/countries.geojson.gz", func(p geojson.Properties) geojson.Properties {
		out := geojson.Properties{}
		for _, k := range countryKeys {
			if v, ok := p[k]; ok {
				out[k] = v
			}
		}
		out["source"] = "Natural Earth 1:10m Admin 0 - Countries v5.1.2"
		return out
	})
	trim(filepath.Join(src, "syria/syr_admin1.geojson"), "data/basemap/syria-governorates.geojson.gz", func(p geojson.Properties) geojson.Properties {
		return geojson.Properties{
			"name":      p["NAME_EN"],
			"name_ar":   p["NAME_ARA"],
			"pcode":     p["PCODE"],
			"area_sqkm": p["AREA_SQKM"],
			"admin0":    "Syria",
			"source":    "OCHA Syria common operational datasets, admin 1 (via HDX, 2015)",
		}
	})
}

func trim(in, out string, props func(geojson.Properties) geojson.Properties) {
	b, err := os.ReadFile(in)
	if err != nil {
		log.Fatal(err)
	}
	fc, err := geojson.UnmarshalFeatureCollection(b)
	if err != nil {
		log.Fatalf("%s: %v", in, err)
	}
	vertices := 0
	for _, f := range fc.Features {
		f.Properties = props(f.Properties)
		f.Geometry = round(f.Geometry)
		vertices += count(f.Geometry)
	}
	fc.ExtraMembers = nil
	data, err := json.Marshal(fc)
	if err != nil {
		log.Fatal(err)
	}
	f, err := os.Create(out)
	if err != nil {
		log.Fatal(err)
	}
	zw, _ := gzip.NewWriterLevel(f, gzip.BestCompression)
	zw.Write(data)
	zw.Close()
	f.Close()
	fi, _ := os.Stat(out)
	fmt.Printf("%s: %d features, %d vertices, %d bytes JSON, %d bytes gzipped\n", out, len(fc.Features), vertices, len(data), fi.Size())
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

func count(g orb.Geometry) int {
	n := 0
	switch g := g.(type) {
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
