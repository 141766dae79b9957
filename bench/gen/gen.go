// Package gen writes the synthetic GeoJSON files the benchmarks load: a
// FeatureCollection of random star-shaped polygons and one of random
// points. The output depends only on the seed, so every run and every
// machine measures the same bytes.
package gen

import (
	"bufio"
	"io"
	"math"
	"math/rand/v2"
	"strconv"
)

// Seed is the fixed seed of the benchmark files.
const Seed = 20261125

// StarCount is the number of polygons in the benchmark star file (about
// 114 MB, 3.4M vertices).
const StarCount = 200_000

// PointCount is the number of features in the benchmark point file.
const PointCount = 1_000_000

var kinds = []string{"camp", "district", "field", "zone", "parcel", "site"}

// Stars writes a FeatureCollection of n star-shaped polygons: 8 to 24
// vertices (the ring closed, so 9 to 25 positions) alternating between an
// outer and an inner radius around a random centre, radius 0.02° to 0.4°,
// with the properties id, name, kind, value, year and code. The centres
// spread evenly over every longitude: a star within its radius of ±180°
// crosses it, its points past 180° (as far as 180.4°), so that a world
// view shows no empty meridian where the world's copies meet.
func Stars(w io.Writer, n int, seed uint64) error {
	bw := bufio.NewWriterSize(w, 1<<20)
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	b := make([]byte, 0, 4096)
	b = append(b, `{"type":"FeatureCollection","features":[`...)
	for i := 0; i < n; i++ {
		if i > 0 {
			b = append(b, ",\n"...)
		} else {
			b = append(b, '\n')
		}
		cx := -180 + 360*r.Float64()
		cy := -80 + 160*r.Float64()
		outer := 0.02 + 0.38*r.Float64()
		inner := outer * (0.35 + 0.4*r.Float64())
		k := 8 + r.IntN(17) // vertices, 8..24
		rot := 2 * math.Pi * r.Float64()
		b = append(b, `{"type":"Feature","properties":{"id":`...)
		b = strconv.AppendInt(b, int64(i), 10)
		kind := kinds[r.IntN(len(kinds))]
		b = append(b, `,"name":"`...)
		b = append(b, kind...)
		b = append(b, ' ')
		b = strconv.AppendInt(b, int64(i), 10)
		b = append(b, `","kind":"`...)
		b = append(b, kind...)
		b = append(b, `","value":`...)
		b = strconv.AppendFloat(b, math.Round(r.Float64()*1e5)/100, 'f', -1, 64)
		b = append(b, `,"year":`...)
		b = strconv.AppendInt(b, int64(2000+r.IntN(27)), 10)
		b = append(b, `,"code":"S`...)
		b = strconv.AppendInt(b, int64(r.IntN(1e6)), 10)
		b = append(b, `"},"geometry":{"type":"Polygon","coordinates":[[`...)
		var x0, y0 float64
		for j := 0; j < k; j++ {
			rad := outer
			if j%2 == 1 {
				rad = inner
			}
			a := rot + 2*math.Pi*float64(j)/float64(k)
			x := round6(cx + rad*math.Cos(a))
			y := round6(math.Max(-89.9, math.Min(89.9, cy+rad*math.Sin(a))))
			if j == 0 {
				x0, y0 = x, y
			}
			b = appendPos(b, x, y)
			b = append(b, ',')
		}
		b = appendPos(b, x0, y0)
		b = append(b, "]]}}"...)
		if _, err := bw.Write(b); err != nil {
			return err
		}
		b = b[:0]
	}
	b = append(b, "\n]}\n"...)
	if _, err := bw.Write(b); err != nil {
		return err
	}
	return bw.Flush()
}

// Points writes a FeatureCollection of n random points over the inhabited
// latitudes with the properties id, name and magnitude.
func Points(w io.Writer, n int, seed uint64) error {
	bw := bufio.NewWriterSize(w, 1<<20)
	r := rand.New(rand.NewPCG(seed+1, seed^0x2545f4914f6cdd1d))
	b := make([]byte, 0, 512)
	b = append(b, `{"type":"FeatureCollection","features":[`...)
	for i := 0; i < n; i++ {
		if i > 0 {
			b = append(b, ",\n"...)
		} else {
			b = append(b, '\n')
		}
		b = append(b, `{"type":"Feature","properties":{"id":`...)
		b = strconv.AppendInt(b, int64(i), 10)
		b = append(b, `,"name":"P`...)
		b = strconv.AppendInt(b, int64(i), 36)
		b = append(b, `","magnitude":`...)
		b = strconv.AppendFloat(b, math.Round(r.Float64()*90)/10, 'f', -1, 64)
		b = append(b, `},"geometry":{"type":"Point","coordinates":`...)
		b = appendPos(b, round6(-180+360*r.Float64()), round6(-60+135*r.Float64()))
		b = append(b, "}}"...)
		if _, err := bw.Write(b); err != nil {
			return err
		}
		b = b[:0]
	}
	b = append(b, "\n]}\n"...)
	if _, err := bw.Write(b); err != nil {
		return err
	}
	return bw.Flush()
}

func round6(v float64) float64 { return math.Round(v*1e6) / 1e6 }

func appendPos(b []byte, x, y float64) []byte {
	b = append(b, '[')
	b = strconv.AppendFloat(b, x, 'f', 6, 64)
	b = append(b, ',')
	b = strconv.AppendFloat(b, y, 'f', 6, 64)
	return append(b, ']')
}
