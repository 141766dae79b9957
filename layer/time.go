package layer

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
	"unsafe"

	"github.com/tidwall/gjson"
)

// Interval is when a feature happens: from Start to End, both included,
// in Unix seconds. A moment has Start == End; a date written without a
// time of day lasts that whole day (UTC), to its last second.
type Interval struct{ Start, End int64 }

// untimed marks a feature without a time in a timed layer.
var untimed = Interval{math.MaxInt64, math.MinInt64}

// Timed reports whether the interval holds a time (a feature without one
// has the empty interval).
func (iv Interval) Timed() bool { return iv.Start <= iv.End }

// From is the interval's start as a time (UTC).
func (iv Interval) From() time.Time { return time.Unix(iv.Start, 0).UTC() }

// To is the interval's end as a time (UTC).
func (iv Interval) To() time.Time { return time.Unix(iv.End, 0).UTC() }

// Meets reports whether the interval has a second in common with [lo, hi].
func (iv Interval) Meets(lo, hi int64) bool { return iv.Timed() && iv.Start <= hi && iv.End >= lo }

// Times is when a layer's features happen, read once when the file loads
// from each feature's start and end, or its event_date, date, SQLDATE,
// time, datetime or timestamp property (the first of them it has; names
// in any case).
type Times struct {
	Features []Interval // indexed like Layer.Features; Timed() false for those without a time
	Span     Interval   // from the earliest start to the latest end
	Count    int        // features with a time
}

// Times returns when the layer's features happen, or nil when none has a
// time: such a layer is not on the timeline.
func (l *Layer) Times() *Times { return l.times }

// timeKeys are the properties read for a feature's time, in order of
// preference after start and end.
var timeKeys = []string{"event_date", "date", "sqldate", "time", "datetime", "timestamp"}

// readTimes parses the features' times, on all cores, and adds a line to
// l.Skipped per property with values it cannot read, naming the file, the
// property, the first such value and how many there were.
func (l *Layer) readTimes(path string) {
	if len(l.Features) == 0 {
		return
	}
	ivs := make([]Interval, len(l.Features))
	type bad struct {
		key, value string
		feature    int
		n          int
	}
	chunks := max(1, min(len(l.Features)/256, 64))
	bads := make([]map[string]*bad, chunks)
	step := (len(l.Features) + chunks - 1) / chunks
	parallel(chunks, func(lo, hi int) {
		for c := lo; c < hi; c++ {
			var memo timeMemo
			for i := c * step; i < min((c+1)*step, len(l.Features)); i++ {
				iv, key, val, ok := memo.feature(l.Features[i].Props)
				ivs[i] = iv
				if ok {
					continue
				}
				if bads[c] == nil {
					bads[c] = map[string]*bad{}
				}
				if b := bads[c][key]; b != nil {
					b.n++
				} else {
					bads[c][key] = &bad{key, val, i, 1}
				}
			}
		}
	})
	t := &Times{Features: ivs, Span: untimed}
	for _, iv := range ivs {
		if iv.Timed() {
			t.Count++
			t.Span.Start = min(t.Span.Start, iv.Start)
			t.Span.End = max(t.Span.End, iv.End)
		}
	}
	// One line per property, the first bad value in file order.
	merged := map[string]*bad{}
	var order []string
	for _, m := range bads {
		for k, b := range m {
			if o := merged[k]; o != nil {
				o.n += b.n
				if b.feature < o.feature {
					o.value, o.feature = b.value, b.feature
				}
				continue
			}
			cp := *b
			merged[k] = &cp
			order = append(order, k)
		}
	}
	slices.Sort(order)
	for _, k := range order {
		b := merged[k]
		reason := fmt.Sprintf("%s: feature %d: %s %q is not a time this reads (ISO 8601 like 2016-10-19 or 2016-10-19T14:30Z, or 19 October 2016)", path, b.feature, b.key, clip(b.value, 40))
		if b.n > 1 {
			reason += fmt.Sprintf("; %d features like it have no time", b.n)
		}
		l.Skipped = append(l.Skipped, Skip{Feature: b.feature, Reason: reason})
	}
	if t.Count > 0 {
		l.times = t
	}
}

// timeMemo parses one run of features, remembering the values it read:
// a file's rows often share their dates.
type timeMemo struct {
	seen map[string]memoed
}

type memoed struct {
	iv Interval
	ok bool
}

