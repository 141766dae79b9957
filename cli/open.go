package cli

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/paulmach/orb"

	"newsatlas/atlas"
	"newsatlas/render"
)

// openAtlas builds the atlas as the window would, with the files opened in
// order (articles replace the built-in one) and the date set.
func openAtlas(files []string, article, date string) (*atlas.Atlas, error) {
	return openAtlasWith(atlas.Options{}, files, article, date)
}

// openAtlasWith is openAtlas with the built-in data opt leaves out.
func openAtlasWith(opt atlas.Options, files []string, article, date string) (*atlas.Atlas, error) {
	a, err := atlas.NewWith(opt)
	if err != nil {
		return nil, err
	}
	if date != "" {
		d, err := time.Parse("2006-01-02", date)
		if err != nil {
			return nil, fmt.Errorf("--date %s: want YYYY-MM-DD", date)
		}
		a.SetDate(d)
	}
	if article != "" {
		if _, err := a.OpenArticle(article); err != nil {
			return nil, err
		}
	}
	for _, f := range files {
		if _, ok, err := a.OpenLiveLayer(context.Background(), f); ok {
			if err != nil {
				return nil, err
			}
			continue
		}
		if err := a.Open(f); err != nil {
			return nil, err
		}
	}
	return a, nil
}

// parseSize reads WxH.
func parseSize(s string) (int, int, error) {
	w, h, ok := strings.Cut(strings.ToLower(s), "x")
	wi, err1 := strconv.Atoi(w)
	hi, err2 := strconv.Atoi(h)
	if !ok || err1 != nil || err2 != nil || wi < 16 || hi < 16 || wi > 16384 || hi > 16384 || wi*hi > 100e6 {
		return 0, 0, fmt.Errorf("--size %s: want WxH, each 16 to 16384 pixels", s)
	}
	return wi, hi, nil
}

// parseBBox reads minLon,minLat,maxLon,maxLat.
func parseBBox(s string) (orb.Bound, error) {
	parts := strings.Split(s, ",")
	if len(parts) != 4 {
		return orb.Bound{}, fmt.Errorf("--bbox %s: want minLon,minLat,maxLon,maxLat", s)
	}
	var v [4]float64
	for i, p := range parts {
		f, err := strconv.ParseFloat(strings.TrimSpace(p), 64)
		if err != nil {
			return orb.Bound{}, fmt.Errorf("--bbox %s: %q is not a number", s, p)
		}
		v[i] = f
	}
	if v[0] >= v[2] || v[1] >= v[3] || v[1] < -90 || v[3] > 90 || v[0] < -360 || v[2] > 360 {
		return orb.Bound{}, fmt.Errorf("--bbox %s: want minLon < maxLon and minLat < maxLat within the world", s)
	}
	return orb.Bound{Min: orb.Point{v[0], v[1]}, Max: orb.Point{v[2], v[3]}}, nil
}

// view is the viewport a command draws or identifies at.
func view(a *atlas.Atlas, bbox string, w, h int) (render.Viewport, error) {
	if bbox == "" {
		return a.OpeningView(w, h), nil
	}
	b, err := parseBBox(bbox)
	if err != nil {
		return render.Viewport{}, err
	}
	return render.Fit(b, w, h, 0), nil
}

// renderFit is the viewport render uses for a bbox at the default size.
func renderFit(b orb.Bound) render.Viewport { return render.Fit(b, 1280, 800, 0) }

// refreshLive fetches the live layers (vector tiles, database tables) for
// the view v before it is drawn or identified at.
func refreshLive(a *atlas.Atlas, v render.Viewport) error {
	return a.Refresh(context.Background(), atlas.LiveQuery(v))
}
