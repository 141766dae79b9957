package ui

import (
	"os"

	"newsatlas/archive"
)

// IsArchive reports whether a path given on the command line or dropped
// on the window is a news archive rather than a layer or an article: a
// folder, an RSS or Atom feed, an NDJSON file whose records hold a "text"
// and no geometry, or a ZIP of articles or feeds with no map data in it
// (archive.IsArchive looks inside). A path that does not exist is none:
// it is left to the layers, whose error names it.
func IsArchive(p string) bool {
	_, err := os.Stat(p)
	return err == nil && archive.IsArchive(p)
}
