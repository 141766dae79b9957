// Package render draws layers into an image.RGBA in Web Mercator: the
// engine behind both the window and `newsatlas render`.
//
// A Renderer holds what every drawing shares: the parsed Go fonts, a
// cache of label masks and the frames' scratch buffers; it is safe for
// concurrent use. Renderer.Render and Renderer.Draw draw one image whole
// and keep nothing of it. A View, made by Renderer.NewView, draws the
// frames of one map view and keeps what makes the next one quick: the
// base of its last exact frame, its bottom layers up to the basemap, and
// a tile pyramid.
//
// A frame is drawn in two passes over the Scene's layers, bottom first.
//
// The base is the background and the layers' shapes. It is drawn in
// horizontal bands, one to a core, each culling the features to its band
// through the layer's index (search) and rasterising within it: areas and
// lines of a run of features that share a style are batched, a shape
// that spills past the band clipped to it, and filled with
// golang.org/x/image/vector's coverage (composited by the painter, which
// passes over the pixels a fill does not cover) or stroked by it, which draws
// strokes up to 8 pixels wide as anti-aliased hairlines in proportion to
// their length, wider ones as quads with round joins, both in tiles that
// only the shapes touch. An area under 3 pixels is an oval from its
// bound, a dense point layer's points are dots stamped from a coverage
// worked out once a frame, and a shape is drawn in every copy of the
// world the view meets. A View draws a base in one of three ways: a frame
// that pans the last exact one by whole pixels copies it and draws only
// the strips that came into view; a frame of a view in motion over a
// scene slow to draw (View.DrawMoving) is put together from the pyramid,
// tiles of 256 pixels at every half zoom level it has passed through,
// scaled down by less than √2 with bilinear filtering; any other frame is
// drawn whole, in bands, and kept, over a copy of the bottom layers kept
// from the last whole frame when it shows the same view and they have
// not changed (a layer above the basemap hidden or shown).
//
// A layer with a Detail (the basemap) is drawn from the parts its Detail
// gives for the zoom and the view, each feature from its least zoom on:
// its areas and lines as any layer's, its points as small dots in the
// base, their labels, smaller and grey, below every pin's and area's.
//
// The top is drawn over the base, exactly in every frame: the pins of the
// layers' points (over every layer, lower pins in front), the labels of
// areas and pins placed greedily by priority without overlaps, the
// outlines of the hovered and selected features, then the overlays: the
// scale bar, the legend and the attribution. A layer showing ClusterMin
// pins or more draws those near each other as one circle with their count
// (cluster.go; Clusters tells a click what a circle holds); a legend row
// shows its layer's symbol: an area, a line, a pin, or dots where the
// frame draws the layer's points as dots (legend.go). A layer's Styling,
// when set, is drawn in place of its features' own styles (styling.go).
package render
