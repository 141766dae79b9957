package postgis

import (
	"bytes"
	"compress/gzip"
	"context"
	"io"
	"os"
	"sync"
	"testing"

	"newsatlas/internal/pgtest"
	"newsatlas/layer"
	"newsatlas/style"
)

// openTest opens a source of the test database, closed when t ends.
func openTest(t testing.TB, table string, more ...string) *Source {
	t.Helper()
	s, err := OpenSource(context.Background(), pgtest.Table(t, table, more...))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

var (
	countriesOnce sync.Once
	countriesText []byte
	countriesErr  error
)

// geojsonCountries is the GeoJSON the countries table was loaded from
// (the built-in layer's copy, data/basemap/countries.geojson.gz), drawn
// in the style st.
func geojsonCountries(t testing.TB, st style.Style) *layer.Layer {
	t.Helper()
	countriesOnce.Do(func() {
		var gz []byte
		if gz, countriesErr = os.ReadFile("../data/basemap/countries.geojson.gz"); countriesErr != nil {
			return
		}
		var r *gzip.Reader
		if r, countriesErr = gzip.NewReader(bytes.NewReader(gz)); countriesErr != nil {
			return
		}
		countriesText, countriesErr = io.ReadAll(r)
	})
	if countriesErr != nil {
		t.Fatal(countriesErr)
	}
	l, err := layer.Parse("countries", countriesText, layer.Options{Style: st})
	if err != nil {
		t.Fatal(err)
	}
	return l
}
