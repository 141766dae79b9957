package timeline

import (
	"fmt"
	"time"
)

// DateLayout is the layout of every date in the data and in feature properties.
const DateLayout = "2006-01-02"

// Source is where a control claim comes from.
type Source struct {
	Publication string `json:"publication"`
	Title       string `json:"title"`
	Date        string `json:"date"` // YYYY-MM-DD
	URL         string `json:"url,omitempty"`
}

// String formats the source as `Publication, "Title", YYYY-MM-DD`.
func (s Source) String() string {
	return fmt.Sprintf("%s, %q, %s", s.Publication, s.Title, s.Date)
}

// Event is a change of control: from Date on, the named neighbourhoods are
// held by Control, as Source reports.
type Event struct {
	Date           time.Time
	Neighbourhoods []string // names as in the neighbourhood data (NAME)
	Control        string   // one of control.All
	Source         Source
	Note           string
}

// validate checks the source of an event.
func (s Source) validate() error {
	if s.Publication == "" {
		return fmt.Errorf("source has no publication")
	}
	if s.Title == "" {
		return fmt.Errorf("source has no title")
	}
	if _, err := time.Parse(DateLayout, s.Date); err != nil {
		return fmt.Errorf("source date %q is not YYYY-MM-DD", s.Date)
	}
	return nil
}
