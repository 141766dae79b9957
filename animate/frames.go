package animate

import (
	"fmt"
	"image"
	"image/png"
	"os"
	"path/filepath"
)

// WriteFrame writes frame n (from 0) of an animation as a PNG in folder
// dir, named frame-0001.png and so on so that they sort in order, and
// returns its path. The folder is made if it is not there.
func WriteFrame(dir string, n int, img image.Image) (string, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	p := filepath.Join(dir, fmt.Sprintf("frame-%04d.png", n+1))
	f, err := os.Create(p)
	if err != nil {
		return "", err
	}
	enc := png.Encoder{CompressionLevel: png.BestSpeed}
	if err := enc.Encode(f, img); err != nil {
		f.Close()
		return "", fmt.Errorf("%s: %w", p, err)
	}
	return p, f.Close()
}
