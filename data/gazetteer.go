package data

import _ "embed"

//go:embed gazetteer/gazetteer.tsv.gz
var gazetteerGz []byte

// Gazetteer returns the gzip-compressed place-name gazetteer that places.LoadGazetteer
// reads (built by data/gazetteer/build.go; provenance in data/gazetteer/SOURCES.md).
func Gazetteer() []byte { return gazetteerGz }
