// Package data embeds the datasets News Atlas opens on, so the app needs
// no files and no network. Each dataset's origin, licence, date and the
// command that rebuilt it are in SOURCES.md beside it.
package data
