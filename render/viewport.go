package render

import (
	"math"

	"github.com/paulmach/orb"

	"newsatlas/webmerc"
)

// TileSize is the width in pixels of the world at zoom 0.
const TileSize = 256

// Zoom limits.
const (
	MinZoom = 0.5
	MaxZoom = 19.0
)

// Viewport is what part of the world an image shows.
type Viewport struct {
	Center orb.Point // lon/lat at the image centre
	Zoom   float64   // the world is 256·2^Zoom device pixels wide
	Width  int       // image size in device pixels
	Height int
	Scale  float64 // device pixels per logical pixel (HiDPI); 0 means 1
}

// PixelScale is Scale with 0 read as 1.
func (v Viewport) PixelScale() float64 {
	if v.Scale <= 0 {
		return 1
	}
	return v.Scale
}

// WorldPx is the width of the world in device pixels.
func (v Viewport) WorldPx() float64 { return TileSize * math.Exp2(v.Zoom) }

// center in world units.
func (v Viewport) center() orb.Point { return webmerc.Point(v.Center) }

// ToPixel maps a world-unit point to image pixels.
func (v Viewport) ToPixel(w orb.Point) (x, y float64) {
	c, s := v.center(), v.WorldPx()
	return (w[0]-c[0])*s + float64(v.Width)/2, (w[1]-c[1])*s + float64(v.Height)/2
}

// LonLatToPixel maps lon/lat to image pixels.
func (v Viewport) LonLatToPixel(p orb.Point) (x, y float64) { return v.ToPixel(webmerc.Point(p)) }

// PixelToLonLat maps an image pixel to lon/lat, wrapping longitude into
// [-180,180].
func (v Viewport) PixelToLonLat(x, y float64) orb.Point {
	c, s := v.center(), v.WorldPx()
	w := orb.Point{c[0] + (x-float64(v.Width)/2)/s, c[1] + (y-float64(v.Height)/2)/s}
	w[0] -= math.Floor(w[0])
	w[1] = math.Max(0, math.Min(1, w[1]))
	return webmerc.Inverse(w)
}

// World is the part of the world the image shows, in world units.
func (v Viewport) World() orb.Bound {
	c, s := v.center(), v.WorldPx()
	hw, hh := float64(v.Width)/2/s, float64(v.Height)/2/s
	return orb.Bound{Min: orb.Point{c[0] - hw, c[1] - hh}, Max: orb.Point{c[0] + hw, c[1] + hh}}
}

// LonLatBound is the part of the world shown, in lon/lat (longitudes may
// pass ±180 when the view does).
func (v Viewport) LonLatBound() orb.Bound {
	w := v.World()
	a, b := webmerc.Inverse(orb.Point{w.Min[0], math.Max(0, w.Min[1])}), webmerc.Inverse(orb.Point{w.Max[0], math.Min(1, w.Max[1])})
	return orb.Bound{Min: orb.Point{a[0], b[1]}, Max: orb.Point{b[0], a[1]}}
}

// Tolerance is n device pixels in world units: how near a click must be to
// a point or line to hit it.
func (v Viewport) Tolerance(n float64) float64 { return n * v.PixelScale() / v.WorldPx() }

// Fit returns the viewport of the given size that shows the lon/lat bound
// b whole, with pad device pixels to spare on each side.
func Fit(b orb.Bound, width, height int, pad float64) Viewport {
	v := Viewport{Width: width, Height: height}
	pb := webmerc.Geometry(b).Bound()
	w, h := pb.Max[0]-pb.Min[0], pb.Max[1]-pb.Min[1]
	aw, ah := math.Max(1, float64(width)-2*pad), math.Max(1, float64(height)-2*pad)
	z := float64(MaxZoom)
	if w > 0 || h > 0 {
		z = math.Log2(math.Min(aw/math.Max(w, 1e-12), ah/math.Max(h, 1e-12)) / TileSize)
	} else {
		z = 10
	}
	v.Zoom = math.Max(MinZoom, math.Min(z, 16))
	v.Center = webmerc.Inverse(pb.Center())
	return v
}

// Pan moves the view by dx, dy device pixels (the map follows the pointer).
func (v Viewport) Pan(dx, dy float64) Viewport {
	c, s := v.center(), v.WorldPx()
	c[0] -= dx / s
	c[1] = math.Max(0, math.Min(1, c[1]-dy/s))
	c[0] -= math.Floor(c[0])
	v.Center = webmerc.Inverse(c)
	return v
}

// ZoomAt changes the zoom by dz keeping the lon/lat under pixel (x, y)
// where it is, as a mouse wheel zoom does.
func (v Viewport) ZoomAt(x, y, dz float64) Viewport {
	z := math.Max(MinZoom, math.Min(MaxZoom, v.Zoom+dz))
	if z == v.Zoom {
		return v
	}
	c, s := v.center(), v.WorldPx()
	under := orb.Point{c[0] + (x-float64(v.Width)/2)/s, c[1] + (y-float64(v.Height)/2)/s}
	v.Zoom = z
	s = v.WorldPx()
	nc := orb.Point{under[0] - (x-float64(v.Width)/2)/s, under[1] - (y-float64(v.Height)/2)/s}
	nc[1] = math.Max(0, math.Min(1, nc[1]))
	nc[0] -= math.Floor(nc[0])
	v.Center = webmerc.Inverse(nc)
	return v
}

// MetresPerPixel at the view's centre latitude, per device pixel.
func (v Viewport) MetresPerPixel() float64 {
	return 2 * math.Pi * orb.EarthRadius * math.Cos(v.Center[1]*math.Pi/180) / v.WorldPx()
}
