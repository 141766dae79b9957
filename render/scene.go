package render

import (
	"image/color"

	"newsatlas/layer"
)

// Layer is a loaded layer as the map shows it.
type Layer struct {
	*layer.Layer
	Hidden  bool
	Opacity float64 // 0 to 1
	Labels  bool    // label its features where there is room
	// Display, when set, is drawn in place of the layer's own geometry
	// (dissolved zones over the neighbourhoods they merge, say); labels,
	// selection and hit tests still use the layer's features.
	Display *layer.Layer
	// Styling, when set, is the user's restyling of the layer (see
	// Styling).
	Styling *Styling
	// NoCluster draws every pin of the layer however many a frame
	// shows (see Clusters).
	NoCluster bool
	// Detail, when set, is drawn in place of the layer's own features at
	// every zoom (a basemap's levels of detail; see Detail).
	Detail Detail
}

// Scene is everything drawn in one frame, bottom layer first.
type Scene struct {
	Layers      []Layer
	Background  color.NRGBA
	Selected    *layer.Ref // outlined strongly
	Hover       *layer.Ref // outlined lightly
	Emphasis    *layer.Ref // a pin drawn larger (the place picked in the text)
	Legend      []LegendItem
	LegendTitle string
	Attribution string
	ScaleBar    bool
	Dark        bool // light text on dark halo
}

// Sea is the default background.
var Sea = color.NRGBA{0xc9, 0xdd, 0xea, 0xff}
