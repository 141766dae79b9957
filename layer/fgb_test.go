package layer

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestFlatGeobufBroken(t *testing.T) {
	good, err := os.ReadFile(filepath.Join("testdata", "formats", "governorates-syria.fgb"))
	if err != nil {
		t.Fatal(err)
	}
	damaged := append([]byte(nil), good...)
	for i := 12; i < 40; i++ { // the header's root offset and vtable
		damaged[i] = 0xff
	}
	tests := []struct {
		name     string
		data     []byte
		features int    // loaded, when it loads
		want     string // the skip, or the error
	}{
		{"truncated", good[:len(good)*2/3], 0, "FlatGeobuf is truncated in feature"},
		{"not flatgeobuf", []byte("fgb but not really"), -1, "not a FlatGeobuf file (no fgb magic number)"},
		{"header cut", good[:100], -1, "FlatGeobuf header of"},
		{"damaged header", damaged, -1, "the FlatGeobuf header is damaged"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "x.fgb")
			if err := os.WriteFile(path, tt.data, 0o644); err != nil {
				t.Fatal(err)
			}
			l, err := Load(path, Options{})
			if tt.features < 0 {
				if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.HasPrefix(err.Error(), path) {
					t.Errorf("error = %v, want %q", err, tt.want)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(l.Features) == 0 || len(l.Features) >= 15 || !hasSkip(l, tt.want) {
				t.Errorf("%d features, skipped %v", len(l.Features), l.Skipped)
			}
		})
	}
}
