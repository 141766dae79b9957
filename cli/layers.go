package cli

import (
	"fmt"
	"io"
	"text/tabwriter"

	"newsatlas/atlas"
)

// Layers lists the built-in layers: name, features, source.
func Layers(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		return usage(stderr)
	}
	a, err := atlas.New()
	if err != nil {
		return fail(stderr, err)
	}
	tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "NAME\tFEATURES\tSOURCE")
	for _, l := range a.Layers {
		fmt.Fprintf(tw, "%s\t%d\t%s\n", l.Name, len(l.Features), l.Source)
	}
	tw.Flush()
	return OK
}
