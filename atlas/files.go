package atlas

import (
	"newsatlas/layer"
	"newsatlas/render"
)

// OpenLayer loads a GeoJSON file as a new layer on top of the others, in
// the next default colour. Nothing changes when it fails; the error is one
// line naming the file.
func (a *Atlas) OpenLayer(path string) (*render.Layer, error) {
	l, err := layer.Load(path, layer.Options{Style: a.NextLayerStyle()})
	if err != nil {
		return nil, err
	}
	return a.AddLayer(l), nil
}

// OpenArticle reads an article and makes it the current one: its text and
// its pins replace the old. Nothing changes when it fails.
func (a *Atlas) OpenArticle(path string) (*Article, error) {
	art, err := LoadArticle(path, a.Gazetteer)
	if err != nil {
		return nil, err
	}
	a.SetArticle(art)
	return art, nil
}

// SetArticle makes art the current article and pins its places.
func (a *Atlas) SetArticle(art *Article) {
	a.Article = art
	a.applyRepins(art)
	if p := a.Layer(Places); p != nil {
		p.Layer = art.Layer()
	} else {
		a.Layers = append(a.Layers, render.Layer{Layer: art.Layer(), Opacity: 1, Labels: true})
	}
}

// Open loads a file by its kind: an article (.txt, .md, .html) or a
// GeoJSON layer.
func (a *Atlas) Open(path string) error {
	if IsArticle(path) {
		_, err := a.OpenArticle(path)
		return err
	}
	_, err := a.OpenLayer(path)
	return err
}
