package atlas

import (
	"context"
	"fmt"

	"newsatlas/layer"
	"newsatlas/render"
	"newsatlas/style"
)

// OpenLayer in three steps, for the window: a big file loads on a
// goroutine of its own, cancellable and with a progress bar, while the
// atlas is only touched on the UI goroutine.
//
//	st := a.NextLayerStyle()                      // UI goroutine
//	go func() {
//		l, err := atlas.LoadLayer(ctx, path, st, progress) // any goroutine
//		fyne.Do(func() { if err == nil { a.AddLayer(l) } })  // UI goroutine
//	}()

// NextLayerStyle is the style OpenLayer would give the next file opened.
func (a *Atlas) NextLayerStyle() style.Style { return style.ForLayer(a.opened) }

// LoadLayer loads a GeoJSON file in style st without touching any atlas:
// it may run on any goroutine. It stops with ctx's error (wrapped, naming
// the file) when ctx is cancelled, and calls progress, if not nil, with
// the bytes read so far (see layer.LoadContext).
func LoadLayer(ctx context.Context, path string, st style.Style, progress layer.Progress) (*layer.Layer, error) {
	return layer.LoadContext(ctx, path, layer.Options{Style: st}, progress)
}

// AddLayer puts a loaded layer on top of the others, renamed "name (2)"
// and so on if its name is taken, as OpenLayer does.
func (a *Atlas) AddLayer(l *layer.Layer) *render.Layer {
	if a.colours == nil {
		a.colours = map[*layer.Layer]int{}
	}
	a.colours[l] = a.opened
	a.opened++
	base, n := l.Name, 2
	for a.Layer(l.Name) != nil {
		l.Name = fmt.Sprintf("%s (%d)", base, n)
		n++
	}
	a.Layers = append(a.Layers, render.Layer{Layer: l, Opacity: 1, Labels: true})
	return &a.Layers[len(a.Layers)-1]
}
