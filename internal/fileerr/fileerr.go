// Package fileerr words errors about a file the way News Atlas reports
// them, "newsatlas: FILE: what is wrong": the path once, then the cause.
package fileerr

import (
	"errors"
	"os"
)

// Strip returns the error an *os.PathError in err's chain wraps, dropping
// the operation and path it repeats, for messages that name the file
// themselves; other errors are returned as they are.
func Strip(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
