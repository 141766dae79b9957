//go:build unix

package layer

import (
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestLoadNotRegular: only regular files are read; a pipe or a device,
// which may never end, is refused at once with one line.
func TestLoadNotRegular(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "pipe.geojson")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip("cannot make a FIFO here:", err)
	}
	tests := []struct{ path, want string }{
		{fifo, fifo + ": is a named pipe, not a GeoJSON file"},
		{"/dev/zero", "/dev/zero: is a device, not a GeoJSON file"},
		{t.TempDir(), "is a directory, not a GeoJSON file"},
	}
	for _, tt := range tests {
		_, err := Load(tt.path, Options{})
		if err == nil || !strings.Contains(err.Error(), tt.want) || strings.Contains(err.Error(), "\n") {
			t.Errorf("%s: %v, want one line saying %q", tt.path, err, tt.want)
		}
	}
}
