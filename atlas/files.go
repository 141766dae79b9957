package atlas

import (
	"context"

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

// Open loads a file by its kind: an article (.txt, .md, .html) or the
// layers of a file of geographic data (see LayerPaths).
func (a *Atlas) Open(path string) error {
	if IsArticle(path) {
		_, err := a.OpenArticle(path)
		return err
	}
	paths, err := LayerPaths(path)
	if err != nil {
		return err
	}
	for _, p := range paths {
		if _, err := a.OpenLayer(p); err != nil {
			return err
		}
	}
	return nil
}

// LayerPaths are the layers a file of geographic data holds, as paths to
// open each: one for each feature table of a GeoPackage that has several
// (layer.TablePath), else the file's own path.
func LayerPaths(path string) ([]string, error) {
	tables, err := layer.Tables(context.Background(), path)
	if err != nil || len(tables) < 2 {
		return []string{path}, nil // a file that cannot be read says why when opened
	}
	out := make([]string, len(tables))
	for i, t := range tables {
		out[i] = layer.TablePath(path, t)
	}
	return out, nil
}
