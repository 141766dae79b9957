package atlas

import (
	"fmt"

	"newsatlas/style"
)

// addSessionStyle writes a layer's styling and clustering to its entry
// in a project file.
func addSessionStyle(f *sessionFileLyr, l SessionLayer) {
	if !l.Style.IsZero() {
		f.Style = l.Style.String()
	}
	if l.NoCluster {
		off := false
		f.Cluster = &off
	}
}

// readSessionStyle reads them back; a style that does not parse is
// refused with the layer's name.
func readSessionStyle(l *SessionLayer, f sessionFileLyr) error {
	if f.Cluster != nil {
		l.NoCluster = !*f.Cluster
	}
	if f.Style == "" {
		return nil
	}
	_, r, err := style.ParseRule(f.Name + ":" + f.Style)
	if err != nil {
		return fmt.Errorf("layer %s: style: %w", f.Name, err)
	}
	l.Style = r
	return nil
}
