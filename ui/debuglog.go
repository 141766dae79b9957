package ui

import (
	"fmt"
	"os"
	"sync"
	"time"
)

// debugLog appends one line per event to a file, for end-to-end tests. A
// nil *debugLog writes nothing.
type debugLog struct {
	mu sync.Mutex
	f  *os.File
}

// openDebugLog opens path for appending; "" or an unusable path gives a
// log that writes nothing (the problem is said once on stderr).
func openDebugLog(path string) *debugLog {
	if path == "" {
		return nil
	}
	f, err := os.OpenFile(path, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		fmt.Fprintf(os.Stderr, "newsatlas: debug log %v\n", err)
		return nil
	}
	return &debugLog{f: f}
}

func (l *debugLog) printf(format string, args ...any) {
	if l == nil {
		return
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	fmt.Fprintf(l.f, "%s "+format+"\n", append([]any{time.Now().Format("15:04:05.000")}, args...)...)
}
