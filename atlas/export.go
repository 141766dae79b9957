package atlas

import (
	"fmt"
	"image"
	"image/png"
	"os"
	"path/filepath"

	"newsatlas/internal/fileerr"
)

// WritePNG saves img as a PNG file, atomically: a failed write leaves no
// half-written file behind. It favours speed over size (a map's flat
// colours compress well anyway).
func WritePNG(path string, img image.Image) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".newsatlas-*.png")
	if err != nil {
		return fmt.Errorf("%s: %w", path, fileerr.Strip(err))
	}
	defer os.Remove(tmp.Name())
	enc := png.Encoder{CompressionLevel: png.BestSpeed}
	if err := enc.Encode(tmp, img); err != nil {
		tmp.Close()
		return fmt.Errorf("%s: %w", path, err)
	}
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return fmt.Errorf("%s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("%s: %w", path, fileerr.Strip(err))
	}
	return nil
}
