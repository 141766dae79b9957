package timeline

import (
	"fmt"
	"time"
)

// DateLayout is the layout of every date in the data and in feature properties.
const DateLayout = "2006-01-02"

// Source is a published report behind a control claim.
type Source struct {
	Publication string `json:"publication"`
	Title       string `json:"title"`
	Date        string `json:"date"` // publication date, YYYY-MM-DD
	URL         string `json:"url,omitempty"`
	Quote       string `json:"quote,omitempty"` // a short passage of the report, as read
}

// String formats the source as `Publication, "Title", YYYY-MM-DD`.
func (s Source) String() string {
	return fmt.Sprintf("%s, %q, %s", s.Publication, s.Title, s.Date)
}

// Event is a dated claim about who held a list of neighbourhoods.
//
// A change event (Confirms false) starts a control: from Date on, the
// neighbourhoods are held by Control. A confirmation (Confirms true) is a
// later report that the holder in force still holds them; it starts nothing,
// so the date a control began (since) and the report that established it
// (source) stay those of the change, and the confirmation is shown in a field
// of its own.
type Event struct {
	Date           time.Time
	Order          int      // rank among the events of the same date, lowest first
	Neighbourhoods []string // names as in the neighbourhood data (NAME) or ids
	Control        string   // one of control.All
	Confirms       bool     // a confirmation, not a change
	Source         Source   // the report that established the claim: Sources[0]
	Sources        []Source // every independent report of it, Source first
	Note           string
}

// validate checks that the source is complete.
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

// validateSources checks every source of an event dated d and that at least
// one was published on or after d: a report older than the event cannot
// report it.
func validateSources(d time.Time, sources []Source) error {
	if len(sources) == 0 {
		return fmt.Errorf("no source")
	}
	current := false
	for i, s := range sources {
		if err := s.validate(); err != nil {
			return fmt.Errorf("source %d: %w", i+1, err)
		}
		if pub, _ := time.Parse(DateLayout, s.Date); !pub.Before(d) {
			current = true
		}
	}
	if !current {
		return fmt.Errorf("no source published on or after %s", d.Format(DateLayout))
	}
	return nil
}
