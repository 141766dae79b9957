// Command gendata writes the synthetic benchmark files: stars.geojson
// (200,000 star-shaped polygons) and points.geojson (a million points),
// from a fixed seed, into the directory given by -dir.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"newsatlas/bench/gen"
)

func main() {
	dir := flag.String("dir", "bench/data", "output directory")
	flag.Parse()
	if err := run(*dir); err != nil {
		fmt.Fprintln(os.Stderr, "gendata:", err)
		os.Exit(1)
	}
}

func run(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	files := []struct {
		name  string
		write func(io.Writer) error
	}{
		{"stars.geojson", func(w io.Writer) error { return gen.Stars(w, gen.StarCount, gen.Seed) }},
		{"points.geojson", func(w io.Writer) error { return gen.Points(w, gen.PointCount, gen.Seed) }},
	}
	for _, f := range files {
		path := filepath.Join(dir, f.name)
		if err := write(path, f.write); err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
	}
	return nil
}

// write makes path through a temporary file, so a half-written file never
// passes for a whole one.
func write(path string, fn func(io.Writer) error) error {
	tmp := path + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return err
	}
	if err := fn(f); err != nil {
		f.Close()
		os.Remove(tmp)
		return err
	}
	if err := f.Close(); err != nil {
		os.Remove(tmp)
		return err
	}
	return os.Rename(tmp, path)
}
