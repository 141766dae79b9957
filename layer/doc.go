// Package layer loads GeoJSON, and the other formats of geographic data
// users bring, into a Layer: its features with their
// lon/lat and projected geometry, styles, bounds, a compact sketch of each
// for drawing many small ones, and a spatial index for culling and hit
// tests. Loading never panics; what cannot be used is skipped or repaired
// and reported in Layer.Skipped, one line each, and a file that cannot be
// used at all gives one error line naming it and what is wrong.
//
// # Input
//
// Parse reads GeoJSON from memory, Load and LoadContext from a file,
// ReadContext from a stream (the built-in data, gzipped). Each takes an
// RFC 7946 FeatureCollection, a Feature or a bare geometry,
// newline-delimited GeoJSON, or an RFC 8142 text sequence (records that
// begin with RS). FromCollection makes a layer of orb features built in
// memory.
//
// # Other formats
//
// Load and LoadContext also read, by the file's extension (or its first
// bytes when the extension says nothing; format.go), the formats below. Each
// is read whole and made into features with lon/lat geometry and
// properties (JSON text, as GeoJSON's), then built as GeoJSON's are
// (records.go, build.go); what a reader skips is counted in Layer.Skipped,
// one line per reason, not one per row.
//
//   - CSV and TSV (csv.go): a row is a point from latitude and longitude
//     columns found by name (lat, latitude, y; lon, lng, long, longitude, x;
//     any case), or any geometry from a WKT column (wkt, geometry, geom...),
//     which is not kept as a property; every other column is, numbers as
//     numbers ("007" stays text). The delimiter is the one the first line
//     uses most (comma, tab, semicolon). UTF-16 with its mark and
//     Windows-1252 are decoded. ACLED's exports have latitude, longitude
//     and event_date columns; GDELT's raw event files (1.0 and 2.0), with no
//     header, are known by their column count and read at ActionGeo_Lat and
//     ActionGeo_Long, with a date property from SQLDATE (gdelt.go).
//   - GPX 1.0 and 1.1 (gpx.go): waypoints as points, routes as lines,
//     tracks as multilines of their segments, with their name,
//     description and the like, a kind (waypoint, route, track) and
//     their times: a waypoint's time; a route's or track's first point's
//     time as time and start, its last's as end. Extensions are not read.
//   - KML and KMZ (kml.go, kmlstyle.go, xmltree.go, zip.go): each Placemark
//     with Point, LineString, LinearRing, Polygon (outer and inner
//     boundaries), MultiGeometry or gx:Track; its name, description,
//     ExtendedData (Data and SchemaData), Folder (as folder), TimeStamp
//     (time) or TimeSpan (start, end); its Style, shared, through a
//     StyleMap or inline, as simplestyle stroke, stroke-width, fill and
//     marker-color with their opacities (KML's aabbggrr turned round). A
//     KMZ's doc.kml (or first .kml) is read; its images are not.
//   - Shapefiles (shapefile.go, shp.go, dbf.go): the .shp's points,
//     multipoints, polylines and polygons (Z and M dropped; rings grouped
//     by their winding), the .dbf's attributes decoded as the .cpg (or the
//     header's language driver) says, and positions reprojected from the
//     .prj's CRS by package crs (Web Mercator, Mercator, Transverse
//     Mercator and so UTM), or the file refused with its CRS named and the
//     ogr2ogr command that fixes it. A missing .dbf loads the shapes bare;
//     a truncated .shp loads the records before the cut.
//   - GeoPackage (gpkg.go): the feature table Options.Table names (Tables
//     lists them; TablePath names one in a source string, path|layername=t,
//     as GDAL writes it), else the first of gpkg_contents with the others
//     named in a note, read through modernc.org/sqlite (no cgo); its
//     GeoPackage binary geometries by orb/encoding/wkb (2D), reprojected
//     from the table's srs_id by EPSG code or WKT; every other column a
//     property.
//   - FlatGeobuf (fgb.go, flatbuf.go, fgbindex.go): every feature, its
//     geometry (2D) and properties in their columns' types, reprojected from
//     the header's CRS; with Options.Bound, a file with a spatial index is
//     searched by its packed Hilbert R-tree, and only the header, the index
//     nodes met and the features found are read from disk.
//   - GeoJSON with the legacy "crs" member (geojsoncrs.go): WGS84 reads as
//     any GeoJSON; Web Mercator, World Mercator and the WGS84 UTM zones are
//     reprojected; any other CRS is refused, naming it and the ogr2ogr fix.
//   - Zip archives (zip.go): the first Shapefile in them (from any folder),
//     else the first KML, GPX, CSV or GeoJSON file; the others are named.
//
// # The loading pipeline of GeoJSON
//
//  1. Open (load.go). Load takes regular files only: a directory, a named
//     pipe or a device is refused before a byte is read, as is a file
//     larger than Options.MaxBytes.
//  2. Stream (stream.go, scan.go, chunk.go). A FeatureCollection is read
//     in chunks of Options.ChunkSize. A scanner finds each element of
//     "features" by its brackets without parsing it, and hands batches of
//     about a chunk to one worker per core while the file is still being
//     read; read buffers are shared with the batches cut from them and
//     reused. Anything the scanner does not expect (another kind of
//     input, a syntax error, a NUL byte or invalid UTF-8) stops the
//     stream, and the file is read whole and given to Parse, which
//     explains it.
//  3. Check and split (parse.go). Parse refuses what is not JSON text
//     (empty, UTF-16, binary), replaces invalid UTF-8, checks the text
//     with gjson once and splits it into features by walking the top
//     level; a record of a sequence that is not JSON is skipped with its
//     number, and the others load (RFC 7464 §2.1).
//  4. Convert (convert.go, geometry.go, node.go). Each feature, already
//     known to be JSON, is parsed on its own: by fastjson into values, or,
//     when it is 64 KiB or more (a country of a hundred thousand
//     positions), walked in its text by gjson, which builds no value per
//     number, its coordinates read in one pass (coords.go). One piece of
//     code reads both through node, and explains a bad geometry.
//     Properties are kept as compact JSON (Feature.Props), the label is
//     taken from title, name and similar properties, and the simplestyle
//     properties give the feature's style (package style). Rings left open are
//     closed, degenerate holes dropped, empty geometries (RFC 7946 §3.1)
//     kept as no geometry; unusable geometry drops the feature. Every
//     repair and drop is a Skip.
//  5. Build (build.go, sketch.go). Features are projected to Web Mercator
//     world units (package webmerc) on all cores, wound so that the
//     non-zero rule fills outers and cuts holes, and given bounds, area
//     and a label point. The distinct styles are kept once each and the
//     sketches (bound, style index, kind) laid out in one slice.
//
// # After loading
//
// Options.Bound, when set, keeps only the features whose box meets it, in
// every format. Simplified returns the geometries simplified for one zoom
// level, computed on first use (lod.go). Search and Hits use an R-tree built
// on first use, or ahead by Index (layer.go, hit.go). A Ref names one
// feature of one layer.
//
// # Time
//
// Load and LoadContext read when each feature happens (time.go), once: its
// start and end, or else the first of event_date (ACLED), date, SQLDATE
// (GDELT), time (GPX, KML), datetime and timestamp (names in any case),
// as ISO 8601 with or without a time of day or zone, a month, a year,
// ACLED's "12 March 2016" forms or GDELT's 20160312. A date alone lasts
// the day. Times returns them with the layer's span, nil for a layer
// without times; a value that is not a time is one line in Skipped per
// property, naming the file, the property and the value. Subset is a
// layer of some of the features, sharing their data: a map at a date.
package layer
