package atlas

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"time"

	"newsatlas/internal/fileerr"
	"newsatlas/render"
)

// SessionExt is the extension of a project file.
const SessionExt = ".newsatlas"

// SessionVersion is the version of the project file format written; a
// file of another version is refused with one line saying so.
const SessionVersion = 1

// sessionFormat is the value of a project file's "format" member.
const sessionFormat = "newsatlas-session"

// MaxSessionBytes is the largest project file read.
const MaxSessionBytes = 4 << 20

// sessionFile is a project file's JSON: version 1.
type sessionFile struct {
	Format    string             `json:"format"`
	Version   int                `json:"version"`
	Article   string             `json:"article,omitempty"`
	Date      string             `json:"date,omitempty"`        // YYYY-MM-DD
	TimeWin   string             `json:"time_window,omitempty"` // as --window: 7d, all; off when left out
	Layers    []sessionFileLyr   `json:"layers"`
	View      *SessionView       `json:"view,omitempty"`
	Selection *SessionSelection  `json:"selection,omitempty"`
	Window    *SessionWindow     `json:"window,omitempty"`
	Repins    []sessionFileRepin `json:"repins,omitempty"`
	Archive   []string           `json:"archive,omitempty"` // the news archive's sources
	Story     string             `json:"archive_story,omitempty"`
	Search    string             `json:"archive_search,omitempty"`
	Days      int                `json:"archive_days,omitempty"` // the Stories' date window, days up to the date
}

// sessionFileRepin is a Repin with the Key of its article.
type sessionFileRepin struct {
	Article   string  `json:"article"`
	Start     int     `json:"start"`
	End       int     `json:"end"`
	Name      string  `json:"name"`
	Lat       float64 `json:"lat"`
	Lon       float64 `json:"lon"`
	Kind      string  `json:"kind,omitempty"`
	Country   string  `json:"country,omitempty"`
	GeonameID int     `json:"geonameid,omitempty"`
}

type sessionFileLyr struct {
	Name    string   `json:"name"`
	Path    string   `json:"path,omitempty"`
	Colour  int      `json:"colour,omitempty"`
	Hidden  bool     `json:"hidden,omitempty"`
	Opacity *float64 `json:"opacity,omitempty"` // 1 when left out
	// Style is the layer's styling as `render --style` takes it after
	// the layer's name (style.Rule.String), "" for its styles as loaded.
	Style   string `json:"style,omitempty"`
	Cluster *bool  `json:"cluster,omitempty"` // true when left out
}

// SaveSession writes s to a project file at path, its files' paths
// relative to the file's folder (absolute when on another volume), in
// JSON. It writes a temporary file beside path and renames it, so that a
// quit half way leaves the old file whole.
func SaveSession(path string, s Session) error {
	dir := filepath.Dir(absPath(path))
	f := sessionFile{Format: sessionFormat, Version: SessionVersion, Article: relPath(dir, s.Article),
		View: s.View, Selection: s.Selection, Window: s.Window}
	if !s.Date.IsZero() {
		f.Date = s.Date.Format(time.DateOnly)
	}
	if s.TimeWindow.Mode != AllTimes {
		f.TimeWin = s.TimeWindow.String()
	}
	f.Layers = make([]sessionFileLyr, len(s.Layers))
	for i, l := range s.Layers {
		f.Layers[i] = sessionFileLyr{Name: l.Name, Path: relPath(dir, l.Path), Colour: l.Colour, Hidden: l.Hidden, Opacity: &l.Opacity}
		addSessionStyle(&f.Layers[i], l)
	}
	for _, p := range s.Archive {
		f.Archive = append(f.Archive, relPath(dir, p))
	}
	f.Story = relPath(dir, s.ArchiveStory)
	f.Search, f.Days = s.ArchiveSearch, s.ArchiveDays
	keys := make([]string, 0, len(s.Repins))
	for k := range s.Repins {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		for _, r := range s.Repins[k] {
			f.Repins = append(f.Repins, sessionFileRepin{Article: k, Start: r.Start, End: r.End, Name: r.Name, Lat: r.Lat, Lon: r.Lon, Kind: r.Kind, Country: r.Country, GeonameID: r.GeonameID})
		}
	}
	b, err := json.MarshalIndent(f, "", "  ")
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*")
	if err != nil {
		return fmt.Errorf("%s: %w", path, fileerr.Strip(err))
	}
	_, err = tmp.Write(append(b, '\n'))
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("%s: %w", path, fileerr.Strip(err))
	}
	return nil
}

