package atlas

import (
	"newsatlas/live"
	"newsatlas/postgis"
	"newsatlas/vtiles"
)

// Openers are the kinds of live source a name may open, tried in turn:
// another source plugs in with one entry here.
func Openers() []live.Opener {
	return []live.Opener{vtiles.Open, postgis.Open}
}

// Shown is a source's name as messages and logs show it: a PostGIS
// connection string with its password as xxxxx, anything else as it is.
func Shown(name string) string {
	if postgis.IsSource(name) {
		return postgis.Redact(name)
	}
	return name
}

// Kept is a source's name as recent lists and project files keep it: a
// PostGIS connection string without its password (the driver reads it
// from PGPASSWORD or ~/.pgpass), anything else as it is.
func Kept(name string) string {
	if postgis.IsSource(name) {
		return postgis.WithoutPassword(name)
	}
	return name
}
