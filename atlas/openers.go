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
