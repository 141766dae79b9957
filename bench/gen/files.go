package gen

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"sync"
)

var (
	starsOnce sync.Once
	starsData []byte
)

// StarsBytes returns the benchmark star file: bench/data/stars.geojson
// when the data script has made it, else the same bytes generated in
// memory (once per process).
func StarsBytes() []byte {
	starsOnce.Do(func() {
		if p := DataPath("stars.geojson"); p != "" {
			if b, err := os.ReadFile(p); err == nil {
				starsData = b
				return
			}
		}
		var buf bytes.Buffer
		buf.Grow(120 << 20)
		Stars(&buf, StarCount, Seed)
		starsData = buf.Bytes()
	})
	return starsData
}

// DataPath is the path of a file in bench/data, or "" when it is not
// there. It is found from this source file, so tests in any package can
// use it.
func DataPath(name string) string {
	_, self, _, ok := runtime.Caller(0)
	if !ok {
		return ""
	}
	p := filepath.Join(filepath.Dir(self), "..", "data", name)
	if _, err := os.Stat(p); err != nil {
		return ""
	}
	return p
}
