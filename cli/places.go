package cli

import (
	"flag"
	"fmt"
	"io"
	"os"
	"text/tabwriter"

	"newsatlas/places"
)

// placesUsage is printed on wrong usage of the places subcommand.
const placesUsage = "usage: newsatlas places [--json] FILE|-"

// Places runs `newsatlas places [--json] FILE|-`: it prints the places an article names,
// as a table or, with --json, as {"places": [...]} (see CONVENTIONS.md). It returns the
// exit status: 0 done, 1 the file could not be read or used, 2 wrong usage.
func Places(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("places", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	asJSON := fs.Bool("json", false, "print JSON")
	if err := fs.Parse(args); err != nil || fs.NArg() != 1 {
		fmt.Fprintln(stderr, placesUsage)
		return 2
	}
	name := fs.Arg(0)
	text, err := readArticle(name)
	if err != nil {
		fmt.Fprintf(stderr, "newsatlas: %s: %v\n", name, err)
		return 1
	}
	g, err := places.LoadGazetteer()
	if err != nil {
		fmt.Fprintf(stderr, "newsatlas: %s: %v\n", name, err)
		return 1
	}
	ps := g.Find(text)
	if *asJSON {
		err = places.WriteJSON(stdout, ps)
	} else {
		err = writePlacesTable(stdout, ps)
	}
	if err != nil {
		fmt.Fprintf(stderr, "newsatlas: %s: %v\n", name, err)
		return 1
	}
	return 0
}

// readArticle reads the article at path, or standard input for "-".
func readArticle(path string) (string, error) {
	var b []byte
	var err error
	if path == "-" {
		b, err = io.ReadAll(os.Stdin)
	} else {
		b, err = os.ReadFile(path)
	}
	if err != nil {
		return "", fmt.Errorf("read article: %w", unwrapPath(err))
	}
	return string(b), nil
}

// unwrapPath drops the path an *os.PathError repeats, since the message names the file.
func unwrapPath(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}

// writePlacesTable prints one place a line: name, kind, lat, lon, mention count.
func writePlacesTable(w io.Writer, ps []places.Place) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "NAME\tKIND\tLAT\tLON\tMENTIONS")
	for _, p := range ps {
		fmt.Fprintf(tw, "%s\t%s\t%.4f\t%.4f\t%d\n", p.Name, p.Kind, p.Lat, p.Lon, len(p.Mentions))
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("write table: %w", err)
	}
	return nil
}
