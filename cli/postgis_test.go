package cli

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/paulmach/orb"

	"newsatlas/internal/golden"
	"newsatlas/internal/pgtest"
	"newsatlas/render"
)

// TestRenderPostGIS draws a table of the countries over a map with the
// built-in layers hidden: land where the table has it, sea elsewhere.
func TestRenderPostGIS(t *testing.T) {
	table := pgtest.Table(t, "countries_3857")
	dir := t.TempDir()
	bbox, size := "-10,35,30,60", "800x500"
	hide := "countries,syria-governorates,aleppo-control,places"
	with, without := filepath.Join(dir, "with.png"), filepath.Join(dir, "without.png")
	if code, _, errs := run(t, "render", "--size", size, "--bbox", bbox, "--hide", hide, table, "-o", with); code != OK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if code, _, errs := run(t, "render", "--size", size, "--bbox", bbox, "--hide", hide, "-o", without); code != OK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	a, b := golden.Read(t, with), golden.Read(t, without)
	if a.Bounds().Dx() != 800 || a.Bounds().Dy() != 500 {
		t.Fatalf("size %v, want 800x500", a.Bounds())
	}
	v := render.Fit(orb.Bound{Min: orb.Point{-10, 35}, Max: orb.Point{30, 60}}, 800, 500, 0)
	for _, p := range []struct {
		name string
		at   orb.Point
		land bool
	}{
		{"Paris", orb.Point{2.35, 48.85}, true},
		{"Warsaw", orb.Point{21.0, 52.2}, true},
		{"Madrid", orb.Point{-3.7, 40.4}, true},
		{"Bay of Biscay", orb.Point{-5, 45.5}, false},
		{"North Sea", orb.Point{3, 55}, false},
	} {
		x, y := v.LonLatToPixel(p.at)
		got, sea := a.RGBAAt(int(x), int(y)), b.RGBAAt(int(x), int(y))
		if (got != sea) != p.land {
			t.Errorf("%s: %v with the table, %v without: land drawn %v, want %v", p.name, got, sea, got != sea, p.land)
		}
	}
}

// TestIdentifyPostGIS: a click on Paris finds France in the table, with
// the columns and values the built-in countries layer (the same Natural
// Earth data, as GeoJSON) gives.
func TestIdentifyPostGIS(t *testing.T) {
	table := pgtest.Table(t, "countries")
	hits, out := identifyJSON(t, "2.35", "48.85", table)
	var fromTable, builtin map[string]any
	for _, h := range hits {
		switch {
		case h.Layer == "countries":
			builtin = h.Properties
		case strings.HasPrefix(h.Layer, "countries ("): // named beside the built-in layer
			fromTable = h.Properties
		}
	}
	if fromTable == nil || builtin == nil {
		t.Fatalf("no hit in the table and the built-in layer: %s", out)
	}
	if fromTable["ADMIN"] != "France" || fromTable["ISO_A3_EH"] != "FRA" {
		t.Errorf("the table's hit: %v", fromTable)
	}
	for k, want := range builtin {
		if got := fromTable[k]; fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("%s = %v, the built-in layer has %v", k, got, want)
		}
	}
	if _, ok := fromTable["fid"]; !ok {
		t.Errorf("no fid column: %v", fromTable)
	}
}

// TestInfoPostGIS summarises a table.
func TestInfoPostGIS(t *testing.T) {
	table := pgtest.Table(t, "points")
	code, out, errs := run(t, "info", "--json", table)
	if code != OK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var s []Summary
	if err := json.Unmarshal([]byte(out), &s); err != nil || len(s) != 1 {
		t.Fatalf("bad output %q: %v", out, err)
	}
	got := strings.Join(s[0].Live, "\n")
	for _, want := range []string{"table: public.points", "geometry: geom (POINT, 2D), SRID 4326", "rows: about 1000000"} {
		if s[0].Kind != "live" || !strings.Contains(got, want) {
			t.Errorf("kind %q, summary without %q:\n%s", s[0].Kind, want, got)
		}
	}
}

// TestPostGISBadInput: a wrong password and a table without geometry
// exit 1 with one line naming the source, its password hidden.
func TestPostGISBadInput(t *testing.T) {
	wrong := pgtest.WithWrongPassword(t, pgtest.Table(t, "countries"))
	tests := []struct {
		source, want string
		commands     []string
	}{
		{wrong, "the server refused the login: password authentication failed", []string{"render", "identify", "info"}},
		{pgtest.Table(t, "nogeom"), "table public.nogeom has no geometry column", []string{"render"}},
		{pgtest.Table(t, "public.nope"), "no table public.nope in the database", []string{"info"}},
	}
	for _, tc := range tests {
		for _, cmd := range tc.commands {
			args := map[string][]string{
				"render":   {"render", tc.source, "-o", filepath.Join(t.TempDir(), "x.png")},
				"identify": {"identify", "2.35", "48.85", tc.source},
				"info":     {"info", tc.source},
			}[cmd]
			code, _, errs := run(t, args...)
			if code != BadInput {
				t.Errorf("%s: exit %d, want %d", args[0], code, BadInput)
			}
			if strings.Count(errs, "\n") != 1 || !strings.HasPrefix(errs, "newsatlas: postgres://") || !strings.Contains(errs, tc.want) {
				t.Errorf("%s: stderr %q, want one line naming the source and saying %q", args[0], errs, tc.want)
			}
			if strings.Contains(errs, pgtest.WrongPassword) || strings.Contains(errs, ":newsatlas-test@") {
				t.Errorf("%s: stderr shows the password: %q", args[0], errs)
			}
		}
	}
}
