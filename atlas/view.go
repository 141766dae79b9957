package atlas

import (
	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geo"

	"newsatlas/places"
	"newsatlas/render"
)

// clusterKm is how far from the article's main place a pin may lie and
// still be framed by the opening view.
const clusterKm = 4500

// OpeningView is the view the window opens on and `render` draws by
// default: the article's places around the one it names most (places on
// other continents stay one click away, in the text), or Syria when it
// names none.
func (a *Atlas) OpeningView(width, height int) render.Viewport {
	b := orb.Bound{Min: orb.Point{35.6, 32.3}, Max: orb.Point{42.4, 37.4}} // Syria
	if a.Article != nil && len(a.Article.Places) > 0 {
		b = frame(a.Article.Places)
	}
	v := render.Fit(b, width, height, 56)
	if v.Zoom > 8 {
		v.Zoom = 8
	}
	return v
}

// frame bounds the places within clusterKm of the most-mentioned one.
func frame(ps []places.Place) orb.Bound {
	main := ps[0]
	for _, p := range ps[1:] {
		if len(p.Mentions) > len(main.Mentions) {
			main = p
		}
	}
	c := orb.Point{main.Lon, main.Lat}
	b := orb.Bound{Min: c, Max: c}
	for _, p := range ps {
		q := orb.Point{p.Lon, p.Lat}
		if geo.Distance(c, q) <= clusterKm*1000 {
			b = b.Extend(q)
		}
	}
	return b
}

// FitLayer is the view that shows a whole layer.
func FitLayer(l *render.Layer, width, height int) render.Viewport {
	return render.Fit(l.Bound, width, height, 24)
}

// FitBound is the view of the given size that shows the lon/lat bound b.
func FitBound(b orb.Bound, width, height int) render.Viewport {
	return render.Fit(b, width, height, 0)
}
