// Package archive reads a news archive, many articles at once, and finds the places each
// one names.
//
// A source is an article file (.txt, .md, .html, read as package articletext reads it), a
// folder (read recursively, in name order), an RSS 2.0 or Atom feed file, a file of NDJSON
// articles (one JSON object a line: "text", and optionally "title", "date", "url", "id"),
// or a ZIP of any of these. Walk streams the articles of sources to a callback one at a
// time (All to a range loop, ReadNDJSON from a stream such as standard input, Files and
// ReadFile one file at a time), so that an archive of millions never sits in memory; what
// cannot be read (a
// malformed feed, an NDJSON line without text, a binary file, an article too large) is
// skipped, its reason given to Options.Skip, and everything else kept.
//
// Each article's date comes from its feed or NDJSON record, else from its dateline or first
// lines, else from its file's modification time; Article.DateFrom says which.
//
// Geoparse runs the place finder over a stream of articles on all cores with one
// gazetteer and hands the results back in input order. Region, Passages, Relate and Rank
// answer "which articles name places inside this area, and where in their text"; Region
// indexes big polygons with tidwall/geojson. Package archive/index keeps an archive in
// SQLite so that it opens again in seconds.
package archive
