package postgis

import (
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"
)

// DefaultLimit is the most rows a Fetch reads when the source string sets
// no limit: past it, a view shows a sample of its rows.
const DefaultLimit = 15_000

// Config is a source string taken apart: the connection string handed to
// the driver and the table the layer reads.
type Config struct {
	// DSN is the connection string without the parameters below.
	DSN string
	// Schema and Table name the table (Schema "" for the search path's).
	Schema, Table string
	// Geom is the geometry column, "" to take the table's first from
	// geometry_columns.
	Geom string
	// Where is an SQL condition on the table's rows, "" for none.
	Where string
	// Limit is the most rows one view reads (DefaultLimit when the
	// source string sets none).
	Limit int
}

// IsSource reports whether name is a connection string of the kind Open
// takes: a postgres:// or postgresql:// URL.
func IsSource(name string) bool {
	n := strings.ToLower(name)
	return strings.HasPrefix(n, "postgres://") || strings.HasPrefix(n, "postgresql://")
}

// ParseConfig takes a source string apart:
//
//	postgres://user:password@host:port/database?table=schema.name[&geom=column][&where=condition][&limit=rows]
//
// Any other parameter (sslmode, connect_timeout, ...) stays in the DSN.
func ParseConfig(name string) (Config, error) {
	if !IsSource(name) {
		return Config{}, errors.New("not a postgres:// connection string")
	}
	u, err := url.Parse(name)
	if err != nil {
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err // its text repeats the URL, password and all
		}
		return Config{}, fmt.Errorf("not a connection string: %w", err)
	}
	q, err := url.ParseQuery(u.RawQuery)
	if err != nil {
		return Config{}, fmt.Errorf("bad query parameters: %w", err)
	}
	c := Config{Geom: q.Get("geom"), Where: strings.TrimSpace(q.Get("where")), Limit: DefaultLimit}
	table := q.Get("table")
	if table == "" {
		return Config{}, errors.New("no table named: add ?table=schema.name")
	}
	if i := strings.IndexByte(table, '.'); i >= 0 {
		c.Schema, c.Table = table[:i], table[i+1:]
	} else {
		c.Table = table
	}
	if c.Table == "" || (strings.Contains(table, ".") && c.Schema == "") {
		return Config{}, fmt.Errorf("table %q is not schema.name", table)
	}
	if s := q.Get("limit"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 {
			return Config{}, fmt.Errorf("limit %q is not a number of rows", s)
		}
		c.Limit = n
	}
	for _, k := range []string{"table", "geom", "where", "limit"} {
		q.Del(k)
	}
	u.RawQuery = q.Encode()
	c.DSN = u.String()
	return c, nil
}

// WithoutPassword returns the source string without its password, in
// its user information or a password parameter, for keeping on disk (a
// recent list, a project file): the driver then reads the password from
// PGPASSWORD or ~/.pgpass. A string that is not a URL is returned as it
// is.
func WithoutPassword(name string) string {
	u, err := url.Parse(name)
	if err != nil || u.User == nil && !u.Query().Has("password") {
		return name
	}
	if u.User != nil {
		u.User = url.User(u.User.Username())
	}
	if q := u.Query(); q.Has("password") {
		q.Del("password")
		u.RawQuery = q.Encode()
	}
	return u.String()
}

// Redact returns the source string with its password replaced by xxxxx,
// for messages.
func Redact(name string) string {
	u, err := url.Parse(name)
	if err != nil {
		// Cut out what lies between the scheme's // and the last @ of
		// the authority, where a password would be.
		i := strings.Index(name, "://")
		if i < 0 {
			return name
		}
		rest := name[i+3:]
		end := strings.IndexAny(rest, "/?")
		if end < 0 {
			end = len(rest)
		}
		if at := strings.LastIndex(rest[:end], "@"); at >= 0 {
			return name[:i+3] + "xxxxx" + rest[at:]
		}
		return name
	}
	if q := u.Query(); q.Has("password") {
		q.Set("password", "xxxxx")
		u.RawQuery = q.Encode()
	}
	s := u.Redacted()
	if un, err := url.QueryUnescape(s); err == nil {
		s = un // keep a where condition readable
	}
	return s
}
