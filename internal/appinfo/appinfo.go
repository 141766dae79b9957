// Package appinfo reads the app's metadata from FyneApp.toml, the file
// `fyne package` reads: its name, id, version and build number, for the
// About box of a binary built with plain `go build`, which Fyne's own
// metadata (fyne.App.Metadata) leaves empty.
package appinfo

import (
	"fmt"

	"github.com/BurntSushi/toml"
)

// Info is the [Details] of a FyneApp.toml.
type Info struct {
	Name    string `toml:"Name"`
	ID      string `toml:"ID"`
	Version string `toml:"Version"`
	Build   int    `toml:"Build"`
}

// Parse reads FyneApp.toml's text; a file without a version is an error.
func Parse(b []byte) (Info, error) {
	var f struct {
		Details Info `toml:"Details"`
	}
	if _, err := toml.Decode(string(b), &f); err != nil {
		return Info{}, fmt.Errorf("FyneApp.toml: %w", err)
	}
	if f.Details.Version == "" {
		return Info{}, fmt.Errorf("FyneApp.toml: no Version in [Details]")
	}
	return f.Details, nil
}

// String is the version as the About box shows it: "0.1.0 (build 1)".
func (i Info) String() string {
	if i.Build > 0 {
		return fmt.Sprintf("%s (build %d)", i.Version, i.Build)
	}
	return i.Version
}
