package render

import (
	"image"
	"image/color"
	"math/rand/v2"
	"testing"

	"github.com/paulmach/orb"
)

// TestFillTiled checks that a path of small rings filled tile by tile
// looks as it does filled in bands.
func TestFillTiled(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	var p path
	for i := 0; i < 400; i++ {
		c := orb.Point{r.Float64() * 420, r.Float64() * 300}
		p = append(p, circle(c, 1+r.Float64()*25, 3+r.IntN(9)))
	}
	src := image.NewUniform(color.NRGBA{0x00, 0x72, 0xb2, 0x66})
	tiled := image.NewRGBA(image.Rect(0, 0, 400, 300))
	banded := image.NewRGBA(tiled.Rect)
	var rbs []image.Rectangle
	for _, ring := range p {
		rbs = append(rbs, path{ring}.bound())
	}
	newPainter(tiled).fillTiled(p, rbs, src)
	r2 := p.bound().Intersect(banded.Rect)
	raster(newPainter(banded).zs[0], banded, r2, p, src)
	// Coverage is accumulated in float32 along each row: across a whole
	// band the sum of many shapes drifts by a few levels on some
	// anti-aliased edge pixels, which a tile's shorter rows do not.
	off := 0
	for i := range tiled.Pix {
		if d := int(tiled.Pix[i]) - int(banded.Pix[i]); d > 2 || d < -2 {
			off++
		}
	}
	if d := maxDiff(tiled, banded); d > 6 || off > len(tiled.Pix)/1000 {
		t.Errorf("tiled fill differs from the banded one by up to %d, %d channels by more than 2", d, off)
	}
	// fill takes the same rings in tiles, and with one larger than a tile
	// in bands, alike.
	viaFill := image.NewRGBA(tiled.Rect)
	newPainter(viaFill).fill(p, src)
	if d := maxDiff(viaFill, tiled); d != 0 {
		t.Errorf("fill of small rings differs from fillTiled by up to %d", d)
	}
	big := append(path{circle(orb.Point{200, 150}, 100, 32)}, p...)
	bigFill, bigBands := image.NewRGBA(tiled.Rect), image.NewRGBA(tiled.Rect)
	newPainter(bigFill).fill(big, src)
	raster(newPainter(bigBands).zs[0], bigBands, big.bound().Intersect(bigBands.Rect), big, src)
	if d := maxDiff(bigFill, bigBands); d > 6 {
		t.Errorf("fill with a ring larger than a tile differs from a banded fill by up to %d", d)
	}
}
