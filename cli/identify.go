package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strconv"

	"github.com/paulmach/orb"

	"newsatlas/atlas"
)

// Identify prints the features under a lon/lat point, topmost layer first:
// exactly what a click there in the window selects first.
func Identify(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("identify", stderr)
	asJSON := fs.Bool("json", false, "JSON output")
	date := fs.String("date", "", "date of the control zones, YYYY-MM-DD")
	bbox := fs.String("bbox", "", "the view, minLon,minLat,maxLon,maxLat (sets how near points must be)")
	size := fs.String("size", "1280x800", "the view's size WxH")
	tf := addTimeFlags(fs)
	pos, err := parse(fs, args)
	if err != nil {
		return Usage
	}
	if len(pos) < 2 {
		fmt.Fprintln(stderr, "newsatlas identify: want LON LAT")
		return usage(stderr)
	}
	lon, err1 := strconv.ParseFloat(pos[0], 64)
	lat, err2 := strconv.ParseFloat(pos[1], 64)
	if err1 != nil || err2 != nil || lat < -90 || lat > 90 || lon < -180 || lon > 180 {
		fmt.Fprintf(stderr, "newsatlas identify: %s %s: want LON LAT in degrees (lon -180..180, lat -90..90)\n", pos[0], pos[1])
		return Usage
	}
	w, h, err := parseSize(*size)
	if err != nil {
		fmt.Fprintf(stderr, "newsatlas identify: %v\n", err)
		return Usage
	}
	a, err := openAtlas(pos[2:], "", *date)
	if err != nil {
		return fail(stderr, err)
	}
	if err := tf.apply(a, *date); err != nil {
		return usageErr(stderr, "identify", err)
	}
	v, err := view(a, *bbox, w, h)
	if err != nil {
		fmt.Fprintf(stderr, "newsatlas identify: %v\n", err)
		return Usage
	}
	// Live layers are fetched around the point, at the view's zoom.
	around := v
	around.Center = orb.Point{lon, lat}
	if err := refreshLive(a, around); err != nil {
		return fail(stderr, err)
	}
	hits := a.Identify(orb.Point{lon, lat}, v)
	if *asJSON {
		if hits == nil {
			hits = []atlas.Hit{}
		}
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		enc.Encode(hits)
		return OK
	}
	if len(hits) == 0 {
		fmt.Fprintln(stdout, "nothing here")
	}
	for _, hit := range hits {
		fmt.Fprintf(stdout, "%s\n", hit.Layer)
		keys := make([]string, 0, len(hit.Properties))
		for k := range hit.Properties {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			fmt.Fprintf(stdout, "  %-12s %v\n", k, hit.Properties[k])
		}
	}
	return OK
}
