package cli

import (
	"flag"
	"fmt"
	"io"
	"strings"

	"newsatlas/atlas"
	"newsatlas/style"
)

// styleFlags are the --style values of render, in order; the flag may be
// given once per layer.
type styleFlags []string

func (s *styleFlags) String() string { return strings.Join(*s, " ") }

func (s *styleFlags) Set(v string) error {
	if _, _, err := style.ParseRule(v); err != nil {
		return err
	}
	*s = append(*s, v)
	return nil
}

// addStyleFlag adds --style LAYER:KEY=VALUE[,...] (see style.ParseRule)
// to a command's flags.
func addStyleFlag(fs *flag.FlagSet) *styleFlags {
	s := &styleFlags{}
	fs.Var(s, "style", "style a layer: LAYER:category=PROP, LAYER:graduated=PROP[,method=quantile|equal][,classes=N], LAYER:colour=#RRGGBB[,width=PX]")
	return s
}

// apply restyles the atlas's layers as the --style values say; a
// layer that is not there or a property no feature has is a usage error,
// reported on stderr with the value.
func (s styleFlags) apply(a *atlas.Atlas, stderr io.Writer) bool {
	for _, v := range s {
		name, r, _ := style.ParseRule(v) // Set checked it
		if a.Layer(name) == nil {
			fmt.Fprintf(stderr, "newsatlas render: --style %s: no layer %s (see newsatlas layers; an opened file's layer is named after the file)\n", v, name)
			return false
		}
		if err := a.SetStyle(name, r); err != nil {
			fmt.Fprintf(stderr, "newsatlas render: --style %s: %v\n", v, err)
			return false
		}
	}
	return true
}