// LoadSession reads a project file SaveSession wrote, its paths made
// absolute again. A file that is not one, or of another version, is
// refused with one line naming it and what is wrong.
func LoadSession(path string) (Session, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return Session{}, fmt.Errorf("%s: %w", path, fileerr.Strip(err))
	}
	if len(b) > MaxSessionBytes {
		return Session{}, fmt.Errorf("%s: too large for a News Atlas project (%d bytes; up to %d)", path, len(b), MaxSessionBytes)
	}
	var f sessionFile
	dec := json.NewDecoder(bytes.NewReader(b))
	if err := dec.Decode(&f); err != nil {
		return Session{}, fmt.Errorf("%s: not a News Atlas project: %v", path, err)
	}
	switch {
	case f.Format != sessionFormat:
		return Session{}, fmt.Errorf("%s: not a News Atlas project (no \"format\": %q)", path, sessionFormat)
	case f.Version > SessionVersion:
		return Session{}, fmt.Errorf("%s: project format version %d is newer than this News Atlas reads (%d): update News Atlas", path, f.Version, SessionVersion)
	case f.Version != SessionVersion:
		return Session{}, fmt.Errorf("%s: project format version %d is not one this News Atlas reads (%d)", path, f.Version, SessionVersion)
	}
	dir := filepath.Dir(absPath(path))
	s := Session{Article: fullPath(dir, f.Article), View: f.View, Selection: f.Selection, Window: f.Window}
	if f.Date != "" {
		if s.Date, err = time.Parse(time.DateOnly, f.Date); err != nil {
			return Session{}, fmt.Errorf("%s: date %q is not YYYY-MM-DD", path, f.Date)
		}
	}
	if f.TimeWin != "" {
		if s.TimeWindow, err = ParseWindow(f.TimeWin); err != nil {
			return Session{}, fmt.Errorf("%s: time_window %q: want 7d, all or off", path, f.TimeWin)
		}
	}
	for i, l := range f.Layers {
		if l.Name == "" {
			return Session{}, fmt.Errorf("%s: layer %d has no name", path, i+1)
		}
		opacity := 1.0
		if l.Opacity != nil {
			opacity = *l.Opacity
		}
		if !(opacity >= 0 && opacity <= 1) {
			return Session{}, fmt.Errorf("%s: layer %s: opacity %v is not between 0 and 1", path, l.Name, opacity)
		}
		if l.Colour < 0 {
			return Session{}, fmt.Errorf("%s: layer %s: colour %d is not a colour number (0 or more)", path, l.Name, l.Colour)
		}
		sl := SessionLayer{Name: l.Name, Path: fullPath(dir, l.Path), Colour: l.Colour, Hidden: l.Hidden, Opacity: opacity}
		if err := readSessionStyle(&sl, l); err != nil {
			return Session{}, fmt.Errorf("%s: %w", path, err)
		}
		s.Layers = append(s.Layers, sl)
	}
	for i, p := range f.Archive {
		if p == "" {
			return Session{}, fmt.Errorf("%s: archive source %d is empty", path, i+1)
		}
		s.Archive = append(s.Archive, fullPath(dir, p))
	}
	s.ArchiveStory = fullPath(dir, f.Story)
	if f.Days < 0 {
		return Session{}, fmt.Errorf("%s: archive_days %d is not a number of days (0 for any date)", path, f.Days)
	}
	s.ArchiveSearch, s.ArchiveDays = f.Search, f.Days
	for i, r := range f.Repins {
		if r.Article == "" || r.Start < 0 || r.End <= r.Start || !(r.Lat >= -90 && r.Lat <= 90 && r.Lon >= -180 && r.Lon <= 180) {
			return Session{}, fmt.Errorf("%s: re-pin %d: no article, bad offsets %d-%d or lon %v lat %v off the map", path, i+1, r.Start, r.End, r.Lon, r.Lat)
		}
		if s.Repins == nil {
			s.Repins = map[string][]Repin{}
		}
		s.Repins[r.Article] = append(s.Repins[r.Article], Repin{Start: r.Start, End: r.End, Name: r.Name, Lat: r.Lat, Lon: r.Lon, Kind: r.Kind, Country: r.Country, GeonameID: r.GeonameID})
	}
	if v := s.View; v != nil && !(v.Zoom >= render.MinZoom && v.Zoom <= render.MaxZoom && v.Lat >= -90 && v.Lat <= 90 && v.Lon >= -180 && v.Lon <= 180) {
		return Session{}, fmt.Errorf("%s: view lon %v lat %v zoom %v is off the map", path, v.Lon, v.Lat, v.Zoom)
	}
	return s, nil
}

// relPath is p relative to dir, with forward slashes; "" stays "".
func relPath(dir, p string) string {
	if p == "" {
		return ""
	}
	if r, err := filepath.Rel(dir, p); err == nil {
		return filepath.ToSlash(r)
	}
	return filepath.ToSlash(p)
}

// fullPath is a project file's path p made absolute from dir.
func fullPath(dir, p string) string {
	if p == "" {
		return ""
	}
	p = filepath.FromSlash(p)
	if filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(dir, p)
}
