package postgis

import (
	"context"
	"net"
	"net/url"
	"strings"
	"testing"

	"newsatlas/internal/pgtest"
)

// checkLine checks that err is one line naming the source, its password
// hidden, and saying want.
func checkLine(t *testing.T, name string, err error, want ...string) {
	t.Helper()
	if err == nil {
		t.Fatalf("Open(%s) succeeded", Redact(name))
	}
	msg := err.Error()
	t.Log(msg)
	if strings.Contains(msg, "\n") {
		t.Errorf("more than one line: %q", msg)
	}
	if !strings.HasPrefix(msg, Redact(name)+": ") {
		t.Errorf("%q does not begin with the source, %q", msg, Redact(name))
	}
	if u, perr := url.Parse(name); perr == nil && u.User != nil {
		if pw, ok := u.User.Password(); ok && strings.Contains(msg, pw) {
			t.Errorf("%q shows the password", msg)
		}
	}
	for _, w := range want {
		if strings.Contains(msg, w) {
			return
		}
	}
	t.Errorf("%q says none of %q", msg, want)
}

// open is Open, checked to take the name and to return no source with
// an error.
func open(t *testing.T, name string) error {
	t.Helper()
	src, ok, err := Open(context.Background(), name)
	if !ok {
		t.Fatalf("Open(%s): not taken", Redact(name))
	}
	if err == nil {
		src.Close()
	} else if src != nil {
		t.Errorf("Open(%s) returned a source with its error", Redact(name))
	}
	return err
}

func TestOpenNotOurs(t *testing.T) {
	for _, name := range []string{"countries.geojson", "https://example.org/x.pmtiles", "host=h dbname=db"} {
		src, ok, err := Open(context.Background(), name)
		if ok || src != nil || err != nil {
			t.Errorf("Open(%q) = %v, %v, %v, want not ours", name, src, ok, err)
		}
	}
}

// TestOpenNoServer: a port nobody listens on is refused at once; a
// server that accepts and never answers times out after
// connect_timeout. Both are on the loopback address: the tests never
// dial out.
func TestOpenNoServer(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	closed := ln.Addr().String()
	ln.Close()

	mute, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer mute.Close()
	go func() {
		for {
			c, err := mute.Accept()
			if err != nil {
				return
			}
			defer c.Close() // held open, never answered
		}
	}()

	checkLine(t, "postgres://u:secret@"+closed+"/db?table=t", open(t, "postgres://u:secret@"+closed+"/db?table=t"),
		"cannot connect to "+closed+": connect: connection refused")
	name := "postgres://u:secret@" + mute.Addr().String() + "/db?table=t&connect_timeout=1"
	checkLine(t, name, open(t, name), "no answer from "+mute.Addr().String()+" within 1s")
}

// TestOpenBadInput: what the server refuses, and tables it cannot
// serve as a layer, each one line naming the source.
func TestOpenBadInput(t *testing.T) {
	dsn := pgtest.DSN(t)
	u, err := url.Parse(dsn)
	if err != nil {
		t.Fatal(err)
	}
	wrongPassword := *u
	wrongPassword.User = url.UserPassword(u.User.Username(), "not-the-password")
	noDB := *u
	noDB.Path = "/nosuchdb"
	tests := []struct {
		name, source string
		want         string
	}{
		{"wrong password", wrongPassword.String() + "?table=countries", "refused the login: password authentication failed"},
		{"no database", noDB.String() + "?table=countries", `the server has no database "nosuchdb"`},
		{"no such table", pgtest.Table(t, "public.nope"), "no table public.nope in the database"},
		{"no geometry", pgtest.Table(t, "nogeom"), "table public.nogeom has no geometry column"},
		{"geography", pgtest.Table(t, "geog"), "table public.geog has a geography column, place, and no geometry: open a view of it cast (place::geometry)"},
		{"no such geometry column", pgtest.Table(t, "countries", "&geom=shape"), `has no geometry column "shape" (it has geom)`},
		{"bad where", pgtest.Table(t, "countries", "&where=nosuch+%3E+1"), `where nosuch > 1: the server said: column "nosuch" does not exist`},
		{"where that writes", pgtest.Table(t, "countries", "&where=fid+IN+(SELECT+1)%3B+DROP+TABLE+countries"), "the server said"},
		{"no table parameter", dsn, "no table named"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkLine(t, tc.source, open(t, tc.source), tc.want)
		})
	}
	// The countries are still there.
	openTest(t, "countries")
}

// TestSummary says what the tables are.
func TestSummary(t *testing.T) {
	tests := []struct {
		table string
		name  string
		want  []string
	}{
		{"countries", "countries", []string{
			"table: public.countries",
			"geometry: geom (MULTIPOLYGON, 2D), SRID 4326",
			"rows: about 258 (the planner's estimate)",
			"extent: -180,-90,180,83.6",
			"columns: 20 (fid, ADM0_A3, ADMIN,",
			"server: PostgreSQL 15",
		}},
		{"public.countries_3857", "countries_3857", []string{
			"geometry: geom (MULTIPOLYGON, 2D), SRID 3857 (transformed to 4326 by the server)",
			"extent: -180,-90,180,83.6",
			"columns: 5 (fid, NAME, ADMIN, LABEL_X, LABEL_Y)",
		}},
		{"points", "points", []string{
			"geometry: geom (POINT, 2D), SRID 4326",
			"rows: about 1000000",
			"rows a view reads: at most 15000 (a sample past that)",
		}},
	}
	for _, tc := range tests {
		src := openTest(t, tc.table)
		if src.Name() != tc.name {
			t.Errorf("%s: Name %q, want %q", tc.table, src.Name(), tc.name)
		}
		got := strings.Join(src.Summary(), "\n")
		for _, w := range tc.want {
			if !strings.Contains(got, w) {
				t.Errorf("%s: summary has no %q:\n%s", tc.table, w, got)
			}
		}
		if strings.Contains(got, "newsatlas-test") {
			t.Errorf("the summary shows the password:\n%s", got)
		}
		if b := src.Bound(); b.Min[0] > -179 || b.Max[0] < 179 {
			t.Errorf("%s: Bound %v, want the world's width", tc.table, b)
		}
	}
}
