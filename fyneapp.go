package main

import (
	_ "embed"

	"newsatlas/internal/appinfo"
)

// fyneAppTOML is the app's metadata, as `fyne package` reads it.
//
//go:embed FyneApp.toml
var fyneAppTOML []byte

// appVersion is the version FyneApp.toml gives, for the About box; "" when
// the file cannot be read.
func appVersion() string {
	i, err := appinfo.Parse(fyneAppTOML)
	if err != nil {
		return ""
	}
	return i.String()
}
