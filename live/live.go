// Package live holds the contract of layers whose features are fetched
// for each view rather than loaded whole: vector tiles (MBTiles,
// PMTiles) and database tables (PostGIS). A Source answers a Query (the
// view's box and zoom) with an ordinary layer.Layer, which the renderer
// draws and identify searches like any other; the atlas asks again when
// the view changes and keeps the last answer meanwhile.
package live

import (
	"context"

	"github.com/paulmach/orb"

	"newsatlas/layer"
)

// Query is the part of the map a Source is asked for.
type Query struct {
	// Bound is the view's box in longitude and latitude (WGS84).
	Bound orb.Bound
	// Zoom is the view's web-map zoom level (0 shows the world in one
	// 256-pixel tile); fractional between levels.
	Zoom float64
	// Width and Height are the view's size in pixels.
	Width, Height int
}

// Source is a layer fetched per view. Its methods may be called from any
// goroutine, and Fetch may be called again before an earlier call has
// returned (the earlier one's context is then cancelled).
type Source interface {
	// Name is the layer's name as the layers panel shows it.
	Name() string
	// Bound is the extent of the whole source in WGS84, for "zoom to
	// layer"; the zero Bound when it is not known.
	Bound() orb.Bound
	// Fetch returns the features over q.Bound at q.Zoom, in WGS84, as a
	// layer named Name(). It returns ctx's error when ctx is done first.
	// When only part of the view could be read (a corrupt tile) it may
	// return the layer of the rest together with the error naming what
	// was left out.
	Fetch(ctx context.Context, q Query) (*layer.Layer, error)
	// Summary is what `newsatlas info` prints of the source, one fact a
	// line (source layers, zoom range, bounds, tiles or rows).
	Summary() []string
	// Close releases the files or connections the source holds.
	Close() error
}

// Answer is a Source's answer with what the atlas can use beyond the
// features.
type Answer struct {
	// Layer holds the features, as Fetch returns them.
	Layer *layer.Layer
	// Display, when not nil, is drawn in place of Layer (render.Layer's
	// Display): a vector tile cuts every polygon at the tile's edges, and
	// the features are joined for identify while their outlines are drawn
	// without the cuts.
	Display *layer.Layer
	// Kinds, when not nil, names for each feature of Layer the part of
	// the source it came from (a tile's source layer, a table), which
	// identify reports as the hit's layer.
	Kinds []string
}

// Answerer is a Source that can answer with more than the features. The
// atlas asks it with FetchAnswer in place of Fetch; the error is as
// Fetch's.
type Answerer interface {
	FetchAnswer(ctx context.Context, q Query) (Answer, error)
}

// Opener opens the source named by name (a file path, an https:// URL,
// a postgres:// connection string). It returns ok false, and no error,
// when name is not of its kind, so that openers can be tried in turn.
type Opener func(ctx context.Context, name string) (src Source, ok bool, err error)
