package pgtest

import (
	"strings"
	"testing"
)

// TestTableSkips: without the variable a test asking for a table is skipped, not
// failed; with it the table's source string is the connection string's.
func TestTableSkips(t *testing.T) {
	t.Run("unset", func(t *testing.T) {
		t.Setenv(DSNVar, "")
		ran := false
		ok := t.Run("asks", func(t *testing.T) {
			Table(t, "countries")
			ran = true
		})
		if !ok || ran {
			t.Errorf("the test went on (%t) or failed (%t) without %s", ran, !ok, DSNVar)
		}
	})
	t.Run("set", func(t *testing.T) {
		t.Setenv(DSNVar, "postgres://u:secret@127.0.0.1:5433/db")
		if got, want := Table(t, "countries"), "postgres://u:secret@127.0.0.1:5433/db?table=countries"; got != want {
			t.Errorf("Table %q, want %q", got, want)
		}
	})
}

func TestWithWrongPassword(t *testing.T) {
	got := WithWrongPassword(t, "postgres://u:secret@127.0.0.1:5433/db?table=countries")
	if !strings.Contains(got, "u:"+WrongPassword+"@") || strings.Contains(got, "secret") || !strings.HasSuffix(got, "?table=countries") {
		t.Errorf("WithWrongPassword %q", got)
	}
}
