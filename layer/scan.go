package layer

import (
	"bytes"
	"errors"

	"github.com/tidwall/gjson"
)

// errIrregular says the streaming reader met something it does not handle
// itself (not a FeatureCollection, a syntax error, odd text); the whole
// file is then read and parsed by Parse, which explains any error.
var errIrregular = errors.New("irregular input")

// fcScanner finds the features of a FeatureCollection in a stream of
// chunks without parsing them: it checks the top-level object's framing,
// skips its other members, and hands out the bytes of each element of
// "features" as soon as the element is complete.
type fcScanner struct {
	state    int // where in the document: see the scan* constants
	sawType  bool
	typeOK   bool
	features bool // the "features" member was seen
	// The element being read: depth of brackets, string state.
	depth    int
	inStr    bool
	esc      bool
	elemFrom int // offset of its first byte in the buffer, -1 when none
	pos      int // next byte to look at in the buffer
}

const (
	scanStart      = iota // before the top-level '{'
	scanKey               // before a member's key, or the closing '}'
	scanNextKey           // after a member: ',' or '}'
	scanArray             // inside "features", before an element or ']'
	scanNextElem          // after an element: ',' or ']'
	scanAfterComma        // after an element's ',': another element
	scanElem              // inside an element
	scanEnd               // after the top-level '}'
)

// next scans buf (which starts where the last unconsumed element began,
// see keep) and calls emit with each complete element. It returns the
// offset from which the buffer must be kept for the next call: the start
// of an unfinished element or of an unfinished member, or len(buf).
func (s *fcScanner) next(buf []byte, emit func([]byte)) (keep int, err error) {
	for {
		switch s.state {
		case scanElem:
			end, done := s.element(buf)
			if !done {
				return s.elemFrom, nil
			}
			emit(buf[s.elemFrom:end])
			s.pos, s.elemFrom, s.state = end, -1, scanNextElem
			continue
		}
		i := skipSpace(buf, s.pos)
		if i == len(buf) {
			s.pos = i
			return i, nil
		}
		c := buf[i]
		switch s.state {
		case scanStart:
			if c != '{' {
				return 0, errIrregular
			}
			s.pos, s.state = i+1, scanKey
		case scanKey, scanNextKey:
			if c == '}' {
				s.pos, s.state = i+1, scanEnd
				continue
			}
			if s.state == scanNextKey {
				if c != ',' {
					return 0, errIrregular
				}
				i = skipSpace(buf, i+1)
				if i == len(buf) {
					return s.pos, nil
				}
				c = buf[i]
			}
			if c != '"' {
				return 0, errIrregular
			}
			// A member: "key" : value, read whole unless it is the
			// features array, which is read element by element.
			kEnd := stringEnd(buf, i)
			if kEnd < 0 {
				return s.pos, nil
			}
			key := buf[i+1 : kEnd-1]
			j := skipSpace(buf, kEnd)
			if j == len(buf) {
				return s.pos, nil
			}
			if buf[j] != ':' {
				return 0, errIrregular
			}
			j = skipSpace(buf, j+1)
			if j == len(buf) {
				return s.pos, nil
			}
			if bytes.Equal(key, []byte("features")) {
				if s.features || buf[j] != '[' {
					return 0, errIrregular
				}
				s.features, s.pos, s.state = true, j+1, scanArray
				continue
			}
			vEnd, ok := valueEnd(buf, j)
			if !ok {
				return s.pos, nil
			}
			if vEnd < 0 || !gjson.ValidBytes(buf[i:kEnd]) || !gjson.ValidBytes(buf[j:vEnd]) {
				return 0, errIrregular
			}
			if bytes.Equal(key, []byte("type")) {
				if s.sawType {
					return 0, errIrregular
				}
				s.sawType = true
				s.typeOK = string(buf[j:vEnd]) == `"FeatureCollection"`
			}
			s.pos, s.state = vEnd, scanNextKey
		case scanArray, scanNextElem, scanAfterComma:
			if c == ']' && s.state != scanAfterComma {
				s.pos, s.state = i+1, scanNextKey
				continue
			}
			if s.state == scanNextElem {
				if c != ',' {
					return 0, errIrregular
				}
				s.pos, s.state = i+1, scanAfterComma
				continue
			}
			if c != '{' {
				return 0, errIrregular
			}
			s.elemFrom, s.pos, s.depth, s.inStr, s.esc, s.state = i, i, 0, false, false, scanElem
		case scanEnd:
			return 0, errIrregular // anything but space after the document
		}
	}
}

// element continues the element begun at s.elemFrom from s.pos, and
// returns its end once its brackets balance.
func (s *fcScanner) element(buf []byte) (int, bool) {
	i := s.pos
	for ; i < len(buf); i++ {
		c := buf[i]
		if s.inStr {
			switch {
			case s.esc:
				s.esc = false
			case c == '\\':
				s.esc = true
			case c == '"':
				s.inStr = false
			}
			continue
		}
		switch c {
		case '"':
			s.inStr = true
		case '{', '[':
			s.depth++
		case '}', ']':
			s.depth--
			if s.depth == 0 {
				s.pos = i + 1
				return i + 1, true
			}
		}
	}
	s.pos = i
	return 0, false
}

// rebase moves the scanner's offsets after the buffer lost its first n
// bytes.
func (s *fcScanner) rebase(n int) {
	s.pos -= n
	if s.elemFrom >= 0 {
		s.elemFrom -= n
	}
}

// done says whether the document ended as a FeatureCollection should.
func (s *fcScanner) done() bool {
	return s.state == scanEnd && s.features && s.typeOK
}

func skipSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}

// stringEnd returns the offset after the string starting at b[i] == '"',
// or -1 when it does not end within b.
func stringEnd(b []byte, i int) int {
	for j := i + 1; j < len(b); j++ {
		switch b[j] {
		case '\\':
			j++
		case '"':
			return j + 1
		}
	}
	return -1
}

// valueEnd returns the end of the JSON value starting at b[i]: ok is false
// when it does not end within b, end is -1 when it is malformed. The
// caller validates it.
func valueEnd(b []byte, i int) (end int, ok bool) {
	switch b[i] {
	case '"':
		e := stringEnd(b, i)
		return e, e >= 0
	case '{', '[':
		var s fcScanner
		s.pos = i
		e, done := s.element(b)
		return e, done
	}
	j := i
	for j < len(b) && bytes.IndexByte([]byte("0123456789+-.eEtruefalsn"), b[j]) >= 0 {
		j++
	}
	if j == len(b) {
		return 0, false
	}
	if j == i {
		return -1, true
	}
	return j, true
}
