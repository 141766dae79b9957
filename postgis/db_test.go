package postgis

import (
	"bytes"
	"compress/gzip"
	"context"
	"io"
	"os"
	"strings"
	"sync"
	"testing"

	"newsatlas/layer"
	"newsatlas/style"
)

// DSNVar is the environment variable that holds the connection string
// of the test database scripts/postgis.sh starts (scripts/test.sh sets
// it); the tests that need a server skip when it is unset.
const DSNVar = "NEWSATLAS_POSTGIS_DSN"

// testDSN is the test database's connection string, or skips t.
func testDSN(t testing.TB) string {
	t.Helper()
	dsn := os.Getenv(DSNVar)
	if dsn == "" {
		t.Skipf("%s is not set: start a server with scripts/postgis.sh", DSNVar)
	}
	return dsn
}

// withTable is the test database's source string for a table, with
// more parameters after it ("&geom=...").
func withTable(t testing.TB, table string, more ...string) string {
	dsn := testDSN(t)
	sep := "?"
	if strings.Contains(dsn, "?") {
		sep = "&"
	}
	return dsn + sep + "table=" + table + strings.Join(more, "")
}

// openTest opens a source of the test database, closed when t ends.
func openTest(t testing.TB, table string, more ...string) *Source {
	t.Helper()
	s, err := OpenSource(context.Background(), withTable(t, table, more...))
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
