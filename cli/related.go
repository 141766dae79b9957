package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/paulmach/orb"

	"newsatlas/archive"
	"newsatlas/archive/index"
	"newsatlas/atlas"
	"newsatlas/places"
)

// relatedOut is `related --json`'s output.
type relatedOut struct {
	Region   relatedRegion    `json:"region"`
	Articles []relatedArticle `json:"articles"`
}

type relatedRegion struct {
	Layer string `json:"layer"`
	Name  string `json:"name"`
}

type relatedArticle struct {
	Source   string            `json:"source"`
	Title    string            `json:"title"`
	Date     string            `json:"date,omitempty"`
	URL      string            `json:"url,omitempty"`
	Mentions int               `json:"mentions"`
	Passages []archive.Passage `json:"passages"`
}

// Related runs `newsatlas related [--json] [--date D | --from D1 --to D2] [--layer FILE]
// [--limit N] [--no-index] LON LAT SOURCE...`: the region under the point (the topmost
// area feature there: an Aleppo control zone at the date, a governorate, a country, or a
// polygon of the --layer file) and the articles of the sources that name places inside it,
// most mentions first, each with its passages (the sentences holding the mentions, byte
// offsets into the article's text). The sources are indexed in the user's cache folder
// (archive/index), so that asking again is quick; --no-index, or "-" (NDJSON on standard
// input), streams them instead.
func Related(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("related", stderr)
	asJSON := fs.Bool("json", false, "JSON output")
	date := fs.String("date", "", "the day, YYYY-MM-DD: the articles of that day and the control zones at it")
	fromS := fs.String("from", "", "the first day of the articles, YYYY-MM-DD")
	toS := fs.String("to", "", "the last day of the articles, YYYY-MM-DD (and the date of the control zones)")
	layerFile := fs.String("layer", "", "a layer whose polygons are the regions (on top of the built-in ones)")
	limit := fs.Int("limit", 50, "at most this many articles; 0 for all")
	noIndex := fs.Bool("no-index", false, "read the sources without the cache index")
	pos, err := parse(fs, args)
	if err != nil {
		return Usage
	}
	if len(pos) < 3 {
		fmt.Fprintln(stderr, "newsatlas related: want LON LAT SOURCE...")
		return usage(stderr)
	}
	lon, err1 := strconv.ParseFloat(pos[0], 64)
	lat, err2 := strconv.ParseFloat(pos[1], 64)
	if err1 != nil || err2 != nil || lat < -90 || lat > 90 || lon < -180 || lon > 180 {
		fmt.Fprintf(stderr, "newsatlas related: %s %s: want LON LAT in degrees (lon -180..180, lat -90..90)\n", pos[0], pos[1])
		return Usage
	}
	from, to, zones, err := relatedWindow(*date, *fromS, *toS)
	if err != nil {
		fmt.Fprintf(stderr, "newsatlas related: %v\n", err)
		return Usage
	}
	region, err := regionAt(orb.Point{lon, lat}, *layerFile, zones)
	if err != nil {
		return fail(stderr, err)
	}
	sources := pos[2:]
	useIndex := !*noIndex
	for _, s := range sources {
		if s == "-" {
			useIndex = false
			continue
		}
		if _, err := os.Stat(s); err != nil {
			return fail(stderr, fmt.Errorf("%s: %w", s, unwrapPath(err)))
		}
	}
	out := relatedOut{Articles: []relatedArticle{}}
	if region != nil {
		out.Region = relatedRegion{Layer: region.Layer, Name: region.Name}
		opt := archive.Options{Skip: func(s archive.Skip) { fmt.Fprintf(stderr, "newsatlas: %s\n", oneLine(s.String())) }}
		var ms []archive.Match
		if useIndex {
			ms, err = relatedIndexed(context.Background(), region, sources, from, to, *limit, opt)
		} else {
			ms, err = relatedStreamed(context.Background(), region, sources, from, to, *limit, opt)
		}
		if err != nil {
			return fail(stderr, err)
		}
		for _, m := range ms {
			out.Articles = append(out.Articles, relatedArticle{Source: m.Source, Title: m.Title, Date: m.Day(), URL: m.URL, Mentions: m.Mentions, Passages: m.Passages})
		}
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(out); err != nil {
			return fail(stderr, err)
		}
		return OK
	}
	writeRelated(stdout, out)
	return OK
}

