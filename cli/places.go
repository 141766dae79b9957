package cli

import (
	"context"
	"fmt"
	"io"
	"os"
	"text/tabwriter"

	"newsatlas/atlas"
	"newsatlas/places"
)

// Places runs `newsatlas places [--json] [--candidates] SOURCE...`: for one article file
// (or plain text on standard input) it prints the places the article names, as the window pins them (the article is read as the window reads it: UTF-8
// or UTF-16 text, HTML reduced to its text), as a table or, with --json, as
// {"places": [...]} (see CONVENTIONS.md). With --candidates each place also lists the
// readings of its name that were weighed, best first, with the evidence for each (in the
// table: the runner-up). Mention offsets are byte offsets into the file as given; standard input
// is read for "-". It returns the exit status: 0 done, 1 the file could not be read or
// used, 2 wrong usage.
//
// Given more than one article (several files, a folder, a feed, NDJSON, a ZIP, or NDJSON on
// standard input) it streams them instead, on all cores with the gazetteer loaded once, in
// input order: with --json one NDJSON line an article, {"source", "title", "date",
// "places"} (see streamPlaces); what is skipped is a line on stderr and the rest goes on.
func Places(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("places", stderr)
	asJSON := fs.Bool("json", false, "print JSON")
	withCands := fs.Bool("candidates", false, "list each place's candidate readings and their evidence")
	pos, err := parse(fs, args)
	if err != nil {
		return Usage
	}
	if len(pos) == 0 {
		fmt.Fprintln(stderr, "newsatlas places: want one FILE or more (articles, folders, feeds, NDJSON, ZIPs), or - for standard input")
		return usage(stderr)
	}
	g, err := places.LoadGazetteer()
	if err != nil {
		return fail(stderr, err)
	}
	if *withCands {
		g = g.WithCandidates()
	}
	var stdin io.Reader = os.Stdin
	oneText := isOneArticle(pos)
	if len(pos) == 1 && pos[0] == "-" {
		var ndjson bool
		ndjson, stdin = peekNDJSON(stdin)
		oneText = !ndjson
	}
	if !oneText {
		if err := streamPlaces(context.Background(), g, pos, stdin, *asJSON, stdout, stderr); err != nil {
			return fail(stderr, err)
		}
		return OK
	}
	var art *atlas.Article
	if name := pos[0]; name == "-" {
		art, err = atlas.ReadArticle(name, stdin, g)
	} else {
		art, err = atlas.LoadArticle(name, g)
	}
	if err != nil {
		return fail(stderr, err)
	}
	ps := art.PlacesInFile()
	if *asJSON {
		err = places.WriteJSON(stdout, ps)
	} else {
		err = writePlacesTable(stdout, ps, *withCands)
	}
	if err != nil {
		return fail(stderr, fmt.Errorf("%s: %w", pos[0], err))
	}
	return OK
}

// writePlacesTable prints one place a line: name, kind, lat, lon, mention count and, with
// runnerUp, the best candidate not chosen.
func writePlacesTable(w io.Writer, ps []places.Place, runnerUp bool) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	head := "NAME\tKIND\tLAT\tLON\tMENTIONS"
	if runnerUp {
		head += "\tALSO POSSIBLE"
	}
	fmt.Fprintln(tw, head)
	for _, p := range ps {
		fmt.Fprintf(tw, "%s\t%s\t%.4f\t%.4f\t%d", p.Name, p.Kind, p.Lat, p.Lon, len(p.Mentions))
		if runnerUp {
			also := "-"
			if len(p.Candidates) > 1 {
				c := p.Candidates[1]
				also = fmt.Sprintf("%s (%s %s)", c.Name, c.Kind, c.Country)
			}
			fmt.Fprintf(tw, "\t%s", also)
		}
		fmt.Fprintln(tw)
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("write table: %w", err)
	}
	return nil
}
