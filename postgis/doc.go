// Package postgis reads a PostGIS table as a layer fetched per view (a
// live.Source), through github.com/jackc/pgx/v5.
//
// # Source strings
//
// A source is named by a PostgreSQL URL with the table in its query:
//
//	postgres://user:password@host:port/database?table=schema.name[&geom=column][&where=condition][&limit=rows]
//
// ParseConfig takes table, geom, where and limit out; the rest, sslmode
// and connect_timeout among it, is the driver's connection string. Open
// (a live.Opener) connects through a small pool (pgxpool), with a
// connect time-out of ConnectTimeout unless the string sets one, and
// sessions that are read-only, so that a where condition cannot write.
// It looks the table up in the catalog (table.go): the geometry column
// (geom, or the first geometry_columns lists), its type, coordinate
// dimension and SRID, and every other column but rasters and
// geometries, read as properties; then the table's extent (the
// planner's ST_EstimatedExtent, else ST_Extent) and its row estimate,
// for Bound and Summary.
//
// # Fetching a view
//
// Fetch (fetch.go) asks for the rows whose geometry's box meets the
// view's (geom && ST_MakeEnvelope, two envelopes when the view spans the
// antimeridian, clamped to Web Mercator's latitudes), as
// ST_AsBinary(ST_Simplify(geom, tolerance, true)) with a tolerance of
// half a pixel at the view's zoom in the table's units (points are not
// simplified), transformed to WGS84 by the server when the SRID is
// another. The other columns come as text and are written as properties
// by their type (props.go): numbers as JSON numbers in the server's
// digits, float columns through float64 (so Natural Earth's LABEL_X and
// LABEL_Y place labels), booleans, JSON, and text. The WKB is decoded
// by orb/encoding/wkb (from bytea's hexadecimal text when a pooler
// forces the simple protocol) and the features made a layer by
// layer.FromCollection, drawn in the table's own colour (Style) unless
// simplestyle columns say otherwise, as GeoJSON's properties would.
//
// A view reads at most the source's limit of rows (DefaultLimit). When
// the planner expects more in view, a table or materialised view is read
// through TABLESAMPLE SYSTEM at the share that fits, so that a world
// view of a table of millions shows an even sample and says so in the
// layer's Skipped; zooming in reads them all. A view (or a relation the
// planner has no count of) shows its first rows past the limit, noted
// as such.
//
// A context cancelled while a query runs sends the server a cancel
// request, which ends the query and keeps the connection, and Fetch
// returns the context's error. Errors are one line that names the
// source with its password hidden (Redact) and says what the server
// said, or that it refused the connection or did not answer in time
// (errors.go). A source string kept on disk (a recent list, a project
// file) goes without its password (WithoutPassword): the driver then
// reads PGPASSWORD or ~/.pgpass.
package postgis
