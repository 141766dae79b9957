package pgtest_test

import (
	"fmt"

	"newsatlas/internal/pgtest"
)

// The source string of a table, and of another with its geometry column named.
func ExampleSource() {
	dsn := "postgres://newsatlas@127.0.0.1:5433/newsatlas"
	fmt.Println(pgtest.Source(dsn, "countries"))
	fmt.Println(pgtest.Source(dsn+"?sslmode=disable", "public.points", "&geom=geom"))
	// Output:
	// postgres://newsatlas@127.0.0.1:5433/newsatlas?table=countries
	// postgres://newsatlas@127.0.0.1:5433/newsatlas?sslmode=disable&table=public.points&geom=geom
}
