// Package quietlocale keeps stderr clean for the command line when the
// locale is C or POSIX: Fyne's lang package then logs a locale parse
// error while it initialises, before main runs. Imported by main, this
// package (which depends on syscall alone, so Go initialises it before
// Fyne's packages) points stderr at /dev/null for the duration of package
// initialisation only; main calls Restore first thing.
package quietlocale

import "syscall"

var saved = -1

func init() {
	if !cLocale() {
		return
	}
	null, err := syscall.Open("/dev/null", syscall.O_WRONLY, 0)
	if err != nil {
		return
	}
	defer syscall.Close(null)
	if saved, err = syscall.Dup(2); err != nil {
		saved = -1
		return
	}
	if err := syscall.Dup3(null, 2, 0); err != nil {
		syscall.Close(saved)
		saved = -1
	}
}

// cLocale reports whether the messages locale is C or POSIX, which Fyne
// cannot parse.
func cLocale() bool {
	for _, k := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v, ok := syscall.Getenv(k); ok && v != "" {
			for i := 0; i < len(v); i++ {
				if v[i] == '.' || v[i] == '@' {
					v = v[:i]
					break
				}
			}
			return v == "C" || v == "POSIX"
		}
	}
	return false
}

// Restore gives stderr back. Call it first thing in main.
func Restore() {
	if saved < 0 {
		return
	}
	syscall.Dup3(saved, 2, 0)
	syscall.Close(saved)
	saved = -1
}
