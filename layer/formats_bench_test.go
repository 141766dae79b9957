package layer

import (
	"bufio"
	"context"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"testing"
)

// millionCSV writes a CSV of n points with an id, a name, a magnitude
// and latitude/longitude columns, as an export of events would have.
func millionCSV(b *testing.B, n int) string {
	p := filepath.Join(b.TempDir(), "points.csv")
	f, err := os.Create(p)
	if err != nil {
		b.Fatal(err)
	}
	w := bufio.NewWriterSize(f, 1<<20)
	r := rand.New(rand.NewPCG(1, 2))
	w.WriteString("id,name,event_date,magnitude,latitude,longitude\n")
	var line []byte
	for i := range n {
		line = strconv.AppendInt(line[:0], int64(i), 10)
		line = append(line, ",P"...)
		line = strconv.AppendInt(line, int64(i), 36)
		line = append(line, ",2016-12-0"...)
		line = strconv.AppendInt(line, int64(1+i%9), 10)
		line = append(line, ',')
		line = strconv.AppendFloat(line, float64(r.IntN(90))/10, 'f', -1, 64)
		line = append(line, ',')
		line = strconv.AppendFloat(line, -60+135*r.Float64(), 'f', 6, 64)
		line = append(line, ',')
		line = strconv.AppendFloat(line, -180+360*r.Float64(), 'f', 6, 64)
		line = append(line, '\n')
		w.Write(line)
	}
	if err := w.Flush(); err != nil {
		b.Fatal(err)
	}
	if err := f.Close(); err != nil {
		b.Fatal(err)
	}
	return p
}

// BenchmarkLoadCSVMillion loads a CSV of a million points (43 MB).
func BenchmarkLoadCSVMillion(b *testing.B) {
	const n = 1_000_000
	p := millionCSV(b, n)
	fi, err := os.Stat(p)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(fi.Size())
	b.ReportAllocs()
	for b.Loop() {
		l, err := LoadContext(context.Background(), p, Options{}, nil)
		if err != nil {
			b.Fatal(err)
		}
		if len(l.Features) != n {
			b.Fatalf("%d features", len(l.Features))
		}
	}
}
