package postgis_test

import (
	"fmt"

	"newsatlas/postgis"
)

// ParseConfig takes the table and the layer's other parameters out of a
// source string; the rest is the driver's connection string.
func ExampleParseConfig() {
	c, err := postgis.ParseConfig("postgres://reader:secret@db.example.org:5432/gis?sslmode=require&table=osm.roads&where=highway+%3D+%27primary%27")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("table:", c.Schema+"."+c.Table)
	fmt.Println("where:", c.Where)
	fmt.Println("limit:", c.Limit)
	fmt.Println("dsn:", postgis.Redact(c.DSN))
	// Output:
	// table: osm.roads
	// where: highway = 'primary'
	// limit: 15000
	// dsn: postgres://reader:xxxxx@db.example.org:5432/gis?sslmode=require
}

// Redact hides the password of a source string, for messages.
func ExampleRedact() {
	fmt.Println(postgis.Redact("postgres://reader:secret@localhost/gis?table=countries"))
	// Output:
	// postgres://reader:xxxxx@localhost/gis?table=countries
}
