package layer

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// FuzzLoadContext checks that reading a file in chunks, with the fast
// path, takes exactly what Parse takes and says the same of it.
func FuzzLoadContext(f *testing.F) {
	f.Add([]byte(`{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"a"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}}]}`), uint8(3))
	f.Add([]byte(`{"features":[{"type":"Feature","geometry":{"coordinates":[[1,2],[3,4]],"type":"LineString"},"properties":null},{"type":"Point","coordinates":[1,2]}],"type":"FeatureCollection"}`), uint8(1))
	f.Add([]byte(`{"type":"FeatureCollection","bbox":[0,0,1,1],"features":[{"type":"Feature","properties":{"s":"\"}]"},"geometry":{"type":"MultiPolygon","coordinates":[[[[0,0],[1,0],[1,1],[0,0]]],[[[5,5],[6,5],[6,6]]]]}}]}`), uint8(7))
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte, chunk uint8) {
		path := filepath.Join(dir, "in.geojson")
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		opt := Options{ChunkSize: 1 + int(chunk)}
		pl, perr := Parse("in", data, opt)
		ll, lerr := LoadContext(context.Background(), path, opt, nil)
		if got, want := summary(ll, lerr, path), summary(pl, perr, path); got != want {
			t.Fatalf("chunks of %d:\n got %.600s\nwant %.600s", opt.ChunkSize, got, want)
		}
	})
}
