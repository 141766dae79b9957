package render

import (
	"fmt"

	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/opentype"
)

// fonts are the parsed Go fonts (BSD licence, embedded by x/image).
type fonts struct {
	regular, bold *opentype.Font
}

func loadFonts() (fonts, error) {
	r, err := opentype.Parse(goregular.TTF)
	if err != nil {
		return fonts{}, fmt.Errorf("render: regular font: %w", err)
	}
	b, err := opentype.Parse(gobold.TTF)
	if err != nil {
		return fonts{}, fmt.Errorf("render: bold font: %w", err)
	}
	return fonts{regular: r, bold: b}, nil
}

// faces are the sizes one frame uses; opentype faces are not safe for
// concurrent use, so each frame has its own.
type faces struct {
	area, pinLabel, small, title font.Face
}

func (f fonts) faces(scale float64) faces {
	mk := func(ft *opentype.Font, size float64) font.Face {
		face, err := opentype.NewFace(ft, &opentype.FaceOptions{Size: size * scale, DPI: 72, Hinting: font.HintingFull})
		if err != nil {
			panic(err) // only for a size <= 0, which the constants below never are
		}
		return face
	}
	return faces{
		area:     mk(f.regular, 12),
		pinLabel: mk(f.bold, 12.5),
		small:    mk(f.regular, 10.5),
		title:    mk(f.bold, 12),
	}
}
