package index

// schemaVersion is stored in the file; a file of another version is rebuilt.
const schemaVersion = "1"

// schema creates the tables. Places are stored once each (gplaces); mentions link an
// article to a place with the count and byte spans of its mentions in the article's text;
// postings is the mentions table grouped by place, which Open loads.
var schema = []string{
	`CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT)`,
	`CREATE TABLE IF NOT EXISTS files(id INTEGER PRIMARY KEY, path TEXT UNIQUE NOT NULL, size INTEGER NOT NULL, mtime INTEGER NOT NULL)`,
	`CREATE TABLE IF NOT EXISTS articles(id INTEGER PRIMARY KEY, file INTEGER NOT NULL, source TEXT NOT NULL, ext_id TEXT, url TEXT,
		title TEXT, day TEXT, date_from TEXT, text TEXT NOT NULL, mentions INTEGER NOT NULL)`,
	`CREATE INDEX IF NOT EXISTS articles_file ON articles(file)`,
	// the catalogue's days, read without the pages of the articles' texts
	`CREATE INDEX IF NOT EXISTS articles_id_day ON articles(id, day)`,
	`CREATE TABLE IF NOT EXISTS gplaces(id INTEGER PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, country TEXT,
		lon REAL NOT NULL, lat REAL NOT NULL, geonameid INTEGER, UNIQUE(name, kind, lon, lat))`,
	`CREATE TABLE IF NOT EXISTS mentions(article INTEGER NOT NULL, place INTEGER NOT NULL, count INTEGER NOT NULL, spans TEXT NOT NULL)`,
	`CREATE INDEX IF NOT EXISTS mentions_article ON mentions(article)`,
	`CREATE TABLE IF NOT EXISTS postings(place INTEGER PRIMARY KEY, articles BLOB NOT NULL)`,
	`CREATE TABLE IF NOT EXISTS skips(file INTEGER, source TEXT NOT NULL, reason TEXT NOT NULL)`,
	`CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(title, text, content='articles', content_rowid='id')`,
}