// relatedWindow reads the date flags: the articles' window and the control zones' date.
func relatedWindow(date, from, to string) (time.Time, time.Time, string, error) {
	day := func(flag, s string) (time.Time, error) {
		if s == "" {
			return time.Time{}, nil
		}
		t, err := time.Parse(time.DateOnly, s)
		if err != nil {
			return time.Time{}, fmt.Errorf("--%s %s: want YYYY-MM-DD", flag, s)
		}
		return t, nil
	}
	if date != "" && (from != "" || to != "") {
		return time.Time{}, time.Time{}, "", fmt.Errorf("--date is one day: give it or --from/--to, not both")
	}
	if date != "" {
		d, err := day("date", date)
		return d, d, date, err
	}
	f, err := day("from", from)
	if err != nil {
		return time.Time{}, time.Time{}, "", err
	}
	t, err := day("to", to)
	if err != nil {
		return time.Time{}, time.Time{}, "", err
	}
	if !f.IsZero() && !t.IsZero() && t.Before(f) {
		return time.Time{}, time.Time{}, "", fmt.Errorf("--to %s is before --from %s", to, from)
	}
	zones := to
	if zones == "" {
		zones = from
	}
	return f, t, zones, nil
}

// regionAt is the topmost area feature under p, as a click there selects it: nil when
// there is none.
func regionAt(p orb.Point, layerFile, date string) (*archive.Region, error) {
	var files []string
	if layerFile != "" {
		files = []string{layerFile}
	}
	a, err := openAtlasWith(atlas.Options{Skip: []string{atlas.Places}}, files, "", date)
	if err != nil {
		return nil, err
	}
	h, g, ok := atlas.Area(a.Identify(p, a.OpeningView(1280, 800)))
	if !ok {
		return nil, nil
	}
	return archive.NewRegion(h.Layer, h.Name(), g), nil
}

// relatedIndexed answers from the sources' index in the cache folder, updated first.
func relatedIndexed(ctx context.Context, r *archive.Region, sources []string, from, to time.Time, limit int, opt archive.Options) ([]archive.Match, error) {
	ix, _, err := index.OpenUpdated(ctx, nil, sources, opt)
	if err != nil {
		return nil, err
	}
	defer ix.Close()
	return ix.Related(ctx, r, from, to, limit)
}

// relatedStreamed reads the sources through, keeping only the matches (without their
// texts' other sentences).
func relatedStreamed(ctx context.Context, r *archive.Region, sources []string, from, to time.Time, limit int, opt archive.Options) ([]archive.Match, error) {
	g, err := places.LoadGazetteer()
	if err != nil {
		return nil, err
	}
	var ms []archive.Match
	read := func(yield func(*archive.Article) error) error {
		return readSources(ctx, sources, os.Stdin, opt, func(a *archive.Article) error {
			if !a.InWindow(from, to) {
				return nil
			}
			return yield(a)
		})
	}
	err = archive.Geoparse(ctx, g, 0, read, func(p *archive.Parsed) error {
		m, ok := archive.Relate(p, r)
		if !ok {
			return nil
		}
		a := *p.Article
		a.Text = "" // the passages hold what is shown
		m.Parsed = &archive.Parsed{Article: &a}
		ms = append(ms, m)
		return nil
	})
	if err != nil {
		return nil, err
	}
	archive.Rank(ms)
	if limit > 0 && len(ms) > limit {
		ms = ms[:limit]
	}
	return ms, nil
}

// writeRelated prints the region and its articles as text.
func writeRelated(w io.Writer, out relatedOut) {
	if out.Region.Layer == "" {
		fmt.Fprintln(w, "no region here")
		return
	}
	fmt.Fprintf(w, "%s (%s), related articles: %d\n", out.Region.Name, out.Region.Layer, len(out.Articles))
	for _, a := range out.Articles {
		fmt.Fprintf(w, "\n%d  %s  %s\n   %s\n", a.Mentions, orDash(a.Date), a.Title, a.Source)
		for _, p := range a.Passages {
			fmt.Fprintf(w, "   [%d-%d] %s  (%s)\n", p.Start, p.End, oneLine(p.Text), strings.Join(p.Places, ", "))
		}
	}
}
