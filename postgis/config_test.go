package postgis

import (
	"strings"
	"testing"
)

func TestParseConfig(t *testing.T) {
	tests := []struct {
		in   string
		want Config
		err  string
	}{
		{in: "postgres://u:p@h:5432/db?table=public.roads",
			want: Config{DSN: "postgres://u:p@h:5432/db", Schema: "public", Table: "roads", Limit: DefaultLimit}},
		{in: "postgresql://h/db?sslmode=disable&table=roads&geom=the_geom&where=kind+%3D+%27major%27&limit=500",
			want: Config{DSN: "postgresql://h/db?sslmode=disable", Table: "roads", Geom: "the_geom", Where: "kind = 'major'", Limit: 500}},
		{in: "POSTGRES://h/db?table=Mixed.Case&connect_timeout=2",
			want: Config{DSN: "postgres://h/db?connect_timeout=2", Schema: "Mixed", Table: "Case", Limit: DefaultLimit}},
		{in: "postgres://h/db", err: "no table named"},
		{in: "postgres://h/db?table=.roads", err: "not schema.name"},
		{in: "postgres://h/db?table=roads&limit=many", err: `limit "many"`},
		{in: "postgres://h/db?table=roads&limit=0", err: `limit "0"`},
		{in: "/data/roads.geojson", err: "not a postgres://"},
		{in: "postgres://u:secret@h:99999x/db?table=t", err: "not a connection string"},
	}
	for _, tc := range tests {
		got, err := ParseConfig(tc.in)
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("ParseConfig(%q) = %v, want an error with %q", tc.in, err, tc.err)
			}
			if err != nil && strings.Contains(err.Error(), "secret") {
				t.Errorf("ParseConfig(%q): the error shows the password: %v", tc.in, err)
			}
			continue
		}
		if err != nil || got != tc.want {
			t.Errorf("ParseConfig(%q) = %+v, %v, want %+v", tc.in, got, err, tc.want)
		}
	}
}

func TestRedact(t *testing.T) {
	tests := []struct{ in, want string }{
		{"postgres://u:secret@h:5432/db?table=t", "postgres://u:xxxxx@h:5432/db?table=t"},
		{"postgres://u@h/db?table=t", "postgres://u@h/db?table=t"},
		{"postgres://h/db?password=secret&table=t", "postgres://h/db?password=xxxxx&table=t"},
		{"postgres://u:secret@h:99999x/db?table=t", "postgres://xxxxx@h:99999x/db?table=t"},
		{"postgres://h/db?table=t&where=name+%3D+%27x%27", "postgres://h/db?table=t&where=name = 'x'"},
	}
	for _, tc := range tests {
		if got := Redact(tc.in); got != tc.want {
			t.Errorf("Redact(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestIsSource(t *testing.T) {
	for in, want := range map[string]bool{
		"postgres://h/db?table=t":       true,
		"postgresql://h/db?table=t":     true,
		"PostgreSQL://h/db":             true,
		"host=h dbname=db":              false,
		"countries.geojson":             false,
		"https://example.org/a.pmtiles": false,
	} {
		if got := IsSource(in); got != want {
			t.Errorf("IsSource(%q) = %v", in, got)
		}
	}
}

// TestWithoutPassword drops the password a source string carries, and
// leaves the rest as it was.
func TestWithoutPassword(t *testing.T) {
	tests := []struct{ in, want string }{
		{"postgres://u:secret@h:5432/db?table=t", "postgres://u@h:5432/db?table=t"},
		{"postgres://u@h/db?table=t", "postgres://u@h/db?table=t"},
		{"postgres://h/db?password=secret&table=t", "postgres://h/db?table=t"},
		{"postgresql://h/db?table=public.roads&where=a%3D1", "postgresql://h/db?table=public.roads&where=a%3D1"},
	}
	for _, tt := range tests {
		if got := WithoutPassword(tt.in); got != tt.want {
			t.Errorf("WithoutPassword(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
