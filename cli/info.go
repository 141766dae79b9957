package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"

	"newsatlas/archive"
	"newsatlas/atlas"
	"newsatlas/layer"
	"newsatlas/places"
)

// Summary describes one file as the window would load it.
type Summary struct {
	File     string         `json:"file"`
	Kind     string         `json:"kind"` // layer, article or archive
	Features int            `json:"features,omitempty"`
	Types    map[string]int `json:"geometry_types,omitempty"`
	BBox     []float64      `json:"bbox,omitempty"` // minLon, minLat, maxLon, maxLat
	Skipped  []string       `json:"skipped,omitempty"`
	Title    string         `json:"title,omitempty"`
	Places   []string       `json:"places,omitempty"`
	Error    string         `json:"error,omitempty"`
	// Live is what a live source (vector tiles, a database table) says
	// of itself, one fact a line (kind "live").
	Live []string `json:"live,omitempty"`
	// Archive is what an archive (folder, feed, NDJSON, ZIP) holds; its Skipped are the
	// inputs left out, "SOURCE: reason".
	Archive *ArchiveSummary `json:"archive,omitempty"`
}

// Info loads each file as the window would and summarises it. A file that
// cannot be used gets its one-line error and exit status 1; the others are
// still summarised.
func Info(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("info", stderr)
	asJSON := fs.Bool("json", false, "JSON output")
	files, err := parse(fs, args)
	if err != nil {
		return Usage
	}
	if len(files) == 0 {
		fmt.Fprintln(stderr, "newsatlas info: want FILE...")
		return usage(stderr)
	}
	var g *places.Gazetteer
	status := OK
	var out []Summary
	for _, f := range files {
		s := Summary{File: atlas.Shown(f)}
		if archive.IsArchive(f) {
			s.Kind = "archive"
			if s.Archive, s.Skipped, err = summarizeArchive(f); err != nil {
				fail(stderr, err)
				status = BadInput
				continue
			}
		} else if atlas.IsArticle(f) {
			if g == nil {
				if g, err = places.LoadGazetteer(); err != nil {
					return fail(stderr, err)
				}
			}
			s.Kind = "article"
			art, err := atlas.LoadArticle(f, g)
			if err != nil {
				fail(stderr, err)
				status = BadInput
				continue
			}
			s.Title = art.Title
			for _, p := range art.Places {
				s.Places = append(s.Places, p.Name)
			}
		} else if src, ok, err := atlas.OpenLive(context.Background(), f); ok {
			if err != nil {
				fail(stderr, err)
				status = BadInput
				continue
			}
			s.Kind, s.Live = "live", src.Summary()
			src.Close()
		} else {
			s.Kind = "layer"
			l, err := layer.Load(f, layer.Options{})
			if err != nil {
				fail(stderr, err)
				status = BadInput
				continue
			}
			s.Features, s.Types = len(l.Features), l.Types
			if len(l.Features) > 0 && (len(l.Types) > 1 || l.Types["null"] == 0) {
				s.BBox = []float64{l.Bound.Min[0], l.Bound.Min[1], l.Bound.Max[0], l.Bound.Max[1]}
			}
			for _, sk := range l.Skipped {
				s.Skipped = append(s.Skipped, sk.Reason)
			}
		}
		out = append(out, s)
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if out == nil {
			out = []Summary{}
		}
		enc.Encode(out)
		return status
	}
	for _, s := range out {
		printSummary(stdout, s)
	}
	return status
}

func printSummary(w io.Writer, s Summary) {
	fmt.Fprintf(w, "%s: %s\n", s.File, s.Kind)
	if s.Kind == "live" {
		for _, line := range s.Live {
			fmt.Fprintf(w, "  %s\n", line)
		}
		return
	}
	if s.Archive != nil {
		printArchiveSummary(w, s)
		return
	}
	if s.Kind == "article" {
		fmt.Fprintf(w, "  title:    %s\n  places:   %d (%s)\n", s.Title, len(s.Places), strings.Join(s.Places, ", "))
		return
	}
	var types []string
	for t, n := range s.Types {
		types = append(types, fmt.Sprintf("%s %d", t, n))
	}
	sort.Strings(types)
	fmt.Fprintf(w, "  features: %d\n  types:    %s\n", s.Features, strings.Join(types, ", "))
	if s.BBox != nil {
		fmt.Fprintf(w, "  bbox:     %.6g,%.6g,%.6g,%.6g\n", s.BBox[0], s.BBox[1], s.BBox[2], s.BBox[3])
	}
	if len(s.Skipped) > 0 {
		fmt.Fprintf(w, "  skipped or repaired: %d\n", len(s.Skipped))
		for i, r := range s.Skipped {
			if i == 20 {
				fmt.Fprintf(w, "    ... and %d more\n", len(s.Skipped)-20)
				break
			}
			fmt.Fprintf(w, "    %s\n", r)
		}
	}
}
