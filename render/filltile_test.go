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
	pt := newPainter(tiled)
	if !pt.fillTiled(p, src) {
		t.Fatal("rings a tile across or less were not filled in tiles")
	}
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
	big := append(path{circle(orb.Point{200, 150}, 100, 32)}, p...)
	if newPainter(tiled).fillTiled(big, src) {
		t.Error("a ring larger than a tile was filled in tiles")
	}
}
