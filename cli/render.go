package cli

import (
	"fmt"
	"io"
	"strings"

	"newsatlas/atlas"
)

// Render draws the map to a PNG file, as the window shows it.
func Render(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("render", stderr)
	size := fs.String("size", "1280x800", "image size WxH")
	bbox := fs.String("bbox", "", "minLon,minLat,maxLon,maxLat")
	hide := fs.String("hide", "", "layers to hide, comma-separated")
	article := fs.String("article", "", "article whose places are pinned")
	date := fs.String("date", "", "date of the control zones, YYYY-MM-DD")
	out := fs.String("o", "", "output PNG")
	styles := addStyleFlag(fs)
	tf := addTimeFlags(fs)
	af := addAnimFlags(fs)
	files, err := parse(fs, args)
	if err != nil {
		return Usage
	}
	if *out == "" {
		fmt.Fprintln(stderr, "newsatlas render: -o OUT.png is required")
		return usage(stderr)
	}
	w, h, err := parseSize(*size)
	if err != nil {
		fmt.Fprintf(stderr, "newsatlas render: %v\n", err)
		return Usage
	}
	// Built-in layers that stay hidden are not loaded at all; the
	// article's places are needed for the opening view unless --bbox
	// sets it.
	var hidden, skip []string
	if *hide != "" {
		for _, name := range strings.Split(*hide, ",") {
			hidden = append(hidden, strings.TrimSpace(name))
		}
	}
	for _, name := range hidden {
		if atlas.IsBuiltin(name) && (name != atlas.Places || *bbox != "" && *article == "") {
			skip = append(skip, name)
		}
	}
	a, err := openAtlasWith(atlas.Options{Skip: skip}, files, *article, *date)
	if err != nil {
		return fail(stderr, err)
	}
	for _, name := range hidden {
		if a.SetHidden(name, true) != nil {
			fmt.Fprintf(stderr, "newsatlas render: --hide %s: no such layer (see newsatlas layers)\n", name)
			return Usage
		}
	}
	if !styles.apply(a, stderr) {
		return Usage
	}
	if err := tf.apply(a, *date); err != nil {
		return usageErr(stderr, "render", err)
	}
	v, err := view(a, *bbox, w, h)
	if err != nil {
		fmt.Fprintf(stderr, "newsatlas render: %v\n", err)
		return Usage
	}
	if err := refreshLive(a, v); err != nil {
		return fail(stderr, err)
	}
	if af.active() {
		return af.run(a, v, *out, *tf.window, stderr)
	}
	img := a.Renderer.Render(a.Scene(v), v)
	if err := atlas.WritePNG(*out, img); err != nil {
		return fail(stderr, err)
	}
	return OK
}
