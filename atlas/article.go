package atlas

import (
	"fmt"
	"image/color"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geojson"

	"newsatlas/articletext"
	"newsatlas/assets"
	"newsatlas/internal/fileerr"
	"newsatlas/layer"
	"newsatlas/places"
	"newsatlas/style"
)

// MaxArticleBytes is the largest article opened.
const MaxArticleBytes = 8 << 20

// Article is a text and the places it names.
type Article struct {
	Path  string // "" for the built-in article
	Title string // its first heading (Markdown) or its first non-blank line
	// Text is the article as the window shows it: the file's text in UTF-8, an HTML page
	// reduced to its readable text, Markdown rendered to its words (see Blocks).
	Text string
	// Blocks are how a Markdown article's Text is laid out and styled: headings,
	// paragraphs, list items, quotes, code, tables, emphasis and links. Nil for other
	// articles (see Paragraphs).
	Blocks []Block
	// Places are the places Text names; their mentions are byte offsets into Text
	// (PlacesInFile gives them as offsets into the file).
	Places []places.Place
	source *articletext.Text // Text's offsets back to the file's; nil when the same
	why    *explanation
	repins []Repin // the places the user pinned elsewhere, in the order pinned
}

// explanation is the places of an article with the candidates Find weighed for each,
// found the first time they are asked for.
type explanation struct {
	g      *places.Gazetteer
	once   sync.Once
	places []places.Place
}

// DefaultArticle is the built-in October 2016 article on the Geneva talks
// about Aleppo, with its places found.
func DefaultArticle(g *places.Gazetteer) *Article {
	return NewArticle("", assets.DefaultArticle, g)
}

// NewArticle finds the places in text.
func NewArticle(path, text string, g *places.Gazetteer) *Article {
	a := &Article{Path: path, Text: text, Places: g.Find(text), why: &explanation{g: g}}
	for _, line := range strings.Split(text, "\n") {
		if t := strings.TrimSpace(line); t != "" {
			a.Title = t
			break
		}
	}
	return a
}

// PlacesInFile is Places with each mention's Start and End turned into byte offsets
// into the file as read: for UTF-8 text the same bytes; for UTF-16 the bytes of the
// mention's code units; for HTML the page's bytes from the mention's first character to
// its last, markup and character references included. Text stays the mention as Text
// spells it.
func (a *Article) PlacesInFile() []places.Place {
	out := make([]places.Place, len(a.Places))
	for i, p := range a.Places {
		ms := make([]places.Mention, len(p.Mentions))
		for j, m := range p.Mentions {
			start, end := a.source.FileSpan(m.Start, m.End)
			ms[j] = m // every field of the mention, its offsets moved into the file
			ms[j].Start, ms[j].End = start, end
		}
		p.Mentions = ms
		out[i] = p
	}
	return out
}

// RunnerUp is the best reading of place i's name that Find weighed and that is not where
// the place is pinned (Paris, US beside Paris, France), and whether there was one. The
// candidates are found once, on the first call, unless the article's gazetteer listed them
// already (places.Gazetteer.WithCandidates).
func (a *Article) RunnerUp(i int) (places.Candidate, bool) {
	for _, c := range a.Candidates(i) {
		if !a.pinnedAt(i, c) {
			return c, true
		}
	}
	return places.Candidate{}, false
}

// Candidates are the readings of place i's name that Find weighed, best first (the one it
// chose first), found as RunnerUp finds them; nil when there are none.
func (a *Article) Candidates(i int) []places.Candidate {
	if i < 0 || i >= len(a.Places) {
		return nil
	}
	if cands := a.Places[i].Candidates; cands != nil {
		return cands
	}
	if a.why == nil || a.why.g == nil {
		return nil
	}
	a.why.once.Do(func() { a.why.places = a.why.g.WithCandidates().Find(a.Text) })
	return explained(a.why.places, a.Places[i])
}

// explained is the candidates of the place in ps that is p: the place first mentioned at
// the same bytes.
func explained(ps []places.Place, p places.Place) []places.Candidate {
	for _, q := range ps {
		if len(q.Mentions) > 0 && len(p.Mentions) > 0 && q.Mentions[0].Start == p.Mentions[0].Start && q.Mentions[0].End == p.Mentions[0].End {
			return q.Candidates
		}
	}
	return nil
}

// IsArticle reports whether a path names an article rather than a layer.
func IsArticle(path string) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".txt", ".md", ".markdown", ".text", ".htm", ".html":
		return true
	}
	return false
}

// LoadArticle reads an article file: plain text or Markdown in UTF-8 or UTF-16 (with its
// byte-order mark), or HTML reduced to its text. The error names the file.
func LoadArticle(path string, g *places.Gazetteer) (*Article, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, fileerr.Strip(err))
	}
	if fi.IsDir() {
		return nil, fmt.Errorf("%s: is a directory, not an article", path)
	}
	if !fi.Mode().IsRegular() {
		return nil, fmt.Errorf("%s: not a regular file (%s)", path, fi.Mode().Type())
	}
	if fi.Size() > MaxArticleBytes {
		return nil, tooLarge(path, fi.Size())
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, fileerr.Strip(err))
	}
	defer f.Close()
	return ReadArticle(path, f, g)
}

// ReadArticle reads an article from r, as LoadArticle reads a file; name is how errors
// name it, and its extension says whether it is HTML (without one, as for standard input
// "-", a page that starts <!DOCTYPE html or <html is).
func ReadArticle(name string, r io.Reader, g *places.Gazetteer) (*Article, error) {
	b, err := io.ReadAll(io.LimitReader(r, MaxArticleBytes+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, fileerr.Strip(err))
	}
	if len(b) > MaxArticleBytes {
		return nil, tooLarge(name, int64(len(b)))
	}
	t, err := articletext.Decode(name, b)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	a := NewArticle(name, t.Text, g)
	a.source, a.Blocks = t, t.Blocks
	for _, bl := range t.Blocks {
		if bl.Heading > 0 {
			a.Title = strings.Join(strings.Fields(t.Text[bl.Start:bl.End]), " ")
			break
		}
	}
	return a, nil
}

func tooLarge(name string, size int64) error {
	return fmt.Errorf("%s: too large for an article (%d MiB or more; up to %d MiB)", name, size>>20, MaxArticleBytes>>20)
}

// pinStyle is how the article's places are pinned.
func pinStyle() style.Style {
	s := style.Spec
	s.MarkerColor = color.NRGBA{0xd7, 0x26, 0x3d, 0xff}
	s.MarkerSize = "medium"
	return s
}

// Layer is the article's places as the pins layer: one point per place
// with its name, kind and mention count.
func (a *Article) Layer() *layer.Layer {
	fc := geojson.NewFeatureCollection()
	for _, p := range a.Places {
		f := geojson.NewFeature(orb.Point{p.Lon, p.Lat})
		f.Properties["name"] = p.Name
		f.Properties["kind"] = p.Kind
		f.Properties["mentions"] = len(p.Mentions)
		fc.Append(f)
	}
	st := pinStyle()
	return layer.FromCollection(Places, "places named in the article, found with the built-in gazetteer", fc, func(*geojson.Feature) style.Style { return st })
}

// PlaceIndex is the index of the place a pin feature stands for.
func (a *Article) PlaceIndex(feature int) int { return feature }
