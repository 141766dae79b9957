package atlas

import (
	"github.com/paulmach/orb"

	"newsatlas/render"
)

// OpeningView is the view the window opens on and `render` draws by
// default: every place the article names, or Syria when it names none.
func (a *Atlas) OpeningView(width, height int) render.Viewport {
	b := orb.Bound{Min: orb.Point{35.6, 32.3}, Max: orb.Point{42.4, 37.4}} // Syria
	if a.Article != nil && len(a.Article.Places) > 0 {
		p0 := a.Article.Places[0]
		b = orb.Bound{Min: orb.Point{p0.Lon, p0.Lat}, Max: orb.Point{p0.Lon, p0.Lat}}
		for _, p := range a.Article.Places[1:] {
			b = b.Extend(orb.Point{p.Lon, p.Lat})
		}
	}
	pad := 48.0
	v := render.Fit(b, width, height, pad)
	if v.Zoom > 8 {
		v.Zoom = 8
	}
	return v
}

// FitLayer is the view that shows a whole layer.
func FitLayer(l *render.Layer, width, height int) render.Viewport {
	return render.Fit(l.Bound, width, height, 24)
}
