package pgtest

import (
	"net/url"
	"os"
	"strings"
	"testing"
)

// DSNVar is the environment variable that holds the connection string of the test
// database (postgres://newsatlas:PASSWORD@127.0.0.1:PORT/newsatlas).
const DSNVar = "NEWSATLAS_POSTGIS_DSN"

// WrongPassword is the password WithWrongPassword puts in a source string: not the
// test database's.
const WrongPassword = "not-the-password"

// DSN is the test database's connection string, or skips t when DSNVar is unset.
func DSN(t testing.TB) string {
	t.Helper()
	dsn := os.Getenv(DSNVar)
	if dsn == "" {
		t.Skipf("%s is not set: start a server with scripts/postgis.sh", DSNVar)
	}
	return dsn
}

// Table is the source string of a table of the test database, with more parameters
// after it ("&geom=..."), or skips t when DSNVar is unset.
func Table(t testing.TB, table string, more ...string) string {
	t.Helper()
	return Source(DSN(t), table, more...)
}

// Source is the source string of a table of the database at dsn: the connection
// string with the table's parameter, and more parameters after it.
func Source(dsn, table string, more ...string) string {
	sep := "?"
	if strings.Contains(dsn, "?") {
		sep = "&"
	}
	return dsn + sep + "table=" + table + strings.Join(more, "")
}

// WithWrongPassword is source with its password replaced by WrongPassword; it fails t
// when source is no URL.
func WithWrongPassword(t testing.TB, source string) string {
	t.Helper()
	u, err := url.Parse(source)
	if err != nil {
		t.Fatalf("%s: %v", DSNVar, err)
	}
	u.User = url.UserPassword(u.User.Username(), WrongPassword)
	return u.String()
}
