package archive

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// dateLayouts are the layouts ParseDate tries, most common first.
var dateLayouts = []string{
	time.RFC3339, time.RFC3339Nano, time.DateOnly, time.DateTime, "2006-01-02T15:04:05", "2006-01-02T15:04",
	time.RFC1123Z, time.RFC1123, "Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST",
	"Mon, 2 Jan 2006 15:04 -0700", "Mon, 2 Jan 2006 15:04 MST", "2 Jan 2006 15:04:05 -0700", "2 Jan 2006 15:04:05 MST",
	time.RFC850, time.ANSIC, "2006/01/02", "20060102", "January 2, 2006", "2 January 2006", "Jan 2, 2006",
}

// ParseDate reads a date as feeds and news exports write it (RFC 3339, RFC 1123 and its
// variants, YYYY-MM-DD, "January 2, 2006", a Unix time in seconds) and returns its
// calendar day, at midnight UTC, as the publisher wrote it (not moved to UTC first).
func ParseDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, false
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return day(t), plausible(t)
		}
	}
	if n, err := strconv.ParseInt(s, 10, 64); err == nil && n > 1e8 && n < 1e10 {
		return day(time.Unix(n, 0).UTC()), true
	}
	if d, ok := Dateline(s); ok {
		return d, true
	}
	return time.Time{}, false
}

// plausible reports whether t can be a news article's date.
func plausible(t time.Time) bool { return t.Year() >= 1800 && t.Year() <= 2200 }

var (
	months   = `(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`
	monthDay = regexp.MustCompile(`\b` + months + `\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:18|19|20|21)\d\d)\b`)
	dayMonth = regexp.MustCompile(`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?` + months + `,?\s+((?:18|19|20|21)\d\d)\b`)
	isoDay   = regexp.MustCompile(`\b((?:18|19|20|21)\d\d)-(\d\d)-(\d\d)\b`)
)

// datelineBytes is how far into an article Dateline looks.
const datelineBytes = 600

// Dateline is the first date written in the article's first lines (its first 600 bytes):
// "October 19, 2016", "19 Oct. 2016", "2016-10-19".
func Dateline(text string) (time.Time, bool) {
	head := text[:min(len(text), datelineBytes)]
	best, at := time.Time{}, len(head)+1
	try := func(i int, y, m, d int) {
		if i >= at || m < 1 || m > 12 || d < 1 || d > 31 {
			return
		}
		t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
		if t.Day() != d { // 31 June
			return
		}
		best, at = t, i
	}
	if m := monthDay.FindStringSubmatchIndex(head); m != nil {
		try(m[0], atoi(head[m[6]:m[7]]), month(head[m[2]:m[3]]), atoi(head[m[4]:m[5]]))
	}
	if m := dayMonth.FindStringSubmatchIndex(head); m != nil {
		try(m[0], atoi(head[m[6]:m[7]]), month(head[m[4]:m[5]]), atoi(head[m[2]:m[3]]))
	}
	if m := isoDay.FindStringSubmatchIndex(head); m != nil {
		try(m[0], atoi(head[m[2]:m[3]]), atoi(head[m[4]:m[5]]), atoi(head[m[6]:m[7]]))
	}
	return best, !best.IsZero()
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// month is the number of an English month name or its abbreviation.
func month(s string) int {
	s = strings.ToLower(strings.TrimSuffix(s, "."))
	for m := time.January; m <= time.December; m++ {
		if strings.HasPrefix(strings.ToLower(m.String()), s[:min(len(s), 3)]) {
			return int(m)
		}
	}
	return 0
}
