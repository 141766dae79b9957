package atlas

import (
	"slices"

	"github.com/paulmach/orb/geojson"

	"newsatlas/layer"
	"newsatlas/render"
)

// Options tune what NewWith loads.
type Options struct {
	// Skip names built-in layers a caller will keep hidden (Countries,
	// Basemap, SyriaGovernorates, AleppoControl, Places), so their data is never
	// parsed: each is there, hidden and empty, so that looking it up by
	// name still works. Skipping Places skips the gazetteer and the
	// built-in article too: Gazetteer and Article are nil, the opening
	// view frames Syria, and OpenArticle must not be called. Skipping
	// AleppoControl skips the timeline: Timeline is nil and SetDate only
	// records the date. `newsatlas render --hide ... --bbox` is the use:
	// it draws none of them.
	Skip []string
}

// skipped is the hidden, empty stand-in of a built-in layer not loaded.
func skipped(name string) render.Layer {
	l := layer.FromCollection(name, "built in, not loaded", geojson.NewFeatureCollection(), nil)
	return render.Layer{Layer: l, Hidden: true, Opacity: 1, Labels: true}
}

func (o Options) skips(name string) bool { return slices.Contains(o.Skip, name) }
