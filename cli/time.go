package cli

import (
	"flag"
	"fmt"

	"newsatlas/atlas"
)

// timeFlags are the flags of render and identify that pick features of
// timed layers by date (the date itself is --date, which also moves the
// control zones).
type timeFlags struct {
	window *string
}

func addTimeFlags(fs *flag.FlagSet) *timeFlags {
	return &timeFlags{window: fs.String("window", "", "timed layers: ±N days around --date (7d, 2w, 0d), all (everything up to it) or off")}
}

// apply sets the atlas's window: --window's, or the date's day alone when
// --date is given without one; without either every feature is shown.
func (t *timeFlags) apply(a *atlas.Atlas, date string) error {
	w := atlas.Window{}
	switch {
	case *t.window != "":
		var err error
		if w, err = atlas.ParseWindow(*t.window); err != nil {
			return err
		}
	case date != "":
		w = atlas.Window{Mode: atlas.Moving}
	}
	a.SetWindow(w)
	return nil
}

// usageErr reports a wrong flag value and returns the usage exit code.
func usageErr(stderr interface{ Write([]byte) (int, error) }, cmd string, err error) int {
	fmt.Fprintf(stderr, "newsatlas %s: %v\n", cmd, err)
	return Usage
}
