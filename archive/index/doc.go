// Package index keeps a news archive's articles, dates, places and text in a SQLite file
// (modernc.org/sqlite, with FTS5 for the text search) in the user's cache folder, so that
// an archive of a hundred thousand articles opens again in a second or two: Update reads
// only the files that are new or whose size or modification time changed, and forgets
// those gone.
//
// Open also loads a small catalogue into memory (each article's day, each distinct place
// and the articles naming it) that answers the map's questions without touching the file:
// the articles in a box and a date window (InView), the places to pin (Places), the
// articles per day (Days) and the articles naming places inside a region (Related). Search
// runs the FTS5 text search. OpenUpdated does what the command line and the window do
// with an archive's sources: open their index at its default path and update it.
package index
