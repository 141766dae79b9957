//go:build ignore

// Build trims the Columbia CSR Aleppo neighbourhood polygons into
// data/aleppo/neighbourhoods.geojson: it keeps NAME and NAME_A, adds a stable
// id (a slug of NAME, with -2, -3... for repeated names in file order) and
// rounds coordinates to 6 decimals (about 0.1 m), dropping vertices that
// become repeated.
//
// Run from the repository root:
//
//	go run ./data/aleppo/build.go
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"math"
	"os"
	"strings"
	"unicode"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geojson"
)

func main() {
	in := flag.String("in", "../shared/data/aleppo/aleppo_neighborhoods_csr.geojson", "CSR neighbourhoods GeoJSON")
	out := flag.String("out", "data/aleppo/neighbourhoods.geojson", "trimmed output")
	flag.Parse()
	if err := build(*in, *out); err != nil {
		log.Fatal(err)
	}
}

func build(in, out string) error {
	raw, err := os.ReadFile(in)
	if err != nil {
		return err
	}
	fc, err := geojson.UnmarshalFeatureCollection(raw)
	if err != nil {
		return fmt.Errorf("%s: %w", in, err)
	}
	seen := map[string]int{}
	var buf bytes.Buffer
	buf.WriteString("{\"type\":\"FeatureCollection\",\"features\":[\n")
	for i, f := range fc.Features {
		name, _ := f.Properties["NAME"].(string)
		if name == "" {
			return fmt.Errorf("%s: feature %d has no NAME", in, i)
		}
		nameA, _ := f.Properties["NAME_A"].(string)
		id := slug(name)
		seen[id]++
		if n := seen[id]; n > 1 {
			id = fmt.Sprintf("%s-%d", id, n)
		}
		g := f.Geometry
		if g == nil {
			return fmt.Errorf("%s: %s has no geometry", in, name)
		}
		nf := geojson.NewFeature(round(g))
		nf.Properties = geojson.Properties{"id": id, "NAME": name, "NAME_A": nameA}
		b, err := json.Marshal(nf)
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		buf.Write(b)
		if i < len(fc.Features)-1 {
			buf.WriteString(",")
		}
		buf.WriteString("\n")
	}
	buf.WriteString("]}\n")
	if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
		return err
	}
	log.Printf("wrote %d neighbourhoods to %s (%d bytes)", len(fc.Features), out, buf.Len())
	return nil
}

// slug turns a CSR name into an ASCII identifier: "Qal’et ash-Sharif" -> "qalet-ash-sharif".
func slug(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(name) {
		switch {
		case r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			b.WriteRune(r)
			dash = false
		case r == '\'' || r == '’' || r == '‘':
			// apostrophes and ayn marks vanish
		default:
			if !dash && b.Len() > 0 {
				b.WriteByte('-')
				dash = true
			}
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

func round(g orb.Geometry) orb.Geometry {
	switch g := g.(type) {
	case orb.Polygon:
		return roundPolygon(g)
	case orb.MultiPolygon:
		mp := make(orb.MultiPolygon, 0, len(g))
		for _, p := range g {
			mp = append(mp, roundPolygon(p))
		}
		return mp
	}
	panic(fmt.Sprintf("unexpected geometry %T", g))
}

func roundPolygon(p orb.Polygon) orb.Polygon {
	np := make(orb.Polygon, 0, len(p))
	for _, r := range p {
		nr := make(orb.Ring, 0, len(r))
		for _, pt := range r {
			q := orb.Point{math.Round(pt[0]*1e6) / 1e6, math.Round(pt[1]*1e6) / 1e6}
			if len(nr) > 0 && nr[len(nr)-1] == q {
				continue
			}
			nr = append(nr, q)
		}
		np = append(np, nr)
	}
	return np
}