// feature reads a feature's time from its properties. ok is false, with
// the property and its value, when a time property holds what is not a
// time; a feature with no time property is untimed and ok.
func (m *timeMemo) feature(props []byte) (iv Interval, key, value string, ok bool) {
	if len(props) == 0 {
		return untimed, "", "", true
	}
	var start, end, other gjson.Result
	var otherKey, startKey, endKey string
	rank := len(timeKeys)
	// The properties are not changed once loaded: read them in place.
	gjson.Parse(unsafe.String(&props[0], len(props))).ForEach(func(k, v gjson.Result) bool {
		name := k.Str
		if len(name) < 3 || len(name) > 10 {
			return true
		}
		switch {
		case strings.EqualFold(name, "start"):
			start, startKey = v, name
		case strings.EqualFold(name, "end"):
			end, endKey = v, name
		default:
			for r, tk := range timeKeys[:rank] {
				if strings.EqualFold(name, tk) {
					other, otherKey, rank = v, name, r
					break
				}
			}
		}
		return true
	})
	if start.Exists() || end.Exists() {
		s, sok := m.value(start)
		e, eok := m.value(end)
		switch {
		case !sok:
			return untimed, startKey, start.String(), false
		case !eok:
			return untimed, endKey, end.String(), false
		case !s.Timed():
			return e, "", "", true
		case !e.Timed():
			return s, "", "", true
		}
		return Interval{min(s.Start, e.Start), max(s.End, e.End)}, "", "", true
	}
	if !other.Exists() {
		return untimed, "", "", true
	}
	iv, ok = m.value(other)
	if !ok {
		return untimed, otherKey, other.String(), false
	}
	return iv, "", "", true
}

// value reads one property value: a string or a number (GDELT's SQLDATE
// is 20160312). An absent, null or empty value is no time, and ok.
func (m *timeMemo) value(v gjson.Result) (Interval, bool) {
	switch v.Type {
	case gjson.Null:
		return untimed, true
	case gjson.String, gjson.Number:
	default:
		return untimed, !v.Exists()
	}
	s := strings.TrimSpace(v.String())
	if s == "" {
		return untimed, true
	}
	if r, ok := m.seen[s]; ok {
		return r.iv, r.ok
	}
	iv, err := ParseTime(s)
	if m.seen == nil || len(m.seen) > 4096 {
		m.seen = map[string]memoed{}
	}
	m.seen[s] = memoed{iv, err == nil}
	if err != nil {
		return untimed, false
	}
	return iv, true
}

// A time with its time of day, ISO 8601 as RFC 3339 and the forms close to
// it; without a zone it is UTC.
var instantLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04:05.999999999",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05.999999999Z07:00",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05.999999999",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"2006-01-02T15:04:05-0700",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02T15:04:05.999999999Z0700",
	"20060102150405", // GDELT's DATEADDED
}

// Dates without a time of day, lasting the day: ISO 8601 and ACLED's
// event_date as its exports have written it.
var dayLayouts = []string{
	"2006-01-02",
	"20060102", // GDELT's SQLDATE
	"2006/01/02",
	"2 January 2006",
	"2-January-2006",
	"2 Jan 2006",
	"2-Jan-2006",
	"2-Jan-06",
	"January 2, 2006",
	"January 2 2006",
	"Jan 2, 2006",
}

// ParseTime reads a time as a feature's property may hold it: ISO 8601
// (RFC 3339 and its near forms, with or without a zone, a date alone, a
// month 2016-10 or a year 2016), ACLED's event_date forms ("12 March
// 2016", "12-March-2016"), GDELT's SQLDATE (20160312). A date alone lasts
// the day, a month the month and a year the year.
func ParseTime(s string) (Interval, error) {
	s = strings.TrimSpace(s)
	for _, l := range instantLayouts {
		if len(s) < 12 {
			break
		}
		if t, err := time.Parse(l, s); err == nil {
			u := t.Unix()
			return Interval{u, u}, nil
		}
	}
	for _, l := range dayLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return span(t, t.AddDate(0, 0, 1)), nil
		}
	}
	if t, err := time.Parse("2006-01", s); err == nil {
		return span(t, t.AddDate(0, 1, 0)), nil
	}
	if len(s) == 4 {
		if y, err := strconv.Atoi(s); err == nil && y >= 1000 {
			t := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
			return span(t, t.AddDate(1, 0, 0)), nil
		}
	}
	return untimed, fmt.Errorf("%q is not a time this reads", s)
}

// span is [from, to) as an interval of whole seconds.
func span(from, to time.Time) Interval { return Interval{from.Unix(), to.Unix() - 1} }
